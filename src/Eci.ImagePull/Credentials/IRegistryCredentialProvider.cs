using System.Diagnostics.CodeAnalysis;

namespace Eci.ImagePull;

/// <summary>
/// A source of registry credentials that an application registers itself (a secret store, a vault client, ...).
/// Providers are asked after the environment variables and the Docker configuration.
/// </summary>
public interface IRegistryCredentialProvider
{
    /// <summary>Looks up the credential for a registry.</summary>
    /// <param name="registry">
    /// The registry address as the caller wrote it, <c>host[:port]</c>; Docker Hub is <c>docker.io</c>.
    /// </param>
    /// <param name="credential">The credential when found.</param>
    /// <returns><see langword="true"/> when this provider has a credential for <paramref name="registry"/>.</returns>
    bool TryGet(string registry, [NotNullWhen(true)] out RegistryCredential? credential);

    /// <summary>A short description for "where did we look" messages, e.g. <c>Azure Key Vault 'prod-secrets'</c>.</summary>
    string Description { get; }
}
