using System;

namespace Eci.ImagePull.Registry;

/// <summary>An image resolved on its registry: the manifest for one platform and, for multi-platform images, the index it came from.</summary>
public sealed class ResolvedImage
{
    /// <summary>Creates a resolved image.</summary>
    /// <param name="image">The image that was resolved.</param>
    /// <param name="index">The index or manifest list, or null for a single-platform image.</param>
    /// <param name="manifest">The image manifest.</param>
    /// <param name="platform">The platform chosen from the index, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="image"/> or <paramref name="manifest"/> is null.</exception>
    /// <exception cref="FormatException">The image's registry part is not a <c>host[:port]</c> address a client can contact.</exception>
    public ResolvedImage(ImageReference image, RegistryManifest? index, RegistryManifest manifest, ImagePlatform? platform)
    {
        Image = image ?? throw new ArgumentNullException(nameof(image));
        Repository = RegistryRepository.Of(image);
        Index = index;
        Manifest = manifest ?? throw new ArgumentNullException(nameof(manifest));
        Platform = platform;
    }

    /// <summary>The image that was resolved.</summary>
    public ImageReference Image { get; }

    /// <summary>The image's repository: where its blobs are fetched from.</summary>
    public RegistryRepository Repository { get; }

    /// <summary>The registry.</summary>
    public RegistryAddress Registry => Repository.Registry;

    /// <summary>The tag or digest that was resolved (see <see cref="RegistryClient.ReferenceOf"/>).</summary>
    public string Reference => RegistryClient.ReferenceOf(Image);

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
