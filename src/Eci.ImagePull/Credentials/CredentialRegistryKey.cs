using System;

namespace Eci.ImagePull;

/// <summary>
/// A registry address reduced to what credential lookups compare: <c>host[:port]</c> with the host lower-cased,
/// any scheme and path removed, and Docker Hub's several names recognised as one registry.
/// Kept deliberately light (no full address grammar) so the credential code stands on its own.
/// </summary>
internal sealed class CredentialRegistryKey
{
    /// <summary>The key Docker has always used for Docker Hub in <c>auths</c> and with credential helpers.</summary>
    internal const string DockerHubConfigKey = "https://index.docker.io/v1/";

    private static readonly string[] DockerHubHosts = { "docker.io", "index.docker.io", "registry-1.docker.io" };

    private CredentialRegistryKey(string original, string hostAndPort, bool isDockerHub)
    {
        Original = original;
        HostAndPort = hostAndPort;
        IsDockerHub = isDockerHub;
    }

    /// <summary>The address as the caller wrote it (trimmed), for messages.</summary>
    internal string Original { get; }

    /// <summary>The normalised <c>host[:port]</c>; <c>docker.io</c> for every Docker Hub name.</summary>
    internal string HostAndPort { get; }

    /// <summary>Whether the address is one of Docker Hub's names.</summary>
    internal bool IsDockerHub { get; }

    /// <summary>
    /// The name part of the environment variables (see <see cref="EnvironmentVariableNaming"/>):
    /// <c>192.168.1.10:5000</c> → <c>192_168_1_10__COLON_5000</c>; Docker Hub is always <c>DOCKER_IO</c>.
    /// Null when the address has characters no variable name carries without ambiguity.
    /// </summary>
    internal string? EnvironmentVariableKey => EnvironmentVariableNaming.For(HostAndPort);

    /// <summary>What a credential helper is asked for on stdin: Docker Hub's historical key, otherwise <c>host[:port]</c>.</summary>
    internal string HelperServerAddress => IsDockerHub ? DockerHubConfigKey : HostAndPort;

    /// <summary>
    /// The Docker config keys that belong to this registry exactly as written, best first.
    /// Docker Hub accepts its historical key and the bare host names.
    /// </summary>
    internal string[] ExactConfigKeys =>
        IsDockerHub
            ? new[] { DockerHubConfigKey, "index.docker.io", "docker.io", "registry-1.docker.io" }
            : new[] { HostAndPort };

    /// <summary>Parses an address; throws <see cref="ArgumentException"/> when nothing is left of it.</summary>
    /// <param name="registry">An address such as <c>reg:5000</c>, <c>https://Reg:5000/v2/</c> or <c>docker.io</c>.</param>
    /// <returns>The key.</returns>
    internal static CredentialRegistryKey Parse(string registry)
    {
        if (registry is null)
        {
            throw new ArgumentNullException(nameof(registry));
        }

        string hostAndPort = HostOf(registry);
        if (hostAndPort.Length == 0)
        {
            throw new ArgumentException(
                "The registry address '" + registry + "' has no host; expected host[:port], for example 'registry.example.com:5000' or 'docker.io'.",
                nameof(registry));
        }

        bool isDockerHub = Array.IndexOf(DockerHubHosts, hostAndPort) >= 0;
        return new CredentialRegistryKey(registry.Trim(), isDockerHub ? "docker.io" : hostAndPort, isDockerHub);
    }

    /// <summary>
    /// Reduces a registry address or Docker config key to a lower-cased <c>host[:port]</c>:
    /// <c>https://Index.Docker.io/v1/</c> → <c>index.docker.io</c>.
    /// </summary>
    /// <param name="addressOrKey">The address or key.</param>
    /// <returns>The host and port, possibly empty.</returns>
    internal static string HostOf(string addressOrKey)
    {
        string text = addressOrKey.Trim();
        text = StripPrefix(text, "https://");
        text = StripPrefix(text, "http://");
        int slash = text.IndexOf('/');
        if (slash >= 0)
        {
            text = text.Substring(0, slash);
        }

        return text.ToLowerInvariant();
    }

    /// <summary>
    /// Whether a Docker config key names this registry once scheme and path are stripped
    /// (<c>https://reg:5000/v1/</c> matches <c>reg:5000</c>).
    /// </summary>
    /// <param name="configKey">A key of <c>auths</c> or <c>credHelpers</c>.</param>
    /// <returns><see langword="true"/> when the key belongs to this registry.</returns>
    internal bool MatchesConfigKeyLoosely(string configKey)
    {
        string host = HostOf(configKey);
        return IsDockerHub ? Array.IndexOf(DockerHubHosts, host) >= 0 : string.Equals(host, HostAndPort, StringComparison.Ordinal);
    }

    /// <summary>Whether another address names the same registry.</summary>
    /// <param name="other">The other key.</param>
    /// <returns><see langword="true"/> for the same normalised registry.</returns>
    internal bool SameRegistryAs(CredentialRegistryKey other) =>
        string.Equals(HostAndPort, other.HostAndPort, StringComparison.Ordinal);

    private static string StripPrefix(string text, string prefix) =>
        text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? text.Substring(prefix.Length) : text;
}
