using System;
using System.Collections.Concurrent;
using Eci.ImagePull.Registry;

namespace Eci.ImagePull.Pull;

/// <summary>
/// A request's credential lookups for one check, each registry resolved once and reused: a lookup may run a
/// credential helper (a process, perhaps a prompt or a network call), and a check asks for the same registry's
/// credential for every image, once to answer the challenge and again to explain the result.
/// </summary>
internal sealed class CredentialsOnce
{
    private readonly PullCheckRequest _request;
    private readonly ConcurrentDictionary<RegistryAddress, Lazy<(RegistryCredential? Credential, bool FromRequest)>> _resolved = new();

    public CredentialsOnce(PullCheckRequest request) => _request = request;

    public (RegistryCredential? Credential, bool FromRequest) For(RegistryAddress registry) =>
        _resolved.GetOrAdd(registry, r => new Lazy<(RegistryCredential?, bool)>(() => _request.CredentialFor(r))).Value;
}
