namespace Eci.ImagePull.Registry;

/// <summary>What went wrong when talking to a registry; every <see cref="RegistryException"/> carries one.</summary>
public enum RegistryFailure
{
    /// <summary>No connection: refused, no route, name not resolved, or the connection dropped.</summary>
    Unreachable,

    /// <summary>The call did not finish within its timeout.</summary>
    Timeout,

    /// <summary>The registry's TLS certificate failed verification (self-signed, unknown CA, wrong name, expired).</summary>
    CertificateNotTrusted,

    /// <summary>The TLS handshake failed for a reason other than the certificate, typically because the server speaks plain HTTP.</summary>
    TlsHandshakeFailed,

    /// <summary>A plain-HTTP request reached a server that only speaks HTTPS.</summary>
    HttpsRequired,

    /// <summary>The registry wants credentials and none were available.</summary>
    AuthenticationRequired,

    /// <summary>Credentials were sent and refused, or they do not grant pull access.</summary>
    CredentialsRejected,

    /// <summary>The registry answered 403 / <c>DENIED</c>.</summary>
    AccessDenied,

    /// <summary>The repository, tag, manifest or blob does not exist (<c>NAME_UNKNOWN</c>, <c>MANIFEST_UNKNOWN</c>, <c>BLOB_UNKNOWN</c>).</summary>
    NotFound,

    /// <summary>Rate limited (429 / <c>TOOMANYREQUESTS</c>).</summary>
    TooManyRequests,

    /// <summary>Temporarily unavailable (502, 503, 504 / <c>UNAVAILABLE</c>).</summary>
    Unavailable,

    /// <summary>Content did not match its digest or declared size; the data was discarded.</summary>
    DigestMismatch,

    /// <summary>A limit was exceeded: manifest size or number of redirects.</summary>
    LimitExceeded,

    /// <summary>The index has no manifest for the requested platform.</summary>
    PlatformNotFound,

    /// <summary>The registry answered something the protocol does not allow or this client does not support.</summary>
    ProtocolError,
}
