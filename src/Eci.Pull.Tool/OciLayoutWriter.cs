using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using Eci.ImagePull.Registry;

namespace Eci.Pull.Tool;

/// <summary>
/// Writes an OCI image layout: <c>oci-layout</c>, <c>blobs/&lt;alg&gt;/&lt;hex&gt;</c> and an <c>index.json</c> that
/// names the pulled manifest with its platform and reference. Files are written whole, then moved into place,
/// so an interrupted run never leaves a half-written metadata file.
/// </summary>
internal sealed class OciLayoutWriter
{
    /// <summary><c>oci-layout</c> has always been written on one line; index.json indented.</summary>
    private static readonly ToolJsonContext CompactJson = new(new JsonSerializerOptions { WriteIndented = false });

    private readonly string _root;

    public OciLayoutWriter(string root)
    {
        _root = root;
        Directory.CreateDirectory(root);
    }

    public string BlobPath(ContentDigest digest)
    {
        var directory = Path.Combine(_root, "blobs", digest.Algorithm);
        Directory.CreateDirectory(directory);
        return Path.Combine(directory, digest.Hex);
    }

    /// <summary>Stores verified bytes (manifests are verified when fetched) under their digest.</summary>
    public void WriteBlob(ContentDigest digest, byte[] content) => WriteAtomically(BlobPath(digest), content);

    public void WriteIndex(RegistryManifest manifest, ImagePlatform? platform, string referenceName)
    {
        WriteAtomically(Path.Combine(_root, "oci-layout"), JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object?> { ["imageLayoutVersion"] = "1.0.0" }, CompactJson.DictionaryStringObject));
        var descriptor = new Dictionary<string, object?>
        {
            ["mediaType"] = manifest.MediaType,
            ["digest"] = manifest.Digest.ToString(),
            ["size"] = manifest.Content.Length,
            ["annotations"] = new Dictionary<string, string> { ["org.opencontainers.image.ref.name"] = referenceName },
        };
        if (platform is not null)
        {
            var platformJson = new Dictionary<string, string> { ["os"] = platform.Os, ["architecture"] = platform.Architecture };
            if (platform.Variant is not null)
            {
                platformJson["variant"] = platform.Variant;
            }

            descriptor["platform"] = platformJson;
        }

        var index = new Dictionary<string, object?>
        {
            ["schemaVersion"] = 2,
            ["mediaType"] = ManifestMediaTypes.OciIndex,
            ["manifests"] = new[] { descriptor },
        };
        WriteAtomically(Path.Combine(_root, "index.json"), JsonSerializer.SerializeToUtf8Bytes(index, ToolJsonContext.Default.DictionaryStringObject));
    }

    private static void WriteAtomically(string path, byte[] content)
    {
        var temporary = path + ".tmp";
        File.WriteAllBytes(temporary, content);
        File.Move(temporary, path, overwrite: true);
    }
}
