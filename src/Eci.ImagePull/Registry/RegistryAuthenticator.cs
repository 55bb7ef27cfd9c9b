using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Eci.ImagePull.Registry;

/// <summary>
/// Answers registry challenges: Basic with the registry's credential, Bearer by asking the token endpoint (GET
/// with service and scope, or the OAuth2 POST form for identity tokens). Remembers per registry which scheme it
/// wants, so later requests authenticate up front, and caches tokens per (registry, scope).
/// </summary>
internal sealed class RegistryAuthenticator
{
    private const string ClientId = "eci-imagepull";

    /// <summary>Largest token answer read: real tokens are a few KiB, and a hostile server must not make us buffer much.</summary>
    private const int MaxTokenResponseBytes = 1024 * 1024;

    private readonly RegistryClientOptions _options;
    private readonly RegistryHttpClients _http;
    private readonly RegistryTokenCache _tokens = new();
    private readonly ConcurrentDictionary<RegistryAddress, AuthenticationChallenge> _challenges = new();

    /// <summary>
    /// Credentials looked up in the last minute: a lookup may read files or run a credential helper, and a pull
    /// asks for every blob. Short enough that a rotated password is picked up.
    /// </summary>
    private readonly ConcurrentDictionary<RegistryAddress, (RegistryCredential? Credential, DateTimeOffset Until)> _credentials = new();

    private static readonly TimeSpan CredentialLifetime = TimeSpan.FromMinutes(1);

    public RegistryAuthenticator(RegistryClientOptions options, RegistryHttpClients http)
    {
        _options = options;
        _http = http;
    }

    /// <summary>The credential the options give for the registry, or null for anonymous.</summary>
    public RegistryCredential? CredentialFor(RegistryAddress registry)
    {
        if (_options.Credentials is null)
        {
            return null;
        }

        var now = DateTimeOffset.UtcNow;
        if (_credentials.TryGetValue(registry, out var cached) && cached.Until > now)
        {
            return cached.Credential;
        }

        var credential = _options.Credentials(registry);
        _credentials[registry] = (credential, now + CredentialLifetime);
        return credential;
    }

    /// <summary>
    /// The secrets this client may have sent to <paramref name="registry"/>: the password (or identity token),
    /// the Basic header value and the bearer tokens held for it. Server text is stripped of them.
    /// </summary>
    public IReadOnlyCollection<string> SecretsFor(RegistryAddress registry)
    {
        var secrets = new List<string>(_tokens.TokensFor(registry));
        var credential = _credentials.TryGetValue(registry, out var cached) ? cached.Credential : null;
        if (credential is not null)
        {
            secrets.Add(credential.Password);
            secrets.Add(Basic(credential).Parameter!);
        }

        return secrets;
    }

