using System;
using System.Threading;
using System.Threading.Tasks;
using Eci.ImagePull;
using Eci.ImagePull.Registry;

namespace Eci.Pull.Tool;

/// <summary>What one registry speaks and whether it lets anonymous users pull.</summary>
internal sealed record ProbeResult(
    string Argument,
    RegistryAddress? Registry,
    RegistryTransport? Transport,
    bool? Anonymous,
    string Summary,
    string? Error);

/// <summary>
/// Finds how a registry must be configured in ECI: tries HTTPS with verification, then (only after a
/// certificate failure) HTTPS without verification, then (only after a TLS handshake failure) plain HTTP.
/// </summary>
internal static class RegistryProbe
{
    public static async Task<ProbeResult> RunAsync(string argument, TimeSpan timeout, CancellationToken cancellationToken)
    {
        RegistryAddress? registry;
        ImageReference? image = null;
        if (!RegistryAddress.TryParse(argument, out registry))
        {
            if (!ImageReference.TryParse(argument, out image) || (registry = image.RegistryAddress) is null)
            {
                return new ProbeResult(argument, null, null, null, "not a registry address (host[:port]) or image reference", "invalid argument");
            }
        }

        var attempt = await PingAsync(registry, RegistryTransport.Https, timeout, cancellationToken).ConfigureAwait(false);
        if (attempt.Error?.Failure == RegistryFailure.CertificateNotTrusted)
        {
            attempt = await PingAsync(registry, RegistryTransport.HttpsWithoutVerification, timeout, cancellationToken).ConfigureAwait(false);
        }
        else if (attempt.Error?.Failure is RegistryFailure.TlsHandshakeFailed)
        {
            attempt = await PingAsync(registry, RegistryTransport.PlainHttp, timeout, cancellationToken).ConfigureAwait(false);
        }

        if (attempt.Ping is not { } ping)
        {
            return new ProbeResult(argument, registry, null, null, "unreachable", attempt.Error!.Message);
        }

        bool? anonymous = ping.IsAnonymous ? true : ping.AuthenticationScheme == "Basic" ? false : null;
        var anonymousNote = anonymous switch
        {
            true => "anonymous pulls allowed",
            false => "credentials required (Basic)",
            _ => "token authentication; anonymous pulls depend on the repository (probe an image to test one)",
        };
        if (image is not null)
        {
            anonymous = await CanPullAnonymouslyAsync(registry, ping.Transport, image, timeout, cancellationToken).ConfigureAwait(false);
            anonymousNote = anonymous == true ? $"anonymous pulls of {image.Repository} allowed" : $"credentials required for {image.Repository}";
        }

        var speaks = ping.Transport switch
        {
            RegistryTransport.PlainHttp => "plain HTTP (ECI needs it in PlainHttpRegistry)",
            RegistryTransport.HttpsWithoutVerification => "HTTPS with an untrusted certificate (ECI needs it in InsecureRegistry)",
            _ => "HTTPS with a trusted certificate (no setting needed)",
        };
        return new ProbeResult(argument, registry, ping.Transport, anonymous, speaks + "; " + anonymousNote, null);
    }

    private static async Task<(RegistryPingResult? Ping, RegistryException? Error)> PingAsync(RegistryAddress registry, RegistryTransport transport, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var client = new RegistryClient(Options(registry, transport, timeout));
        try
        {
            return (await client.PingAsync(registry, cancellationToken).ConfigureAwait(false), null);
        }
        catch (RegistryException e)
        {
            return (null, e);
        }
    }

    private static async Task<bool> CanPullAnonymouslyAsync(RegistryAddress registry, RegistryTransport transport, ImageReference image, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var client = new RegistryClient(Options(registry, transport, timeout));
        try
        {
            await client.HeadManifestAsync(image, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RegistryException e) when (e.Failure is RegistryFailure.AuthenticationRequired or RegistryFailure.AccessDenied or RegistryFailure.NotFound)
        {
            // NotFound counts as "no": registries often hide private repositories from anonymous users as unknown.
            return false;
        }
    }

    private static RegistryClientOptions Options(RegistryAddress registry, RegistryTransport transport, TimeSpan timeout) => new()
    {
        Transports = transport switch
        {
            RegistryTransport.PlainHttp => new RegistryTransportPolicy(registry.ToString(), null),
            RegistryTransport.HttpsWithoutVerification => new RegistryTransportPolicy(null, registry.ToString()),
            _ => RegistryTransportPolicy.Default,
        },
        RequestTimeout = timeout,
        ConnectTimeout = timeout,
    };
}
