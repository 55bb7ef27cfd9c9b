using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Eci.ImagePull.Preflight;
using Eci.ImagePull.Pull;
using Eci.ImagePull.Rules;

namespace Eci.ImagePull;

/// <summary>The network half of <see cref="PullPreflight"/> (the current .NET build only, like <see cref="PullCheck"/>).</summary>
public static partial class PullPreflight
{
    /// <summary>
    /// The pull check of every image of the request with the request's own <c>PlainHttpRegistry</c>,
    /// <c>InsecureRegistry</c>, <c>ImageRegistryCredential</c> and <c>AcrRegistryInfo</c>, exactly as ECI will pull,
    /// and the rules engine on the request, told what the check learned about each registry.
    /// </summary>
    /// <remarks>
    /// UpdateContainerGroup and UpdateImageCache send no registry lists, so their images are checked over HTTPS with
    /// certificate verification, as for a request that lists nothing.
    /// </remarks>
    /// <param name="request">The request (see the class remarks for the accepted shapes).</param>
    /// <param name="options">Pull-check settings; null for defaults.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>One result per image in request order (containers, then init containers) and the findings, each with its request path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="request"/> is not a request, or a value has the wrong type.</exception>
    public static Task<PullCheckReport> CheckAsync(object request, PullCheckOptions? options = null, CancellationToken cancellationToken = default) =>
        CheckAsync(PreflightReader.ReadUntyped(NotNull(request)), options, passwordsAreWritten: false, cancellationToken);

    /// <inheritdoc cref="CheckAsync(object, PullCheckOptions?, CancellationToken)"/>
    public static Task<PullCheckReport> CheckAsync(object request, CancellationToken cancellationToken) =>
        CheckAsync(request, null, cancellationToken);

    /// <inheritdoc cref="CheckAsync(object, PullCheckOptions?, CancellationToken)"/>
    /// <typeparam name="TRequest">The request's type; its properties and element types are kept by the trimmer.</typeparam>
    public static Task<PullCheckReport> CheckAsync<[DynamicallyAccessedMembers(ObjectNode.Preserved)] TRequest>(TRequest request, PullCheckOptions? options = null, CancellationToken cancellationToken = default)
        where TRequest : class =>
        CheckAsync(PreflightReader.Read(typeof(TRequest), NotNull(request)), options, passwordsAreWritten: false, cancellationToken);

    /// <inheritdoc cref="CheckAsync(object, PullCheckOptions?, CancellationToken)"/>
    /// <typeparam name="TRequest">The request's type; its properties and element types are kept by the trimmer.</typeparam>
    public static Task<PullCheckReport> CheckAsync<[DynamicallyAccessedMembers(ObjectNode.Preserved)] TRequest>(TRequest request, CancellationToken cancellationToken)
        where TRequest : class =>
        CheckAsync(request, null, cancellationToken);

    /// <summary>Throws unless every image is pullable and no finding is at warning or error severity.</summary>
    /// <param name="request">The request.</param>
    /// <param name="options">Pull-check settings; null for defaults.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>A task that completes when the request passed.</returns>
    /// <exception cref="PullPreflightException">An image cannot be pulled or a finding blocks; <see cref="PullPreflightException.Report"/> has the whole check.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="request"/> is not a request, or a value has the wrong type.</exception>
    public static Task EnsurePullableAsync(object request, PullCheckOptions? options = null, CancellationToken cancellationToken = default) =>
        EnsurePullableAsync(PreflightReader.ReadUntyped(NotNull(request)), options, cancellationToken);

    /// <inheritdoc cref="EnsurePullableAsync(object, PullCheckOptions?, CancellationToken)"/>
    public static Task EnsurePullableAsync(object request, CancellationToken cancellationToken) =>
        EnsurePullableAsync(request, null, cancellationToken);

    /// <inheritdoc cref="EnsurePullableAsync(object, PullCheckOptions?, CancellationToken)"/>
    /// <typeparam name="TRequest">The request's type; its properties and element types are kept by the trimmer.</typeparam>
    public static Task EnsurePullableAsync<[DynamicallyAccessedMembers(ObjectNode.Preserved)] TRequest>(TRequest request, PullCheckOptions? options = null, CancellationToken cancellationToken = default)
        where TRequest : class =>
        EnsurePullableAsync(PreflightReader.Read(typeof(TRequest), NotNull(request)), options, cancellationToken);

