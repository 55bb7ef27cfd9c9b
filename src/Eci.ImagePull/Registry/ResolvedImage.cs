namespace Eci.ImagePull.Registry;

/// <summary>An image resolved on its registry: the manifest for one platform and, for multi-platform images, the index it came from.</summary>
public sealed class ResolvedImage
{
    /// <summary>Creates a resolved image.</summary>
    /// <param name="registry">The registry.</param>
    /// <param name="repository">The repository path.</param>
    /// <param name="reference">The tag or digest that was resolved.</param>
    /// <param name="index">The index or manifest list, or null for a single-platform image.</param>
    /// <param name="manifest">The image manifest.</param>
    /// <param name="platform">The platform chosen from the index, or null.</param>
    public ResolvedImage(RegistryAddress registry, string repository, string reference, RegistryManifest? index, RegistryManifest manifest, ImagePlatform? platform)
    {
        Registry = registry;
        Repository = repository;
        Reference = reference;
        Index = index;
        Manifest = manifest;
        Platform = platform;
    }

    /// <summary>The registry.</summary>
    public RegistryAddress Registry { get; }

    /// <summary>The repository path.</summary>
    public string Repository { get; }

    /// <summary>The tag or digest that was resolved.</summary>
    public string Reference { get; }

    /// <summary>The index or manifest list the tag points at, or null for a single-platform image.</summary>
    public RegistryManifest? Index { get; }

    /// <summary>The image manifest for <see cref="Platform"/> (or the only one).</summary>
    public RegistryManifest Manifest { get; }

    /// <summary>The platform chosen from the index, or null when there was no index.</summary>
    public ImagePlatform? Platform { get; }

    /// <summary>The digest the reference resolves to (the index's when there is one): pin <c>repository@digest</c> with it.</summary>
    public ContentDigest Digest => (Index ?? Manifest).Digest;

    /// <summary>Sum of the config and layer sizes of <see cref="Manifest"/>.</summary>
    public long TotalBlobBytes
    {
        get
        {
            long total = Manifest.Config?.Size ?? 0;
            foreach (var layer in Manifest.Layers)
            {
                total += layer.Size;
            }

            return total;
        }
    }
}
