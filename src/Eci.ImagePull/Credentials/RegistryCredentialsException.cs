using System;

namespace Eci.ImagePull;

/// <summary>
/// A credential source exists but cannot be used: a malformed Docker config, a credential helper that fails or
/// times out, only one of the two environment variables set. The message names the file, variable or helper and
/// never contains a secret.
/// </summary>
public sealed class RegistryCredentialsException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and where; must not contain a secret.</param>
    public RegistryCredentialsException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the failure that caused it.</summary>
    /// <param name="message">What is wrong and where; must not contain a secret.</param>
    /// <param name="innerException">The underlying failure.</param>
    public RegistryCredentialsException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
