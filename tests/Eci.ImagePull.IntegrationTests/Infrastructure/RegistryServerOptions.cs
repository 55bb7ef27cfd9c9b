namespace Eci.ImagePull.IntegrationTests.Infrastructure;

/// <summary>How a test registry is configured. The default is plain HTTP, anonymous, no redirects.</summary>
internal sealed class RegistryServerOptions
{
    /// <summary>Serve HTTPS with a self-signed certificate made for this registry.</summary>
    public bool Tls { get; set; }

    /// <summary>When not empty, htpasswd (Basic) authentication with these users and passwords.</summary>
    public Dictionary<string, string> BasicUsers { get; } = new(StringComparer.Ordinal);

    /// <summary>When set, Bearer token authentication against this token server.</summary>
    public TokenServer? TokenServer { get; set; }

    /// <summary>
    /// When set, Distribution's <c>redirect</c> storage middleware answers blob GETs with a 307 to this base URL
    /// plus the blob's storage path (the way object-storage backends do).
    /// </summary>
    public string? RedirectBaseUrl { get; set; }
}