    /// <inheritdoc cref="EnsurePullableAsync(object, PullCheckOptions?, CancellationToken)"/>
    /// <typeparam name="TRequest">The request's type; its properties and element types are kept by the trimmer.</typeparam>
    public static Task EnsurePullableAsync<[DynamicallyAccessedMembers(ObjectNode.Preserved)] TRequest>(TRequest request, CancellationToken cancellationToken)
        where TRequest : class =>
        EnsurePullableAsync(request, null, cancellationToken);

    /// <summary>The check on a request already read.</summary>
    /// <param name="request">The request.</param>
    /// <param name="options">Pull-check settings.</param>
    /// <param name="passwordsAreWritten">True for request files: a password there is a leaked constant (ECI007).</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>The report, with findings that carry request paths.</returns>
    internal static async Task<PullCheckReport> CheckAsync(PreflightRequest request, PullCheckOptions? options, bool passwordsAreWritten, CancellationToken cancellationToken)
    {
        var check = await new PullCheck(options).CheckAsync(ToPullCheckRequest(request), cancellationToken).ConfigureAwait(false);
        var findings = Evaluate(request, Learned(check.Results), passwordsAreWritten);
        for (var i = 0; i < check.Results.Count; i++)
        {
            var path = request.Images[i].Path;
            check.Results[i].Findings = findings.Where(f => f.Subject == FindingSubject.Image && f.Source as string == path).ToList();
        }

        return new PullCheckReport(check.Results, findings);
    }

    /// <summary>Throws unless the report of a request already read passes.</summary>
    internal static async Task EnsurePullableAsync(PreflightRequest request, PullCheckOptions? options, CancellationToken cancellationToken)
    {
        var report = await CheckAsync(request, options, passwordsAreWritten: false, cancellationToken).ConfigureAwait(false);
        if (!report.AllPullable || report.Findings.Any(Blocks))
        {
            throw PullPreflightException.From(request, report);
        }
    }

    /// <summary>The failed images of a report with their request paths, for messages.</summary>
    internal static IEnumerable<(string Path, string Image, string Outcome, string Message)> Failures(PreflightRequest request, PullCheckReport report)
    {
        for (var i = 0; i < report.Results.Count; i++)
        {
            var result = report.Results[i];
            if (!result.IsPullable)
            {
                yield return (request.Images[i].Path, result.Image, result.Outcome.ToString(), result.Message);
            }
        }
    }

    /// <summary>
    /// What ECI will do with the request: its images in order, its lists, and only its own credentials (no fallback to
    /// a Docker config: ECI has none). A credential whose Server is not <c>host[:port]</c> matches no registry in ECI either.
    /// </summary>
    private static PullCheckRequest ToPullCheckRequest(PreflightRequest request)
    {
        var check = new PullCheckRequest { RegionId = request.RegionId };
        if (request.SupportsRegistryLists)
        {
            check.PlainHttpRegistry = request.PlainHttpRegistry?.Text;
            check.InsecureRegistry = request.InsecureRegistry?.Text;
        }

        foreach (var image in request.Images)
        {
            check.Images.Add(image.Text ?? string.Empty);
        }

        foreach (var credential in request.Credentials)
        {
            if (credential.Server is not null && RegistryAddress.TryParse(credential.Server, out _))
            {
                check.AddCredential(credential.Server, credential.UserName ?? string.Empty, credential.Password ?? string.Empty);
            }
        }

        check.AcrRegistryInfo.AddRange(request.AcrRegistryInfo);
        return check;
    }

    /// <summary>
    /// What the check found out about each registry, as the analyzers' settings would say it: plain HTTP, a certificate
    /// that is not trusted, anonymous pulls. The rules then agree with the outcomes (ECI002 next to PlainHttpRequired,
    /// no ECI004 for a registry that served the image without a credential).
    /// </summary>
    private static RegistryKnowledge Learned(IReadOnlyList<PullCheckResult> results)
    {
        var plainHttp = RegistryList.Empty;
        var selfSigned = RegistryList.Empty;
        var anonymous = RegistryList.Empty;
        foreach (var result in results)
        {
            if (result.Registry is not { } registry)
            {
                continue;
            }

            switch (result.Outcome)
            {
                case PullOutcome.PlainHttpRequired:
                    plainHttp = plainHttp.Add(registry);
                    break;
                case PullOutcome.CertificateNotTrusted:
                    selfSigned = selfSigned.Add(registry);
                    break;
                case PullOutcome.Pullable when result.CredentialSource is null:
                    anonymous = anonymous.Add(registry);
                    break;
            }
        }

        return new RegistryKnowledge(plainHttp, selfSigned, anonymous);
    }
}
