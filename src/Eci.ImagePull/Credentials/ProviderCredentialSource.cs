using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace Eci.ImagePull;

/// <summary>Adapts an application's <see cref="IRegistryCredentialProvider"/> to the resolution order.</summary>
internal sealed class ProviderCredentialSource : ICredentialSource
{
    private readonly IRegistryCredentialProvider _provider;

    internal ProviderCredentialSource(IRegistryCredentialProvider provider)
    {
        _provider = provider;
    }

    public bool TryGet(CredentialRegistryKey registry, [NotNullWhen(true)] out RegistryCredential? credential)
    {
        bool found;
        try
        {
            found = _provider.TryGet(registry.Original, out credential);
        }
        catch (RegistryCredentialsException)
        {
            throw;
        }
        catch (Exception ex)
        {
            // Name the provider: with several registered, the stack trace alone does not say which one broke.
            throw new RegistryCredentialsException(
                "Credential provider '" + _provider.Description + "' failed for registry '" + registry.Original + "': " +
                ex.GetType().Name + ": " + ex.Message,
                ex);
        }

        if (found && credential is null)
        {
            throw new RegistryCredentialsException(
                "Credential provider '" + _provider.Description + "' reported a credential for registry '" + registry.Original + "' but returned none.");
        }

        return found && credential != null;
    }

    public IEnumerable<string> Describe(CredentialRegistryKey registry)
    {
        yield return "provider " + _provider.Description;
    }
}
