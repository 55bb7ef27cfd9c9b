namespace Eci.ImagePull.Pull;

/// <summary>The result class of checking one image the way ECI would pull it.</summary>
public enum PullOutcome
{
    /// <summary>ECI can pull the image with these settings; the digest is known.</summary>
    Pullable,

    /// <summary>The registry speaks plain HTTP: add its <c>host:port</c> to <c>PlainHttpRegistry</c>.</summary>
    PlainHttpRequired,

    /// <summary>The registry's certificate is not trusted: add its <c>host:port</c> to <c>InsecureRegistry</c>.</summary>
    CertificateNotTrusted,

    /// <summary>The registry is in <c>PlainHttpRegistry</c> but speaks HTTPS: remove it from there.</summary>
    HttpsRequired,

    /// <summary>The registry wants credentials: add an <c>ImageRegistryCredential</c> for its <c>host:port</c>.</summary>
    AuthenticationRequired,

    /// <summary>The credential was refused or does not allow pulling this repository.</summary>
    CredentialsRejected,

    /// <summary>The repository, tag or digest does not exist, or the image has no manifest for the platform.</summary>
    NotFound,

    /// <summary>The registry cannot be reached (connection refused, DNS, timeout, TLS failure with no diagnosis).</summary>
    Unreachable,

    /// <summary>The image text is not a valid reference.</summary>
    InvalidReference,

    /// <summary>Anything else: a digest mismatch, a protocol error, a rate limit, a server error.</summary>
    Failed,
}
