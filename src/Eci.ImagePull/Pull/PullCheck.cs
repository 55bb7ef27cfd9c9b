using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Eci.ImagePull.Registry;
using Eci.ImagePull.Rules;

namespace Eci.ImagePull.Pull;

/// <summary>
/// Proves, before an instance is paid for, that each image of an ECI request can be pulled the way ECI pulls it
/// (transport from <c>PlainHttpRegistry</c>/<c>InsecureRegistry</c>, credentials from
/// <c>ImageRegistryCredential</c>), and names the missing setting when it cannot.
/// </summary>
public sealed class PullCheck
{
    /// <summary>Creates a pull check.</summary>
    /// <param name="options">Settings; null for defaults.</param>
    public PullCheck(PullCheckOptions? options = null)
    {
        Options = options ?? new PullCheckOptions();
    }

    /// <summary>The settings in use.</summary>
    public PullCheckOptions Options { get; }

    /// <summary>Runs the pull-settings rules engine over the request, then contacts each image's registry as ECI would.</summary>
    /// <param name="request">The request's images and pull settings.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>One result per image, in the request's order, and the rules engine's findings.</returns>
    public async Task<PullCheckReport> CheckAsync(PullCheckRequest request, CancellationToken cancellationToken = default)
    {
        if (request is null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        var evaluation = PullSettingsRules.Run(request.ToPullSettings());
        var findings = evaluation.Findings;
        // The engine parsed every image once; the registry contact goes on with that parse (images carry their index).
        var parsed = new ParsedImage?[request.Images.Count];
        foreach (var image in evaluation.Images)
        {
            if (image.Input.Source is int index)
            {
                parsed[index] = image;
            }
        }

        var used = new Dictionary<RegistryAddress, RegistryCredential?>();
        var credentials = new CredentialsOnce(request);
        using var client = new RegistryClient(ClientOptions(new RegistryTransportPolicy(request.PlainHttpRegistry, request.InsecureRegistry), r =>
        {
            var (credential, _) = credentials.For(r);
            lock (used)
            {
                used[r] = credential;
            }

            return credential;
        }));
        // Images are checked concurrently over the one client (one connection pool, one token cache), a bounded
        // number at a time; results keep the request's order. Checked one after another, 50 images cost 50 round
        // trips of latency to a remote registry.
        var results = new PullCheckResult[request.Images.Count];
        using var gate = new SemaphoreSlim(Math.Max(1, Options.MaxConcurrentImages));
        var checks = new List<Task>(results.Length);
        for (var i = 0; i < results.Length; i++)
        {
            checks.Add(CheckInTurnAsync(i));
        }

        await Task.WhenAll(checks).ConfigureAwait(false);
        return new PullCheckReport(results, findings);

        async Task CheckInTurnAsync(int index)
        {
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                var result = await CheckImageAsync(client, credentials, request.Images[index], parsed[index], used, cancellationToken).ConfigureAwait(false);
                result.Findings = findings.Where(f => f.Subject == FindingSubject.Image && f.Source is int source && source == index).ToList();
                results[index] = result;
            }
            finally
            {
                gate.Release();
            }
        }
    }

    private RegistryClientOptions ClientOptions(RegistryTransportPolicy transports, Func<RegistryAddress, RegistryCredential?>? credentials) => new()
    {
        Transports = transports,
        Credentials = credentials,
        Platform = Options.Platform,
        RequestTimeout = Options.RequestTimeout,
        ConnectTimeout = Options.RequestTimeout < TimeSpan.FromSeconds(10) ? Options.RequestTimeout : TimeSpan.FromSeconds(10),
    };

