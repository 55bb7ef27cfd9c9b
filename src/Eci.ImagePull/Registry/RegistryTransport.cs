namespace Eci.ImagePull.Registry;

/// <summary>How ECI talks to a registry, decided only by its <c>PlainHttpRegistry</c> and <c>InsecureRegistry</c> settings.</summary>
public enum RegistryTransport
{
    /// <summary>HTTPS with full certificate verification: ECI's default for every registry.</summary>
    Https,

    /// <summary>HTTPS that accepts any certificate: the registry is listed in <c>InsecureRegistry</c>.</summary>
    HttpsWithoutVerification,

    /// <summary>Plain HTTP, no TLS: the registry is listed in <c>PlainHttpRegistry</c>.</summary>
    PlainHttp,
}
