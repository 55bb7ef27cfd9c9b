using System;
using System.Collections.Generic;
using System.Text.Json;

namespace Eci.ImagePull.Registry;

/// <summary>
/// A manifest or index as fetched from a registry: the exact bytes (whose digest was verified), its media type,
/// and the descriptors it lists.
/// </summary>
public sealed class RegistryManifest
{
    private RegistryManifest(string mediaType, ContentDigest digest, byte[] content, ContentDescriptor? config, IReadOnlyList<ContentDescriptor> layers, IReadOnlyList<ContentDescriptor> manifests)
    {
        MediaType = mediaType;
        Digest = digest;
        Content = content;
        Config = config;
        Layers = layers;
        Manifests = manifests;
    }

    /// <summary>The media type (see <see cref="ManifestMediaTypes"/>).</summary>
    public string MediaType { get; }

    /// <summary>The verified digest of <see cref="Content"/>.</summary>
    public ContentDigest Digest { get; }

    /// <summary>The manifest bytes exactly as served (the digest covers these bytes, not a re-serialization).</summary>
    public byte[] Content { get; }

    /// <summary>True for an OCI index or a Docker manifest list.</summary>
    public bool IsIndex => ManifestMediaTypes.IsIndex(MediaType);

    /// <summary>The config blob of an image manifest; null for an index.</summary>
    public ContentDescriptor? Config { get; }

    /// <summary>The layers of an image manifest; empty for an index.</summary>
    public IReadOnlyList<ContentDescriptor> Layers { get; }

    /// <summary>The child manifests of an index; empty for an image manifest.</summary>
    public IReadOnlyList<ContentDescriptor> Manifests { get; }

    /// <summary>This manifest as a descriptor, for writing an index that points at it.</summary>
    /// <param name="platform">The platform to record, or null.</param>
    /// <returns>The descriptor.</returns>
    public ContentDescriptor ToDescriptor(ImagePlatform? platform = null) => new(MediaType, Digest, Content.Length, platform);

    /// <summary>Parses verified manifest bytes.</summary>
    /// <param name="contentType">The response's media type, or null to take the JSON <c>mediaType</c> field.</param>
    /// <param name="digest">The already verified digest.</param>
    /// <param name="content">The bytes.</param>
    /// <returns>The manifest.</returns>
    /// <exception cref="FormatException">Not JSON, an unsupported type (such as schema 1) or a malformed descriptor.</exception>
    internal static RegistryManifest Parse(string? contentType, ContentDigest digest, byte[] content)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(content);
        }
        catch (JsonException e)
        {
            throw new FormatException("The manifest is not valid JSON: " + e.Message, e);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException("The manifest is not a JSON object.");
            }

            var declared = root.TryGetProperty("mediaType", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
            var mediaType = !string.IsNullOrEmpty(contentType) && contentType != "application/json" && contentType != "text/plain"
                ? contentType!
                : declared ?? (root.TryGetProperty("manifests", out _) ? ManifestMediaTypes.OciIndex : ManifestMediaTypes.OciManifest);
            if (root.TryGetProperty("schemaVersion", out var schema) && schema.ValueKind == JsonValueKind.Number && schema.GetInt32() == 1)
            {
                throw new FormatException("The registry served a Docker schema 1 manifest; schema 1 is deprecated and not supported.");
            }

            ManifestShape.RequireUnambiguous(root, contentType, declared, mediaType);
            if (ManifestMediaTypes.IsIndex(mediaType))
            {
                return new RegistryManifest(mediaType, digest, content, null, Array.Empty<ContentDescriptor>(), ReadDescriptors(root, "manifests"));
            }

            if (!ManifestMediaTypes.IsImageManifest(mediaType))
            {
                throw new FormatException($"Unsupported manifest media type '{mediaType}'.");
            }

            if (!root.TryGetProperty("config", out var config))
            {
                throw new FormatException("The image manifest has no config descriptor.");
            }

            var configDescriptor = ReadDescriptor(config);
            var layers = ReadDescriptors(root, "layers");
            ManifestShape.RequireCountableSize(configDescriptor, layers);
            return new RegistryManifest(mediaType, digest, content, configDescriptor, layers, Array.Empty<ContentDescriptor>());
        }
    }

    private static IReadOnlyList<ContentDescriptor> ReadDescriptors(JsonElement root, string property)
    {
        var list = new List<ContentDescriptor>();
        if (root.TryGetProperty(property, out var array))
        {
            if (array.ValueKind != JsonValueKind.Array)
            {
                throw new FormatException($"'{property}' is not an array.");
            }

            foreach (var item in array.EnumerateArray())
            {
                list.Add(ReadDescriptor(item));
            }
        }

        return list;
    }

    private static ContentDescriptor ReadDescriptor(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("A descriptor is not a JSON object.");
        }

        var mediaType = element.TryGetProperty("mediaType", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString()! : string.Empty;
        var digestText = element.TryGetProperty("digest", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null;
        if (!ContentDigest.TryParse(digestText, out var digest))
        {
            throw new FormatException($"A descriptor has an invalid or unsupported digest '{digestText}'.");
        }

        if (!element.TryGetProperty("size", out var s) || s.ValueKind != JsonValueKind.Number || !s.TryGetInt64(out var size) || size < 0)
        {
            throw new FormatException($"The descriptor of {digest} has no valid size.");
        }

        ImagePlatform? platform = null;
        if (element.TryGetProperty("platform", out var p) && p.ValueKind == JsonValueKind.Object)
        {
            var os = p.TryGetProperty("os", out var o) && o.ValueKind == JsonValueKind.String ? o.GetString() : null;
            var architecture = p.TryGetProperty("architecture", out var a) && a.ValueKind == JsonValueKind.String ? a.GetString() : null;
            var variant = p.TryGetProperty("variant", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            if (!string.IsNullOrEmpty(os) && !string.IsNullOrEmpty(architecture))
            {
                platform = new ImagePlatform(os!, architecture!, variant);
            }
        }

        return new ContentDescriptor(mediaType, digest, size, platform);
    }
}