    /// <summary>The Authorization header to send up front, when the registry's scheme is already known.</summary>
    public async Task<AuthenticationHeaderValue?> GetAuthorizationAsync(RegistryAddress registry, RegistryTransport transport, string? scope, CancellationToken callerToken, CancellationToken cancellationToken)
    {
        if (!_challenges.TryGetValue(registry, out var challenge))
        {
            return null;
        }

        if (challenge.IsBasic)
        {
            var credential = CredentialFor(registry);
            return credential is null ? null : Basic(credential);
        }

        var key = scope ?? challenge.Scope ?? string.Empty;
        var cached = _tokens.Get(registry, key);
        if (cached is not null)
        {
            return new AuthenticationHeaderValue("Bearer", cached);
        }

        return await FetchTokenAsync(registry, transport, challenge, scope, callerToken, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Handles a 401: records the challenge, drops a cached token for the scope and returns the header to retry
    /// with. Throws <see cref="RegistryAuthenticationException"/> when no credential can satisfy the challenge.
    /// </summary>
    public async Task<AuthenticationHeaderValue> RespondAsync(HttpResponseMessage unauthorized, RegistryAddress registry, RegistryTransport transport, string? scope, string what, CancellationToken callerToken, CancellationToken cancellationToken)
    {
        var challenge = AuthenticationChallenge.SelectFrom(unauthorized.Headers.TryGetValues("WWW-Authenticate", out var values) ? values : Array.Empty<string>());
        if (challenge is null)
        {
            throw new RegistryException(RegistryFailure.ProtocolError, registry,
                $"{registry} answered 401 for {what} without a Basic or Bearer challenge.", HttpStatusCode.Unauthorized);
        }

        _challenges[registry] = challenge;
        if (challenge.IsBasic)
        {
            var credential = CredentialFor(registry);
            if (credential is null)
            {
                throw AuthenticationRequired(registry, what);
            }

            return Basic(credential);
        }

        _tokens.Remove(registry, scope ?? challenge.Scope ?? string.Empty);
        return await FetchTokenAsync(registry, transport, challenge, scope, callerToken, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The exception for a request that is still unauthorized after authenticating.</summary>
    public RegistryAuthenticationException StillUnauthorized(RegistryAddress registry, string what)
    {
        var credential = CredentialFor(registry);
        if (credential is null)
        {
            return AuthenticationRequired(registry, what);
        }

        return new RegistryAuthenticationException(RegistryFailure.CredentialsRejected, registry,
            $"{registry} rejected the credential for user '{credential.UserName}' from {credential.Source} for {what}: " +
            "the user name or password is wrong, or the user may not pull this repository.",
            HttpStatusCode.Unauthorized);
    }

    private static RegistryAuthenticationException AuthenticationRequired(RegistryAddress registry, string what) =>
        new(RegistryFailure.AuthenticationRequired, registry,
            $"{registry} requires authentication for {what}, and no credential for {registry} was found.",
            HttpStatusCode.Unauthorized);

    private static AuthenticationHeaderValue Basic(RegistryCredential credential) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(credential.UserName + ":" + credential.Password)));

    /// <remarks>
    /// <paramref name="cancellationToken"/> is the calling request's own deadline (already linked to
    /// <paramref name="callerToken"/>): only the caller's token firing is a cancellation; anything else is a timeout.
    /// </remarks>
    private async Task<AuthenticationHeaderValue> FetchTokenAsync(RegistryAddress registry, RegistryTransport transport, AuthenticationChallenge challenge, string? scope, CancellationToken callerToken, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(challenge.Realm, UriKind.Absolute, out var realm) || (realm.Scheme != Uri.UriSchemeHttps && realm.Scheme != Uri.UriSchemeHttp))
        {
            throw new RegistryException(RegistryFailure.ProtocolError, registry,
                $"{registry} sent a Bearer challenge without a usable http(s) realm.");
        }

        var realmTransport = RealmTransport(registry, transport, realm);
        var scopes = new List<string>();
        if (scope is not null)
        {
            scopes.Add(scope);
        }
        else if (challenge.Scope is not null)
        {
            scopes.Add(challenge.Scope);
        }

        var credential = CredentialFor(registry);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.RequestTimeout);
        HttpResponseMessage response;
        try
        {
            response = await SendTokenRequestAsync(realm, realmTransport, challenge.Service, scopes, credential, post: credential?.IsIdentityToken == true, timeout.Token).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.NotFound && credential?.IsIdentityToken == true)
            {
                response.Dispose();
                response = await SendTokenRequestAsync(realm, realmTransport, challenge.Service, scopes, credential, post: false, timeout.Token).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is HttpRequestException || (e is OperationCanceledException && !callerToken.IsCancellationRequested))
        {
            var failure = RegistryFailureMapper.FromTransport(e, registry, realmTransport, realm, timedOut: e is OperationCanceledException, SecretsFor(registry));
            throw new RegistryConnectionException(failure.Failure, registry, realmTransport,
                $"The token service of {registry} failed: {failure.Message}", e) { OtherServer = (failure as RegistryConnectionException)?.OtherServer };
        }

        using (response)
        {
            if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            {
                throw credential is null
                    ? AuthenticationRequired(registry, "a token")
                    : new RegistryAuthenticationException(RegistryFailure.CredentialsRejected, registry,
                        $"The token service of {registry} rejected the credential for user '{credential.UserName}' from {credential.Source}.",
                        response.StatusCode);
            }

            if (!response.IsSuccessStatusCode)
            {
                throw await RegistryFailureMapper.FromResponseAsync(response, registry, realmTransport, "a token", SecretsFor(registry), callerToken, timeout.Token).ConfigureAwait(false);
            }

            var body = await ReadTokenBodyAsync(response, registry, realmTransport, realm, callerToken, timeout.Token).ConfigureAwait(false);
            if (body is null)
            {
                throw new RegistryException(RegistryFailure.LimitExceeded, registry,
                    $"The token service of {registry} answered with more than {MaxTokenResponseBytes} bytes; no token is that large, so it was not read.");
            }

            var token = TokenResponse.Parse(body, DateTimeOffset.UtcNow);
            if (token is null)
            {
                throw new RegistryException(RegistryFailure.ProtocolError, registry,
                    $"The token service of {registry} answered without a token.");
            }

            if (!TokenResponse.FitsInHeader(token.Value.Token))
            {
                // A line break in it would split the Authorization header; HttpClient refuses it with an exception no
                // caller expects, which aborted every other image's check along with this one.
                throw new RegistryException(RegistryFailure.ProtocolError, registry,
                    $"The token service of {registry} answered with a token that holds characters an HTTP header cannot carry (such as a line break); it was not used.");
            }

            _tokens.Set(registry, scope ?? challenge.Scope ?? string.Empty, token.Value.Token, token.Value.Expires);
            return new AuthenticationHeaderValue("Bearer", token.Value.Token);
        }
    }

