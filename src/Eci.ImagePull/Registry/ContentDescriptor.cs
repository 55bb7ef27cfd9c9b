namespace Eci.ImagePull.Registry;

/// <summary>An OCI descriptor: what a manifest says about a blob or a child manifest.</summary>
public sealed class ContentDescriptor
{
    /// <summary>Creates a descriptor.</summary>
    /// <param name="mediaType">The media type.</param>
    /// <param name="digest">The content digest.</param>
    /// <param name="size">The size in bytes.</param>
    /// <param name="platform">The platform, for index entries that declare one.</param>
    public ContentDescriptor(string mediaType, ContentDigest digest, long size, ImagePlatform? platform = null)
    {
        MediaType = mediaType;
        Digest = digest;
        Size = size;
        Platform = platform;
    }

    /// <summary>The media type.</summary>
    public string MediaType { get; }

    /// <summary>The digest.</summary>
    public ContentDigest Digest { get; }

    /// <summary>The size in bytes.</summary>
    public long Size { get; }

    /// <summary>The platform of an index entry, or null.</summary>
    public ImagePlatform? Platform { get; }

    /// <summary><c>mediaType digest (size bytes)</c>.</summary>
    /// <returns>A summary.</returns>
    public override string ToString() => $"{MediaType} {Digest} ({Size} bytes)";
}
