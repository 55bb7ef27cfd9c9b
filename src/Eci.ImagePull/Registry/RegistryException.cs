using System;
using System.Collections.Generic;
using System.Net;

namespace Eci.ImagePull.Registry;

/// <summary>
/// A registry call failed. <see cref="Failure"/> says how; the message names the registry, the repository and
/// the reference but never a credential.
/// </summary>
public class RegistryException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="failure">What went wrong.</param>
    /// <param name="registry">The registry, when known.</param>
    /// <param name="message">A message without secrets.</param>
    /// <param name="statusCode">The HTTP status, when there was a response.</param>
    /// <param name="errors">The registry's error entries, when it sent any.</param>
    /// <param name="innerException">The cause.</param>
    public RegistryException(
        RegistryFailure failure,
        RegistryAddress? registry,
        string message,
        HttpStatusCode? statusCode = null,
        IReadOnlyList<RegistryError>? errors = null,
        Exception? innerException = null)
        : base(message, innerException)
    {
        Failure = failure;
        Registry = registry;
        StatusCode = statusCode;
        Errors = errors ?? Array.Empty<RegistryError>();
    }

    /// <summary>What went wrong.</summary>
    public RegistryFailure Failure { get; }

    /// <summary>The registry that was contacted.</summary>
    public RegistryAddress? Registry { get; }

    /// <summary>The HTTP status code, when the registry answered.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>The registry's error entries (empty when the body had none).</summary>
    public IReadOnlyList<RegistryError> Errors { get; }
}

/// <summary>Authentication failed: <see cref="RegistryFailure.AuthenticationRequired"/>, <see cref="RegistryFailure.CredentialsRejected"/> or <see cref="RegistryFailure.AccessDenied"/>.</summary>
public sealed class RegistryAuthenticationException : RegistryException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="failure">One of the authentication failures.</param>
    /// <param name="registry">The registry.</param>
    /// <param name="message">A message without secrets.</param>
    /// <param name="statusCode">The HTTP status.</param>
    /// <param name="errors">The registry's error entries.</param>
    public RegistryAuthenticationException(RegistryFailure failure, RegistryAddress registry, string message, HttpStatusCode? statusCode, IReadOnlyList<RegistryError>? errors = null)
        : base(failure, registry, message, statusCode, errors)
    {
    }
}

/// <summary>The repository, manifest or blob does not exist (<see cref="RegistryFailure.NotFound"/>).</summary>
public sealed class RegistryNotFoundException : RegistryException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="registry">The registry.</param>
    /// <param name="message">The message.</param>
    /// <param name="errors">The registry's error entries.</param>
    public RegistryNotFoundException(RegistryAddress registry, string message, IReadOnlyList<RegistryError>? errors = null)
        : base(RegistryFailure.NotFound, registry, message, HttpStatusCode.NotFound, errors)
    {
    }
}

/// <summary>
/// The registry could not be reached over the chosen transport: <see cref="RegistryFailure.Unreachable"/>,
/// <see cref="RegistryFailure.Timeout"/>, <see cref="RegistryFailure.CertificateNotTrusted"/>,
/// <see cref="RegistryFailure.TlsHandshakeFailed"/> or <see cref="RegistryFailure.HttpsRequired"/>.
/// </summary>
public sealed class RegistryConnectionException : RegistryException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="failure">One of the connection failures.</param>
    /// <param name="registry">The registry.</param>
    /// <param name="transport">The transport that was used.</param>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public RegistryConnectionException(RegistryFailure failure, RegistryAddress registry, RegistryTransport transport, string message, Exception? innerException = null)
        : base(failure, registry, message, null, null, innerException)
    {
        Transport = transport;
    }

    /// <summary>The transport that was used.</summary>
    public RegistryTransport Transport { get; }

    /// <summary>
    /// The server that failed, as <c>host[:port]</c>, when it is not the registry itself (a redirect target such as
    /// blob storage, or the token service); null when the registry's own endpoint failed. A registry setting
    /// (--insecure, --plain-http) does not reach such a server, so hints must not suggest one.
    /// </summary>
    public RegistryAddress? OtherServer { get; init; }
}

/// <summary>Downloaded content did not match its digest or size (<see cref="RegistryFailure.DigestMismatch"/>); it was not kept.</summary>
public sealed class RegistryDigestMismatchException : RegistryException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="registry">The registry.</param>
    /// <param name="expected">The digest that was asked for.</param>
    /// <param name="actual">The digest of what arrived, or a size description.</param>
    /// <param name="message">The message.</param>
    public RegistryDigestMismatchException(RegistryAddress registry, string expected, string actual, string message)
        : base(RegistryFailure.DigestMismatch, registry, message)
    {
        Expected = expected;
        Actual = actual;
    }

    /// <summary>The expected digest.</summary>
    public string Expected { get; }

    /// <summary>What was computed from the received bytes.</summary>
    public string Actual { get; }
}
