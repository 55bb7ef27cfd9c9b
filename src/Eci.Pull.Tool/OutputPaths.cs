using System;
using System.IO;
using System.Security.Cryptography;

namespace Eci.Pull.Tool;

/// <summary>
/// Path handling inside the <c>--output</c> directory: links found there are someone else's and are never followed,
/// new files are created exclusively, and every path written stays inside the directory.
/// </summary>
internal static class OutputPaths
{
    public static bool IsLink(string path) => new FileInfo(path).LinkTarget is not null;

    /// <summary>Creates <paramref name="path"/> (inside <paramref name="root"/>) as a real directory; refuses a link or a file there.</summary>
    public static void RequireDirectory(string root, string path)
    {
        RequireInside(root, path);
        if (IsLink(path))
        {
            throw new OutputDirectoryException($"{path} is a symbolic link; eci-pull does not follow links inside the output directory.");
        }

        if (File.Exists(path))
        {
            throw new OutputDirectoryException($"{path} is a file where the OCI layout needs a directory.");
        }

        try
        {
            Directory.CreateDirectory(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputDirectoryException($"Cannot create {path}: {e.Message}", e);
        }
    }

    /// <summary>Refuses a path that would land outside the output directory.</summary>
    public static void RequireInside(string root, string path)
    {
        var full = Path.GetFullPath(path);
        if (full != root && !full.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new OutputDirectoryException($"{path} is outside the output directory {root}.");
        }
    }

    /// <summary>
    /// Writes <paramref name="content"/> to <paramref name="path"/> whole or not at all: a fresh, exclusively created
    /// temporary file (a name nobody could have planted a link under, and O_EXCL refuses one anyway) renamed over the
    /// target. rename(2) replaces a link at the target instead of writing through it.
    /// </summary>
    public static void WriteAtomically(string root, string path, byte[] content)
    {
        RequireInside(root, path);
        var temporary = $"{path}.{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))}.tmp";
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(content);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            throw new OutputDirectoryException($"Cannot write {path}: {e.Message}", e);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The write's own failure is the one worth reporting.
        }
    }
}
