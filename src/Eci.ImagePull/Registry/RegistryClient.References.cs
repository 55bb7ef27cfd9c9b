using System;
using System.Threading;
using System.Threading.Tasks;

namespace Eci.ImagePull.Registry;

public sealed partial class RegistryClient
{
    /// <summary>Resolves a parsed image reference for <see cref="RegistryClientOptions.Platform"/>.</summary>
    /// <param name="image">The image; its digest wins over its tag, and no tag means <c>latest</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The resolved image, every manifest verified.</returns>
    /// <exception cref="RegistryException">Any registry failure.</exception>
    /// <exception cref="FormatException">The image's registry part is not a <c>host[:port]</c> address a client can contact.</exception>
    public Task<ResolvedImage> ResolveAsync(ImageReference image, CancellationToken cancellationToken = default)
    {
        if (image is null)
        {
            throw new ArgumentNullException(nameof(image));
        }

        return ResolveAsync(image, Options.Platform, cancellationToken);
    }

    /// <summary>The registry address of an image reference (Docker Hub is <c>docker.io</c>).</summary>
    /// <param name="image">The image.</param>
    /// <returns>The address ECI matches registry lists and credentials against.</returns>
    /// <exception cref="FormatException">The registry part is not a <c>host[:port]</c> address a client can contact.</exception>
    public static RegistryAddress AddressOf(ImageReference image) =>
        (image ?? throw new ArgumentNullException(nameof(image))).RegistryAddress
        ?? throw new FormatException($"The registry part '{image.Registry}' of '{image}' is not a host[:port] address.");

    /// <summary>What to ask the registry for: the digest when present, else the tag, else <c>latest</c>.</summary>
    /// <param name="image">The image.</param>
    /// <returns>A digest or tag.</returns>
    public static string ReferenceOf(ImageReference image) =>
        (image ?? throw new ArgumentNullException(nameof(image))).Digest ?? image.Tag ?? "latest";
}
