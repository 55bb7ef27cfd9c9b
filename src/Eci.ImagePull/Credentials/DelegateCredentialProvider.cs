using System;
using System.Diagnostics.CodeAnalysis;

namespace Eci.ImagePull;

/// <summary>
/// A provider for one registry backed by a factory, behind <see cref="RegistryCredentials.Register(string, Func{RegistryCredential})"/>.
/// The registry is compared after light normalisation, so <c>Reg:5000</c> and <c>https://reg:5000/</c> match
/// <c>reg:5000</c>, and all of Docker Hub's names match each other.
/// </summary>
internal sealed class DelegateCredentialProvider : IRegistryCredentialProvider
{
    private readonly CredentialRegistryKey _registry;
    private readonly Func<RegistryCredential?> _factory;

    internal DelegateCredentialProvider(string registry, Func<RegistryCredential?> factory)
    {
        _registry = CredentialRegistryKey.Parse(registry);
        _factory = factory ?? throw new ArgumentNullException(nameof(factory));
    }

    public string Description => "factory registered for '" + _registry.Original + "'";

    public bool TryGet(string registry, [NotNullWhen(true)] out RegistryCredential? credential)
    {
        credential = CredentialRegistryKey.Parse(registry).SameRegistryAs(_registry) ? _factory() : null;
        return credential != null;
    }
}