    /// <summary>Reads a token answer up to <see cref="MaxTokenResponseBytes"/> (null when longer), mapping read failures and timeouts.</summary>
    private static async Task<byte[]?> ReadTokenBodyAsync(HttpResponseMessage response, RegistryAddress registry, RegistryTransport transport, Uri realm, CancellationToken callerToken, CancellationToken token)
    {
        try
        {
            return await RegistryFailureMapper.ReadLimitedAsync(response, MaxTokenResponseBytes, token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or HttpRequestException || (e is OperationCanceledException && !callerToken.IsCancellationRequested))
        {
            var timedOut = e is OperationCanceledException;
            throw new RegistryConnectionException(timedOut ? RegistryFailure.Timeout : RegistryFailure.Unreachable, registry, transport,
                timedOut
                    ? $"The token service of {registry} ({realm.Scheme}://{realm.Authority}) did not send its answer in time."
                    : $"The connection to the token service of {registry} ({realm.Scheme}://{realm.Authority}) broke while reading the token.",
                e);
        }
    }

    private Task<HttpResponseMessage> SendTokenRequestAsync(Uri realm, RegistryTransport transport, string? service, List<string> scopes, RegistryCredential? credential, bool post, CancellationToken cancellationToken)
    {
        HttpRequestMessage request;
        if (post)
        {
            // OAuth2 form: the identity token is a refresh token, exchanged for an access token.
            var form = new List<KeyValuePair<string, string>>
            {
                new("grant_type", "refresh_token"),
                new("refresh_token", credential!.Password),
                new("client_id", ClientId),
            };
            if (service is not null)
            {
                form.Add(new("service", service));
            }

            if (scopes.Count > 0)
            {
                form.Add(new("scope", string.Join(" ", scopes)));
            }

            request = new HttpRequestMessage(HttpMethod.Post, realm) { Content = new FormUrlEncodedContent(form) };
        }
        else
        {
            var query = new StringBuilder(realm.Query.Length > 1 ? realm.Query.Substring(1) : string.Empty);
            if (service is not null)
            {
                Append(query, "service", service);
            }

            foreach (var scope in scopes)
            {
                Append(query, "scope", scope);
            }

            Append(query, "client_id", ClientId);
            var builder = new UriBuilder(realm) { Query = query.ToString() };
            request = new HttpRequestMessage(HttpMethod.Get, builder.Uri);
            if (credential is not null && !credential.IsIdentityToken)
            {
                request.Headers.Authorization = Basic(credential);
            }
        }

        return SendAndDisposeRequestAsync(_http.For(transport), request, cancellationToken);
    }

    private static async Task<HttpResponseMessage> SendAndDisposeRequestAsync(HttpClient client, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using (request)
        {
            return await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
    }

    private static void Append(StringBuilder query, string name, string value)
    {
        if (query.Length > 0)
        {
            query.Append('&');
        }

        query.Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
    }

    /// <summary>
    /// The transport for the token realm. An https realm is verified unless its own host is in InsecureRegistry
    /// (or it is the registry itself on an insecure transport). An http realm is accepted only when the
    /// registry itself is already reached over plain HTTP or the realm's host is in PlainHttpRegistry: the
    /// realm receives the credential, so it must not be less protected than the registry.
    /// </summary>
    private RegistryTransport RealmTransport(RegistryAddress registry, RegistryTransport registryTransport, Uri realm)
    {
        var realmAddress = RegistryEndpoint.AddressOf(realm);
        var sameOrigin = RegistryEndpoint.SameOrigin(realm, RegistryEndpoint.BaseUri(registry, registryTransport));
        if (realm.Scheme == Uri.UriSchemeHttp)
        {
            if (registryTransport == RegistryTransport.PlainHttp || (realmAddress is not null && _options.Transports.TransportFor(realmAddress) == RegistryTransport.PlainHttp))
            {
                return RegistryTransport.PlainHttp;
            }

            throw new RegistryException(RegistryFailure.ProtocolError, registry,
                $"{registry} is reached over HTTPS but its token service {realm.Scheme}://{realm.Authority} uses plain HTTP; " +
                "credentials are not sent there unless that host is listed in PlainHttpRegistry.");
        }

        if (sameOrigin)
        {
            return registryTransport;
        }

        return realmAddress is not null && _options.Transports.TransportFor(realmAddress) == RegistryTransport.HttpsWithoutVerification
            ? RegistryTransport.HttpsWithoutVerification
            : RegistryTransport.Https;
    }
}