    private async Task<PullCheckResult> CheckImageAsync(RegistryClient client, CredentialsOnce credentials, string text, ParsedImage? image, Dictionary<RegistryAddress, RegistryCredential?> used, CancellationToken cancellationToken)
    {
        // The engine skips an image it cannot see (a null text); the check says of it what it says of an empty one.
        if (image?.Reference is not { } reference)
        {
            var error = image?.Error ?? EmptyImageError();
            return new PullCheckResult(text ?? string.Empty, PullOutcome.InvalidReference, error.Message);
        }

        if (image.Address is not { } registry)
        {
            return new PullCheckResult(text, PullOutcome.InvalidReference, $"The registry part '{reference.Registry}' is not a host[:port] address.") { Reference = reference };
        }

        var transport = client.TransportFor(registry);
        try
        {
            var resolved = await client.ResolveAsync(reference, cancellationToken).ConfigureAwait(false);
            if (resolved.Manifest.Config is { } config && !await client.BlobExistsAsync(resolved.Repository, config.Digest, cancellationToken).ConfigureAwait(false))
            {
                throw new RegistryNotFoundException(registry, $"The config blob {config.Digest} of {reference} is missing on {registry}.");
            }

            var (credential, fromRequest) = credentials.For(registry);
            bool wasUsed;
            lock (used)
            {
                wasUsed = used.TryGetValue(registry, out var sent) && sent is not null; // other images' checks write it concurrently
            }
            var message = $"Pullable over {Describe(transport)} as {resolved.Digest}{(resolved.Platform is null ? string.Empty : " (" + resolved.Platform + " manifest " + resolved.Manifest.Digest + ")")}.";
            if (wasUsed && !fromRequest)
            {
                message += $" It needed the credential from {credential!.Source}; ECI only uses ImageRegistryCredential, so add one with Server '{registry}'.";
            }

            return Result(text, reference, registry, transport, PullOutcome.Pullable, message, r =>
            {
                r.Digest = resolved.Digest;
                r.Platform = resolved.Platform;
                r.CredentialSource = wasUsed ? credential!.Source : null;
            });
        }
        catch (RegistryException e)
        {
            return await ExplainAsync(text, reference, registry, transport, credentials, e, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException)
        {
            // What HttpClient throws for a request a registry's answers made invalid. One registry must not take the
            // other images' verdicts down with it; the exception's own text may quote a header value, so only its type is told.
            return Result(text, reference, registry, transport, PullOutcome.Failed,
                $"The check of {reference} failed: an answer from {registry} led to a request that cannot be sent ({e.GetType().Name}).", null);
        }
    }

    private static ImageReferenceFormatException EmptyImageError()
    {
        ImageReference.TryParse(string.Empty, out _, out var error);
        return error!;
    }

    private async Task<PullCheckResult> ExplainAsync(string text, ImageReference reference, RegistryAddress registry, RegistryTransport transport, CredentialsOnce credentials, RegistryException error, CancellationToken cancellationToken)
    {
        var (credential, _) = credentials.For(registry);
        switch (error.Failure)
        {
            case RegistryFailure.TlsHandshakeFailed:
            {
                var probe = await ProbeAsync(registry, RegistryTransport.PlainHttp, cancellationToken).ConfigureAwait(false);
                if (probe.Ping is not null)
                {
                    var note = transport == RegistryTransport.HttpsWithoutVerification
                        ? " InsecureRegistry only skips certificate verification; it does not allow HTTP."
                        : string.Empty;
                    return Result(text, reference, registry, transport, PullOutcome.PlainHttpRequired,
                        $"{registry} speaks plain HTTP, but ECI pulls over HTTPS unless the registry is listed in PlainHttpRegistry.{note} Add '{registry}' to PlainHttpRegistry.",
                        r => Diagnosed(r, error, $"A diagnostic GET http://{registry}/v2/ was answered ({Access(probe.Ping)}); ECI itself never falls back to HTTP."));
                }

                return Result(text, reference, registry, transport, PullOutcome.Unreachable, error.Message,
                    r => Diagnosed(r, error, probe.Note));
            }

            case RegistryFailure.CertificateNotTrusted when error is RegistryConnectionException { OtherServer: { } other }:
                // InsecureRegistry covers the registry's own endpoint; advising it here would change nothing.
                return Result(text, reference, registry, transport, PullOutcome.CertificateNotTrusted,
                    $"{error.Message} The untrusted certificate is {other}'s (a redirect target or token service of {registry}), not {registry}'s: adding '{registry}' to InsecureRegistry does not help; {other} needs a certificate from a trusted CA.");

            case RegistryFailure.CertificateNotTrusted:
            {
                var probe = await ProbeAsync(registry, RegistryTransport.HttpsWithoutVerification, cancellationToken).ConfigureAwait(false);
                return Result(text, reference, registry, transport, PullOutcome.CertificateNotTrusted,
                    $"{error.Message} Add '{registry}' to InsecureRegistry to pull without certificate verification, or give the registry a certificate from a trusted CA.",
                    r => Diagnosed(r, error, probe.Ping is not null
                        ? $"A diagnostic HTTPS request without certificate verification was answered ({Access(probe.Ping)})."
                        : probe.Note));
            }

            case RegistryFailure.HttpsRequired:
            {
                var probe = await ProbeAsync(registry, RegistryTransport.Https, cancellationToken).ConfigureAwait(false);
                var untrusted = probe.Error?.Failure == RegistryFailure.CertificateNotTrusted;
                var advice = untrusted
                    ? $"Move '{registry}' from PlainHttpRegistry to InsecureRegistry: it speaks HTTPS with a certificate that is not trusted."
                    : $"Remove '{registry}' from PlainHttpRegistry: it speaks HTTPS.";
                return Result(text, reference, registry, transport, PullOutcome.HttpsRequired,
                    $"{registry} is listed in PlainHttpRegistry, but it only speaks HTTPS. {advice}",
                    r => Diagnosed(r, error, probe.Ping is not null
                        ? $"A diagnostic HTTPS request with certificate verification was answered ({Access(probe.Ping)})."
                        : "A diagnostic HTTPS request failed: " + probe.Note));
            }

            case RegistryFailure.AuthenticationRequired:
                return Result(text, reference, registry, transport, PullOutcome.AuthenticationRequired,
                    $"{registry} requires authentication to pull {reference.Repository}: add an ImageRegistryCredential with Server '{registry}'.",
                    r => r.Failure = error.Failure);

            case RegistryFailure.CredentialsRejected:
            case RegistryFailure.AccessDenied:
                return Result(text, reference, registry, transport, PullOutcome.CredentialsRejected,
                    $"{registry} rejected the credential for user '{credential?.UserName}' ({credential?.Source}) when pulling {reference.Repository}: check the UserName and Password of the ImageRegistryCredential for '{registry}' and that this user may pull the repository.",
                    r =>
                    {
                        r.Failure = error.Failure;
                        r.CredentialSource = credential?.Source;
                    });

            case RegistryFailure.NotFound:
            case RegistryFailure.PlatformNotFound:
                var codes = error.Errors.Count == 0 ? string.Empty : " The registry said: " + string.Join("; ", error.Errors.Select(x => x.Code)) + ".";
                return Result(text, reference, registry, transport, PullOutcome.NotFound,
                    error.Failure == RegistryFailure.PlatformNotFound
                        ? error.Message
                        : reference.Digest is { } digest
                            ? $"{reference.Repository}@{digest} was not found on {registry}: the repository or the manifest with that digest does not exist.{codes}"
                            : $"{reference.Repository}:{RegistryClient.ReferenceOf(reference)} was not found on {registry}: the repository or the tag does not exist.{codes}",
                    r => r.Failure = error.Failure);

            case RegistryFailure.Unreachable:
            case RegistryFailure.Timeout:
                return Result(text, reference, registry, transport, PullOutcome.Unreachable,
                    $"{error.Message} ECI needs the same network path: an EIP or NAT gateway for Internet registries, VPC access for private ones.",
                    r => r.Failure = error.Failure);

            default:
                return Result(text, reference, registry, transport, PullOutcome.Failed, error.Message, r => r.Failure = error.Failure);
        }
    }

    private static void Diagnosed(PullCheckResult result, RegistryException error, string? diagnosis)
    {
        result.Failure = error.Failure;
        result.Diagnosis = diagnosis;
    }

    /// <summary>Pings <c>/v2/</c> over another transport, only to explain a failure.</summary>
    private async Task<(RegistryPingResult? Ping, RegistryException? Error, string? Note)> ProbeAsync(RegistryAddress registry, RegistryTransport transport, CancellationToken cancellationToken)
    {
        if (!Options.DiagnoseWithOtherTransports)
        {
            return (null, null, null);
        }

        var policy = transport switch
        {
            RegistryTransport.PlainHttp => new RegistryTransportPolicy(registry.ToString(), null),
            RegistryTransport.HttpsWithoutVerification => new RegistryTransportPolicy(null, registry.ToString()),
            _ => RegistryTransportPolicy.Default,
        };
        using var probe = new RegistryClient(ClientOptions(policy, null));
        try
        {
            return (await probe.PingAsync(registry, cancellationToken).ConfigureAwait(false), null, null);
        }
        catch (RegistryException e)
        {
            return (null, e, $"A diagnostic probe over {Describe(transport)} failed too: {e.Message}");
        }
    }

    private static string Access(RegistryPingResult ping) =>
        ping.IsAnonymous ? "anonymous access allowed" : ping.AuthenticationScheme + " authentication required";

    internal static string Describe(RegistryTransport transport) => transport switch
    {
        RegistryTransport.PlainHttp => "plain HTTP",
        RegistryTransport.HttpsWithoutVerification => "HTTPS without certificate verification",
        _ => "HTTPS",
    };

    private static PullCheckResult Result(string text, ImageReference reference, RegistryAddress registry, RegistryTransport transport, PullOutcome outcome, string message, Action<PullCheckResult>? fill = null)
    {
        var result = new PullCheckResult(text, outcome, message) { Reference = reference, Registry = registry, Transport = transport };
        fill?.Invoke(result);
        return result;
    }
}
