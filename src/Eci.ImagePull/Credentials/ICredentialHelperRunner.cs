using System;

namespace Eci.ImagePull;

/// <summary>
/// Runs a Docker credential helper program. The default, <see cref="ProcessCredentialHelperRunner"/>, starts
/// <c>docker-credential-&lt;name&gt;</c> from <c>PATH</c>; tests and hosts without process support can supply their own.
/// </summary>
public interface ICredentialHelperRunner
{
    /// <summary>Runs one helper command and returns what it printed.</summary>
    /// <param name="helperName">The helper suffix from the Docker config (<c>pass</c> runs <c>docker-credential-pass</c>).</param>
    /// <param name="verb">The helper command, e.g. <c>get</c>.</param>
    /// <param name="standardInput">Text written to the helper's standard input (for <c>get</c>: the server address).</param>
    /// <param name="timeout">How long the helper may run before it is stopped.</param>
    /// <returns>The exit code and output.</returns>
    /// <exception cref="RegistryCredentialsException">The helper is missing, cannot start, or timed out.</exception>
    CredentialHelperOutput Run(string helperName, string verb, string standardInput, TimeSpan timeout);
}
