using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace Eci.ImagePull;

/// <summary>One step of the resolution order (environment, a Docker config document, an app provider).</summary>
internal interface ICredentialSource
{
    /// <summary>
    /// Looks up the credential. Returns <see langword="false"/> when this source simply has none; throws
    /// <see cref="RegistryCredentialsException"/> when the source exists but is broken.
    /// </summary>
    bool TryGet(CredentialRegistryKey registry, [NotNullWhen(true)] out RegistryCredential? credential);

    /// <summary>The places this source looks at for <paramref name="registry"/>, in order, for messages.</summary>
    IEnumerable<string> Describe(CredentialRegistryKey registry);
}
