using System.IO;

namespace Eci.ImagePull.Registry;

/// <summary>
/// Symbolic links at the paths a download writes: someone else may have planted them to redirect the write (or to
/// pass off a file elsewhere as a verified blob), so they are removed, never followed.
/// </summary>
internal static class FileLinks
{
    /// <summary>Deletes a link (file or directory link, dangling or not) at <paramref name="path"/>; the target is untouched.</summary>
    public static void Remove(string path)
    {
        var entry = new FileInfo(path);
        if (entry.LinkTarget is not null)
        {
            entry.Delete();
        }
    }
}
