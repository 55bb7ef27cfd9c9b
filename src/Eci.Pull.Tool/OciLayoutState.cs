using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Eci.Pull.Tool;

/// <summary>
/// What is already in an output directory, decided before anything is written: nothing, what an interrupted pull
/// leaves (only <c>blobs/</c>), or an OCI image layout whose <c>index.json</c> is kept and merged into. Anything else
/// is refused, so a directory that holds other files (its own <c>index.json</c>, say) loses nothing.
/// </summary>
internal static class OciLayoutState
{
    public const string LayoutFile = "oci-layout";
    public const string IndexFile = "index.json";

    /// <summary>The existing index (null when there is none yet); throws when the directory is not ours to write.</summary>
    public static JsonObject? Read(string root, string shown, string ownLockFile)
    {
        var entries = Directory.EnumerateFileSystemEntries(root).Select(Path.GetFileName).Where(n => n != ownLockFile).ToList();
        var layoutPath = Path.Combine(root, LayoutFile);
        var indexPath = Path.Combine(root, IndexFile);
        foreach (var name in new[] { LayoutFile, IndexFile, "blobs" })
        {
            if (OutputPaths.IsLink(Path.Combine(root, name)))
            {
                throw new OutputDirectoryException($"{Path.Combine(shown, name)} is a symbolic link; eci-pull does not follow links inside the output directory.");
            }
        }

        if (!File.Exists(layoutPath))
        {
            if (entries.All(n => n == "blobs"))
            {
                return null;
            }

            throw new OutputDirectoryException($"{shown} is not empty and not an OCI image layout (it has no {LayoutFile} file); pull into an empty directory or an existing layout.");
        }

        var layout = ParseObject(layoutPath, shown);
        if (layout?["imageLayoutVersion"] is not JsonValue version || version.GetValueKind() != JsonValueKind.String)
        {
            throw new OutputDirectoryException($"{Path.Combine(shown, LayoutFile)} is not an OCI layout marker (no imageLayoutVersion); nothing was changed.");
        }

        if (!File.Exists(indexPath))
        {
            return null;
        }

        var index = ParseObject(indexPath, shown);
        if (index?["manifests"] is not JsonArray)
        {
            throw new OutputDirectoryException($"{Path.Combine(shown, IndexFile)} is not an OCI image index (no manifests array); nothing was changed.");
        }

        return index;
    }

    private static JsonObject? ParseObject(string path, string shown)
    {
        try
        {
            return JsonNode.Parse(File.ReadAllBytes(path)) as JsonObject;
        }
        catch (JsonException)
        {
            throw new OutputDirectoryException($"{Path.Combine(shown, Path.GetFileName(path))} is not valid JSON; nothing was changed.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputDirectoryException($"Cannot read {Path.Combine(shown, Path.GetFileName(path))}: {e.Message}", e);
        }
    }
}
