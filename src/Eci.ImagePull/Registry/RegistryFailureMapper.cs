using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Eci.ImagePull.Registry;

/// <summary>Turns transport exceptions and error responses into <see cref="RegistryException"/>s with clear, secret-free messages.</summary>
internal static class RegistryFailureMapper
{
    /// <summary>What a Go TLS server answers to a plain-HTTP request.</summary>
    private const string GoHttpToHttpsBody = "Client sent an HTTP request to an HTTPS server";

    /// <summary>
    /// Maps a transport failure. HttpClient quotes malformed status and header lines in its messages, so a server
    /// can put text of its choice there: it is stripped of <paramref name="secrets"/>, and an inner exception whose
    /// messages hold one is not attached (its ToString would print it).
    /// </summary>
    public static RegistryException FromTransport(Exception exception, RegistryAddress registry, RegistryTransport transport, Uri uri, bool timedOut, IReadOnlyCollection<string>? secrets = null)
    {
        var where = $"{uri.Scheme}://{uri.Authority}";
        if (timedOut)
        {
            return new RegistryConnectionException(RegistryFailure.Timeout, registry, transport,
                $"{where} did not answer in time.", exception);
        }

        // A redirect target or token service is not the registry: its failures must not be blamed on the registry.
        var other = RegistryEndpoint.SameOrigin(uri, RegistryEndpoint.BaseUri(registry, transport)) ? null : RegistryEndpoint.AddressOf(uri);
        var authentication = Find<AuthenticationException>(exception);
        if (authentication is not null)
        {
            if (authentication.Message.IndexOf("certificate", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return new RegistryConnectionException(RegistryFailure.CertificateNotTrusted, registry, transport,
                    $"The TLS certificate of {where} is not trusted: {authentication.Message}", exception) { OtherServer = other };
            }

            return new RegistryConnectionException(RegistryFailure.TlsHandshakeFailed, registry, transport,
                $"The TLS handshake with {where} failed ({authentication.Message}); the server may not speak HTTPS.", exception) { OtherServer = other };
        }

        if (exception is HttpRequestException { HttpRequestError: HttpRequestError.SecureConnectionError })
        {
            return new RegistryConnectionException(RegistryFailure.TlsHandshakeFailed, registry, transport,
                $"The TLS handshake with {where} failed ({Innermost(exception).Message}); the server may not speak HTTPS.", exception) { OtherServer = other };
        }

        var socket = Find<SocketException>(exception);
        var reason = socket is not null ? socket.Message : Innermost(exception).Message;
        var redacted = SecretRedactor.Redact(reason, secrets);
        return new RegistryConnectionException(RegistryFailure.Unreachable, registry, transport,
            $"Cannot connect to {where}: {redacted.TrimEnd('.')}.", EchoesSecret(exception, secrets) ? null : exception);
    }

    /// <summary>
    /// Reads the (bounded) body of an unsuccessful response and returns the matching exception. The body is
    /// best effort: when it breaks off or does not arrive before <paramref name="cancellationToken"/> fires, the
    /// exception is built from the status alone. Server text is stripped of <paramref name="secrets"/>.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="callerToken"/> was cancelled.</exception>
    public static async Task<RegistryException> FromResponseAsync(HttpResponseMessage response, RegistryAddress registry, RegistryTransport transport, string what, IReadOnlyCollection<string>? secrets, CancellationToken callerToken, CancellationToken cancellationToken)
    {
        var body = await ReadBoundedAsync(response, RegistryErrorBody.MaxBytes, cancellationToken).ConfigureAwait(false);
        callerToken.ThrowIfCancellationRequested();
        var errors = RegistryErrorBody.Parse(body)
            .Select(e => new RegistryError(SecretRedactor.Redact(e.Code, secrets), SecretRedactor.Redact(e.Message, secrets)))
            .ToList();
        var status = response.StatusCode;
        var detail = errors.Count > 0 ? " (" + string.Join("; ", errors) + ")" : string.Empty;
        var reason = SecretRedactor.Redact(response.ReasonPhrase ?? string.Empty, secrets);
        switch (status)
        {
            case HttpStatusCode.NotFound:
                return new RegistryNotFoundException(registry, $"{what} was not found on {registry}{detail}.", errors);
            case HttpStatusCode.Forbidden:
                return new RegistryAuthenticationException(RegistryFailure.AccessDenied, registry, $"{registry} denied access to {what}{detail}.", status, errors);
            case HttpStatusCode.TooManyRequests:
                return new RegistryException(RegistryFailure.TooManyRequests, registry, $"{registry} is rate limiting requests for {what}{detail}.", status, errors);
            case HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout:
                return new RegistryException(RegistryFailure.Unavailable, registry, $"{registry} is temporarily unavailable ({(int)status}) for {what}{detail}.", status, errors);
            case HttpStatusCode.BadRequest when transport == RegistryTransport.PlainHttp
                && Encoding.UTF8.GetString(body).IndexOf(GoHttpToHttpsBody, StringComparison.Ordinal) >= 0:
                return new RegistryConnectionException(RegistryFailure.HttpsRequired, registry, transport,
                    $"{registry} speaks HTTPS, but it is being contacted over plain HTTP.");
            default:
                return new RegistryException(RegistryFailure.ProtocolError, registry,
                    $"{registry} answered {(int)status} {reason} for {what}{detail}.", status, errors);
        }
    }

    /// <summary>Reads at most <paramref name="limit"/> bytes of a body; returns null when it is longer.</summary>
    public static async Task<byte[]?> ReadLimitedAsync(HttpResponseMessage response, int limit, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentLength is long length && length > limit)
        {
            return null;
        }

        using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        while (true)
        {
            var read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return buffer.ToArray();
            }

            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }
    }

    private static async Task<byte[]> ReadBoundedAsync(HttpResponseMessage response, int limit, CancellationToken cancellationToken)
    {
        try
        {
            return await ReadLimitedAsync(response, limit, cancellationToken).ConfigureAwait(false) ?? Array.Empty<byte>();
        }
        catch (Exception e) when (e is IOException or HttpRequestException or OperationCanceledException)
        {
            // The status already says what went wrong; a body that breaks off or drips only loses the detail.
            return Array.Empty<byte>();
        }
    }

    private static bool EchoesSecret(Exception exception, IReadOnlyCollection<string>? secrets)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (SecretRedactor.Redact(current.Message, secrets) != current.Message)
            {
                return true;
            }
        }

        return false;
    }

    private static T? Find<T>(Exception exception)
        where T : Exception
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (current is T match)
            {
                return match;
            }
        }

        return null;
    }

    private static Exception Innermost(Exception exception)
    {
        var current = exception;
        while (current.InnerException is not null)
        {
            current = current.InnerException;
        }

        return current;
    }
}
