using System;
using System.Net;
using System.Net.Http;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace Eci.ImagePull.Registry;

/// <summary>
/// One pooled <see cref="HttpClient"/> per transport mode, so an unverified TLS handler can never be used for a
/// registry that requires verification. Redirects are never automatic: blob redirects are followed by hand so
/// the registry's Authorization header cannot reach another host.
/// </summary>
internal sealed class RegistryHttpClients : IDisposable
{
    private readonly HttpClient _verified;
    private readonly HttpClient _unverified;

    public RegistryHttpClients(RegistryClientOptions options)
    {
        _verified = Create(options, verifyCertificates: true);
        _unverified = Create(options, verifyCertificates: false);
    }

    /// <summary>
    /// The client for a transport. Plain HTTP uses the verifying client: it never does TLS, and if a redirect
    /// sends it to HTTPS the certificate must be valid.
    /// </summary>
    public HttpClient For(RegistryTransport transport) =>
        transport == RegistryTransport.HttpsWithoutVerification ? _unverified : _verified;

    private static HttpClient Create(RegistryClientOptions options, bool verifyCertificates)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            ConnectTimeout = options.ConnectTimeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            UseCookies = false,
        };
        if (!verifyCertificates)
        {
            // Only registries listed in InsecureRegistry get here: ECI skips verification for exactly those.
            handler.SslOptions.RemoteCertificateValidationCallback = AcceptAnyCertificate;
            // The verdict is fixed, yet the runtime still builds the chain before asking the callback, and on Linux
            // that build downloads missing intermediates from URLs named in the certificate. Here that would only be
            // a wasted wait (up to the runtime's download timeout) and a connection to a host nobody listed. A chain
            // policy replaces the handler's revocation setting, so "no revocation check" is repeated here.
            handler.SslOptions.CertificateChainPolicy = new X509ChainPolicy
            {
                DisableCertificateDownloads = true,
                RevocationMode = X509RevocationMode.NoCheck,
            };
        }

        var client = new HttpClient(handler, disposeHandler: true)
        {
            // Per-call timeouts come from linked cancellation tokens; blobs may take far longer than requests.
            Timeout = System.Threading.Timeout.InfiniteTimeSpan,
        };
        client.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
        return client;
    }

    private static bool AcceptAnyCertificate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors) => true;

    public void Dispose()
    {
        _verified.Dispose();
        _unverified.Dispose();
    }
}
