using System;

namespace Eci.ImagePull.Registry;

/// <summary>The manifest media types this client asks for and understands.</summary>
public static class ManifestMediaTypes
{
    /// <summary>OCI image index (multi-platform).</summary>
    public const string OciIndex = "application/vnd.oci.image.index.v1+json";

    /// <summary>OCI image manifest.</summary>
    public const string OciManifest = "application/vnd.oci.image.manifest.v1+json";

    /// <summary>Docker manifest list (multi-platform).</summary>
    public const string DockerManifestList = "application/vnd.docker.distribution.manifest.list.v2+json";

    /// <summary>Docker image manifest, schema 2.</summary>
    public const string DockerManifest = "application/vnd.docker.distribution.manifest.v2+json";

    /// <summary>The <c>Accept</c> list sent with every manifest request (schema 1 is deprecated and not asked for).</summary>
    public static readonly string[] Accepted = { OciIndex, OciManifest, DockerManifestList, DockerManifest };

    /// <summary>True for the two multi-platform types.</summary>
    /// <param name="mediaType">A media type.</param>
    /// <returns>True for an OCI index or Docker manifest list.</returns>
    public static bool IsIndex(string mediaType) =>
        string.Equals(mediaType, OciIndex, StringComparison.Ordinal) || string.Equals(mediaType, DockerManifestList, StringComparison.Ordinal);

    /// <summary>True for the two single-image types.</summary>
    /// <param name="mediaType">A media type.</param>
    /// <returns>True for an OCI or Docker schema-2 image manifest.</returns>
    public static bool IsImageManifest(string mediaType) =>
        string.Equals(mediaType, OciManifest, StringComparison.Ordinal) || string.Equals(mediaType, DockerManifest, StringComparison.Ordinal);
}
