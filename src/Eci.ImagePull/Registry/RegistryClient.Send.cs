using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace Eci.ImagePull.Registry;

public sealed partial class RegistryClient
{
    /// <summary>
    /// Sends a request over the registry's transport, authenticating on a 401 (once), and — for blobs —
    /// following redirects by hand. Returns only a successful response; everything else is thrown as a
    /// <see cref="RegistryException"/>.
    /// </summary>
    private async Task<HttpResponseMessage> SendAsync(
        RegistryRepository repository,
        HttpMethod method,
        string path,
        string what,
        Action<HttpRequestMessage>? configure,
        bool followRedirects,
        CancellationToken callerToken,
        CancellationToken token)
    {
        var registry = repository.Registry;
        var registryTransport = TransportFor(registry);
        var registryBase = RegistryEndpoint.BaseUri(registry, registryTransport);
        var scope = $"repository:{repository.Path}:pull";
        var uri = new Uri(registryBase, path);
        var transport = registryTransport;
        var sendAuthorization = true;
        var authorization = await _auth.GetAuthorizationAsync(registry, registryTransport, scope, callerToken, token).ConfigureAwait(false);
        var answeredChallenge = false;
        for (var redirects = 0; ; )
        {
            using var request = new HttpRequestMessage(method, uri);
            configure?.Invoke(request);
            if (sendAuthorization)
            {
                request.Headers.Authorization = authorization;
            }

            var response = await SendOnceAsync(registry, transport, request, callerToken, token).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                return response;
            }

            using (response)
            {
                if (response.StatusCode == HttpStatusCode.Unauthorized && sendAuthorization)
                {
                    if (answeredChallenge)
                    {
                        throw _auth.StillUnauthorized(registry, what);
                    }

                    authorization = await _auth.RespondAsync(response, registry, registryTransport, scope, what, callerToken, token).ConfigureAwait(false);
                    answeredChallenge = true;
                    continue;
                }

                if (followRedirects && IsRedirect(response.StatusCode) && response.Headers.Location is { } location)
                {
                    if (++redirects > Options.MaxRedirects)
                    {
                        throw new RegistryException(RegistryFailure.LimitExceeded, registry,
                            $"More than {Options.MaxRedirects} redirects for {what} on {registry}.", response.StatusCode);
                    }

                    var target = location.IsAbsoluteUri ? location : new Uri(uri, location);
                    transport = RedirectTransport(registry, registryTransport, registryBase, uri, target, what);
                    // The registry's credentials are for the registry only: a redirect to object storage
                    // (another origin) carries its own signature in the URL.
                    sendAuthorization = RegistryEndpoint.SameOrigin(target, registryBase);
                    uri = target;
                    continue;
                }

                throw await RegistryFailureMapper.FromResponseAsync(response, registry, transport, what, _auth.SecretsFor(registry), callerToken, token).ConfigureAwait(false);
            }
        }
    }

    /// <summary>One HTTP exchange; transport failures and timeouts become <see cref="RegistryConnectionException"/>s.</summary>
    private async Task<HttpResponseMessage> SendOnceAsync(RegistryAddress registry, RegistryTransport transport, HttpRequestMessage request, CancellationToken callerToken, CancellationToken token)
    {
        try
        {
            return await _http.For(transport).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw RegistryFailureMapper.FromTransport(e, registry, transport, request.RequestUri!, timedOut: false, _auth.SecretsFor(registry));
        }
        catch (OperationCanceledException e) when (!callerToken.IsCancellationRequested)
        {
            throw RegistryFailureMapper.FromTransport(e, registry, transport, request.RequestUri!, timedOut: true);
        }
    }

    /// <summary>
    /// The transport for a redirect target. Same origin keeps the registry's transport. Never from HTTPS down to
    /// HTTP. Another origin over HTTPS is verified unless that host is itself in InsecureRegistry; over HTTP it
    /// is allowed only when the registry is plain HTTP already or that host is in PlainHttpRegistry.
    /// </summary>
    private RegistryTransport RedirectTransport(RegistryAddress registry, RegistryTransport registryTransport, Uri registryBase, Uri from, Uri target, string what)
    {
        if (target.Scheme != Uri.UriSchemeHttp && target.Scheme != Uri.UriSchemeHttps)
        {
            throw new RegistryException(RegistryFailure.ProtocolError, registry, $"{registry} redirected {what} to an unsupported scheme '{target.Scheme}'.");
        }

        if (from.Scheme == Uri.UriSchemeHttps && target.Scheme == Uri.UriSchemeHttp)
        {
            throw new RegistryException(RegistryFailure.ProtocolError, registry,
                $"{registry} redirected {what} from HTTPS to plain HTTP ({target.Scheme}://{target.Authority}); downgrades are not followed.");
        }

        if (RegistryEndpoint.SameOrigin(target, registryBase))
        {
            return registryTransport;
        }

        var targetAddress = RegistryEndpoint.AddressOf(target);
        var listed = targetAddress is null ? RegistryTransport.Https : TransportFor(targetAddress);
        if (target.Scheme == Uri.UriSchemeHttp)
        {
            if (registryTransport == RegistryTransport.PlainHttp || listed == RegistryTransport.PlainHttp)
            {
                return RegistryTransport.PlainHttp;
            }

            throw new RegistryException(RegistryFailure.ProtocolError, registry,
                $"{registry} redirected {what} to plain HTTP at {target.Authority}, which is not in PlainHttpRegistry.");
        }

        return listed == RegistryTransport.HttpsWithoutVerification ? RegistryTransport.HttpsWithoutVerification : RegistryTransport.Https;
    }

    private static bool IsRedirect(HttpStatusCode status) => status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found
        or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    /// <summary>Reads a body up to <paramref name="limit"/> bytes (null when longer), mapping read failures.</summary>
    private static async Task<byte[]?> ReadBodyAsync(RegistryAddress registry, HttpResponseMessage response, int limit, string what, CancellationToken callerToken, CancellationToken token)
    {
        try
        {
            return await RegistryFailureMapper.ReadLimitedAsync(response, limit, token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is System.IO.IOException or HttpRequestException)
        {
            throw new RegistryException(RegistryFailure.Unreachable, registry, $"The connection to {registry} broke while reading {what}.", innerException: e);
        }
        catch (OperationCanceledException e) when (!callerToken.IsCancellationRequested)
        {
            throw new RegistryException(RegistryFailure.Timeout, registry, $"Reading {what} from {registry} took too long.", innerException: e);
        }
    }
}
