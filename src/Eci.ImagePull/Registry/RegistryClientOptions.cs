using System;

namespace Eci.ImagePull.Registry;

/// <summary>Settings of a <see cref="RegistryClient"/>. The defaults are ECI's: HTTPS with verification, linux/amd64.</summary>
public sealed class RegistryClientOptions
{
    /// <summary>Which registries use plain HTTP or unverified HTTPS (ECI's <c>PlainHttpRegistry</c> / <c>InsecureRegistry</c>).</summary>
    public RegistryTransportPolicy Transports { get; set; } = RegistryTransportPolicy.Default;

    /// <summary>
    /// Returns the credential for a registry, or null to pull anonymously. Called only when the registry asks for
    /// authentication. For example <c>r =&gt; resolver.TryResolve(r.ToString(), out var c) ? c : null</c>.
    /// </summary>
    public Func<RegistryAddress, RegistryCredential?>? Credentials { get; set; }

    /// <summary>The platform chosen from a multi-platform index; linux/amd64 by default.</summary>
    public ImagePlatform Platform { get; set; } = ImagePlatform.LinuxAmd64;

    /// <summary>Limit for one request other than a blob body (ping, token, manifest); 30 s by default.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Limit for establishing a TCP (and TLS) connection; 10 s by default.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Limit for downloading one blob; 30 minutes by default.</summary>
    public TimeSpan BlobTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// Longest a blob download may go without progress; 60 s by default. Progress means at least
    /// <see cref="BlobProgressBytes"/> more bytes (or the rest of the blob), so a server that drips a byte at a time to
    /// keep the connection alive is stopped as well as one that goes silent. <see cref="BlobTimeout"/> still caps the whole blob.
    /// </summary>
    public TimeSpan BlobIdleTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How many bytes count as progress within <see cref="BlobIdleTimeout"/>; 16 KiB by default.</summary>
    public int BlobProgressBytes { get; set; } = 16 * 1024;

    /// <summary>Largest manifest or index accepted; 4 MiB by default (the limit Distribution registries enforce on push).</summary>
    public int MaxManifestBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>Largest blob <see cref="RegistryClient.GetBlobBytesAsync"/> keeps in memory (configs); 16 MiB by default.</summary>
    public int MaxInMemoryBlobBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>Most redirects followed for one blob request; 5 by default.</summary>
    public int MaxRedirects { get; set; } = 5;

    /// <summary>The User-Agent header.</summary>
    public string UserAgent { get; set; } = "Eci.ImagePull/0.1";
}
