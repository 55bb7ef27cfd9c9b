using System;
using System.Collections.Generic;
using System.Text.Json;

namespace Eci.ImagePull.Registry;

/// <summary>
/// Checks that keep a manifest from meaning two things. A document with both <c>manifests</c> and
/// <c>layers</c>/<c>config</c> can be read as an index by one client and as an image by another (the class of
/// CVE-2021-41190); containerd, and so ECI, rejects it, so it is rejected here rather than judged by Content-Type.
/// </summary>
internal static class ManifestShape
{
    /// <summary>Throws <see cref="FormatException"/> for a document that is both kinds, or whose declared type disagrees with the one served.</summary>
    public static void RequireUnambiguous(JsonElement root, string? contentType, string? declared, string mediaType)
    {
        var hasManifests = root.TryGetProperty("manifests", out _);
        var hasImageParts = root.TryGetProperty("layers", out _) || root.TryGetProperty("config", out _);
        if (hasManifests && hasImageParts)
        {
            throw new FormatException("It is ambiguous: it has both 'manifests' (an index) and 'layers'/'config' (an image manifest); container runtimes reject such a document.");
        }

        if (declared is not null && !string.Equals(declared, mediaType, StringComparison.Ordinal))
        {
            throw new FormatException($"Its mediaType field says '{declared}' but it was served as '{contentType}'.");
        }

        if (ManifestMediaTypes.IsIndex(mediaType) && hasImageParts)
        {
            throw new FormatException($"It was served as an index ('{mediaType}') but holds 'layers'/'config', not 'manifests'.");
        }

        if (ManifestMediaTypes.IsImageManifest(mediaType) && hasManifests)
        {
            throw new FormatException($"It was served as an image manifest ('{mediaType}') but holds 'manifests'.");
        }
    }

    /// <summary>Throws <see cref="FormatException"/> when the blob sizes add up to more than a 64-bit count holds.</summary>
    public static void RequireCountableSize(ContentDescriptor config, IReadOnlyList<ContentDescriptor> layers)
    {
        var total = config.Size;
        foreach (var layer in layers)
        {
            if (layer.Size > long.MaxValue - total)
            {
                throw new FormatException("Its blob sizes add up to more than 2^63 bytes; no image is that large.");
            }

            total += layer.Size;
        }
    }
}
