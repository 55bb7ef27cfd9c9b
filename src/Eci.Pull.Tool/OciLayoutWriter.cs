using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;
using Eci.ImagePull.Registry;

namespace Eci.Pull.Tool;

/// <summary>
/// Writes into an OCI image layout: <c>oci-layout</c>, <c>blobs/&lt;alg&gt;/&lt;hex&gt;</c> and an <c>index.json</c> that
/// gains (or replaces, by reference name) the entry for the pulled manifest and keeps every other one. The directory
/// is held exclusively while open, links inside it are never followed, and metadata files are written whole and
/// renamed into place, so an interrupted run never leaves a half-written one.
/// </summary>
internal sealed class OciLayoutWriter : IDisposable
{
    /// <summary>Held locked while a pull writes; two pulls into one directory would rename each other's files away.</summary>
    private const string LockFile = ".eci-pull.lock";

    /// <summary><c>oci-layout</c> has always been written on one line.</summary>
    private static readonly ToolJsonContext CompactJson = new(new JsonSerializerOptions { WriteIndented = false });

    private readonly string _root;
    private readonly string _shown;
    private readonly FileStream _lock;
    private readonly JsonObject? _existingIndex;

    private OciLayoutWriter(string root, string shown, FileStream lockStream, JsonObject? existingIndex)
    {
        _root = root;
        _shown = shown;
        _lock = lockStream;
        _existingIndex = existingIndex;
    }

    /// <summary>Creates or opens the layout at <paramref name="directory"/>; refuses a file, a foreign directory, a busy one.</summary>
    public static OciLayoutWriter Open(string directory)
    {
        var root = Path.GetFullPath(directory);
        if (File.Exists(root))
        {
            throw new OutputDirectoryException($"--output {directory} is a file; it must name a directory (new, empty, or an OCI layout).");
        }

        try
        {
            Directory.CreateDirectory(root);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputDirectoryException($"Cannot create the output directory {directory}: {e.Message}", e);
        }

        var lockStream = Lock(root, directory);
        try
        {
            return new OciLayoutWriter(root, directory, lockStream, OciLayoutState.Read(root, directory, LockFile));
        }
        catch
        {
            lockStream.Dispose();
            throw;
        }
    }

    public string BlobPath(ContentDigest digest)
    {
        var blobs = Path.Combine(_root, "blobs");
        var directory = Path.Combine(blobs, digest.Algorithm);
        OutputPaths.RequireDirectory(_root, blobs);
        OutputPaths.RequireDirectory(_root, directory);
        var path = Path.Combine(directory, digest.Hex);
        OutputPaths.RequireInside(_root, path);
        return path;
    }

    /// <summary>Stores verified bytes (manifests are verified when fetched) under their digest.</summary>
    public void WriteBlob(ContentDigest digest, byte[] content) => OutputPaths.WriteAtomically(_root, BlobPath(digest), content);

    public void WriteIndex(RegistryManifest manifest, ImagePlatform? platform, string referenceName)
    {
        var layoutPath = Path.Combine(_root, OciLayoutState.LayoutFile);
        if (!File.Exists(layoutPath) || OutputPaths.IsLink(layoutPath))
        {
            OutputPaths.WriteAtomically(_root, layoutPath, JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object?> { ["imageLayoutVersion"] = "1.0.0" }, CompactJson.DictionaryStringObject));
        }

        var entry = new JsonObject
        {
            ["mediaType"] = manifest.MediaType,
            ["digest"] = manifest.Digest.ToString(),
            ["size"] = manifest.Content.Length,
            ["annotations"] = new JsonObject { [OciIndexMerge.RefNameAnnotation] = referenceName },
        };
        if (platform is not null)
        {
            var platformJson = new JsonObject { ["os"] = platform.Os, ["architecture"] = platform.Architecture };
            if (platform.Variant is not null)
            {
                platformJson["variant"] = platform.Variant;
            }

            entry["platform"] = platformJson;
        }

        var index = OciIndexMerge.Merge(_existingIndex, entry, referenceName, ManifestMediaTypes.OciIndex);
        OutputPaths.WriteAtomically(_root, Path.Combine(_root, OciLayoutState.IndexFile), index);
    }

    public void Dispose() => _lock.Dispose();

    private static FileStream Lock(string root, string shown)
    {
        var path = Path.Combine(root, LockFile);
        try
        {
            if (OutputPaths.IsLink(path))
            {
                File.Delete(path);
            }

            // FileShare.None takes an exclusive lock on the file (flock on Unix), which a second pull cannot get.
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (IOException e) when (File.Exists(path))
        {
            throw new OutputDirectoryException($"Another pull is writing into {shown}; wait for it to finish.", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputDirectoryException($"Cannot write into the output directory {shown}: {e.Message}", e);
        }
    }
}
