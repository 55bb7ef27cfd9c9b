using System.Collections.Generic;

namespace Eci.ImagePull.Rules;

/// <summary>
/// The request's credential servers, parsed once per evaluation. Rules ask "is there a credential for this image's
/// registry?" for every image; answering from sets keeps a request with many images and many credentials linear
/// (re-parsing every server for every image made it images × credentials).
/// </summary>
internal sealed class CredentialServerIndex
{
    private readonly AddressSet _exact = new();
    private readonly AddressSet _normalized = new();

    public CredentialServerIndex(List<CredentialInput> credentials)
    {
        foreach (var credential in credentials)
        {
            if (credential.Server is null)
            {
                HasUnseenServer = true;
                continue;
            }

            if (credential.Address is { } address)
            {
                _exact.Add(address);
            }

            var entries = credential.ServerAsList.Entries;
            for (var i = 0; i < entries.Count; i++)
            {
                var entry = entries[i];
                if (entry.NormalizedAddress is { } normalized)
                {
                    _normalized.Add(normalized);
                }
            }
        }
    }

    /// <summary>A credential whose server the caller could not see: it might be for any registry.</summary>
    public bool HasUnseenServer { get; }

    /// <summary>An unseen server, or a server equal to <paramref name="address"/> as ECI matches it (exactly).</summary>
    public bool MayMatchExactly(RegistryAddress address) => HasUnseenServer || _exact.Contains(address);

    /// <summary>
    /// <see cref="MayMatchExactly"/>, or a server that is clearly meant for <paramref name="address"/> once normalized
    /// (<c>http://host:5000</c>): the malformed-server rule reports that one, so a missing credential would be noise.
    /// </summary>
    public bool MayCover(RegistryAddress address) => MayMatchExactly(address) || _normalized.Contains(address);
}
