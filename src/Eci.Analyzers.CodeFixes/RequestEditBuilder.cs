using System.Collections.Generic;
using System.Linq;
using Eci.Analyzers.Reading;
using Eci.Analyzers.Reporting;
using Eci.Analyzers.Sdk;
using Eci.ImagePull.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Eci.Analyzers.CodeFixes;

/// <summary>Turns diagnostics into <see cref="RequestEdits"/>, one per request, merging what several diagnostics ask for.</summary>
internal static class RequestEditBuilder
{
    /// <summary>
    /// The diagnostics are read in source order (then by rule, fix and address), never in the order they arrive:
    /// Fix All hands them over in whatever order the host collected them, and the output must not depend on it.
    /// </summary>
    public static IReadOnlyList<RequestEdits> Build(IEnumerable<Diagnostic> diagnostics)
    {
        var byRequest = new Dictionary<TextSpan, RequestEdits>();
        foreach (var diagnostic in diagnostics.OrderBy(d => d, DiagnosticOrder.Instance))
        {
            Add(byRequest, diagnostic);
        }

        return byRequest.Values.OrderBy(r => r.CreationSpan.Start).ThenBy(r => r.CreationSpan.Length).ToList();
    }

    /// <summary>True when the diagnostic carries a fix this provider can apply.</summary>
    public static bool IsFixable(Diagnostic diagnostic) => Fixable(diagnostic) is not null;

    /// <summary>The engine's fix the diagnostic carries; <see cref="FixAction.None"/> when it carries none this fixer can read.</summary>
    public static FixAction Action(Diagnostic diagnostic) => FixDataOf.Read(diagnostic)?.Action ?? FixAction.None;

    private static FixData? Fixable(Diagnostic diagnostic) =>
        FixDataOf.Read(diagnostic) is { Action: not FixAction.None } data && diagnostic.AdditionalLocations.Count > 0 ? data : null;

    private static void Add(Dictionary<TextSpan, RequestEdits> byRequest, Diagnostic diagnostic)
    {
        if (Fixable(diagnostic) is not { } data)
        {
            return;
        }

        var creationSpan = diagnostic.AdditionalLocations[0].SourceSpan;
        if (!byRequest.TryGetValue(creationSpan, out var request))
        {
            request = new RequestEdits(creationSpan, (data.RequestKind ?? RequestKind.CreateContainerGroup).ToString());
            byRequest[creationSpan] = request;
        }

        request.PlainHttp.ValueSpan ??= FixDataOf.Span(diagnostic, data.PlainHttpAt);
        request.Insecure.ValueSpan ??= FixDataOf.Span(diagnostic, data.InsecureAt);
        request.CredentialListSpan ??= FixDataOf.Span(diagnostic, data.CredentialsAt);
        request.CredentialListAbsent |= data.CredentialsAbsent;
        if (ReplacesMemberValue(diagnostic, data, request)
            || AddWithoutAddress(diagnostic, data, request)
            || data.Address is not { } address)
        {
            return;
        }

        switch (data.Action)
        {
            case FixAction.AddToPlainHttpRegistry:
                RequestEdits.AddOnce(request.PlainHttp.Add, address);
                break;
            case FixAction.MoveToPlainHttpRegistry:
                RequestEdits.AddOnce(request.PlainHttp.Add, address);
                RequestEdits.AddOnce(request.Insecure.Remove, address);
                break;
            case FixAction.AddToInsecureRegistry:
                RequestEdits.AddOnce(request.Insecure.Add, address);
                break;
            case FixAction.AddCredential:
                RequestEdits.AddOnce(request.CredentialsToAdd, address);
                break;
            case FixAction.RewriteEntry:
                AddRewrite(request, diagnostic, data, address);
                break;
            case FixAction.ReplaceImageAndAddToPlainHttpRegistry:
                if (data.Replacement is { } image)
                {
                    request.ImagesNeedingPlainHttp[diagnostic.Location.SourceSpan] = image;
                    RequestEdits.AddOnce(request.PlainHttp.Add, address);
                }

                break;
            case FixAction.ReadPasswordAtRunTime:
                request.PasswordLookups[diagnostic.Location.SourceSpan] = address;
                break;
            case FixAction.RemoveEntry:
                if (ListFor(request, data) is { } list)
                {
                    RequestEdits.AddOnce(list.Remove, address);
                }

                break;
        }
    }

    /// <summary>
    /// A value read from a member (<c>Image = Images.Api</c>) is not rewritten where it is used: ECI006's correction
    /// goes into the member's initializer when the analyzer allows it (in this document here; in another one through
    /// <see cref="InitializerCorrection"/>), and every other rewrite of the value, ECI006's http:// strip with its
    /// PlainHttpRegistry entry included, is not offered (it would be this request's choice made for every reader).
    /// Fixes that edit the request itself (lists, credentials) go on as usual. True when the diagnostic is handled.
    /// </summary>
    private static bool ReplacesMemberValue(Diagnostic diagnostic, FixData data, RequestEdits request)
    {
        if (FixDataOf.Span(diagnostic, data.WrittenAt) is not { } written
            || data.Action is not (FixAction.ReplaceValue or FixAction.ReplaceImageAndAddToPlainHttpRegistry or FixAction.RewriteEntry)
            || ListFor(request, data) is not null)
        {
            return false;
        }

        if (InitializerCorrection.IsInThisDocument(diagnostic) && data.Replacement is { } replacement)
        {
            request.LiteralReplacements[written] = replacement;
        }

        return true;
    }

    /// <summary>Fixes that need no registry address: replacing a whole value, turning on an elastic IP.</summary>
    private static bool AddWithoutAddress(Diagnostic diagnostic, FixData data, RequestEdits request)
    {
        switch (data.Action)
        {
            case FixAction.ReplaceValue:
                if (data.Replacement is not { } replacement)
                {
                    return true;
                }

                if (ListFor(request, data) is { } list)
                {
                    list.Normalized ??= replacement; // every ECI005 of one list carries the same canonical value
                }
                else
                {
                    request.LiteralReplacements[diagnostic.Location.SourceSpan] = replacement;
                }

                return true;
            case FixAction.AutoCreateEip:
                request.EnableAutoCreateEip = true;
                request.AutoCreateEipSpan ??= FixDataOf.Span(diagnostic, data.AutoCreateEipAt);
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// The list a list finding is about. Its value expression comes from the additional locations (the diagnostic
    /// itself may sit on one entry inside the literal).
    /// </summary>
    private static ListEdit? ListFor(RequestEdits request, FixData data) => data.Subject switch
    {
        FindingSubject.PlainHttpRegistry => request.PlainHttp,
        FindingSubject.InsecureRegistry => request.Insecure,
        _ => null,
    };

    private static void AddRewrite(RequestEdits request, Diagnostic diagnostic, FixData data, string address)
    {
        switch (data.Subject)
        {
            case FindingSubject.PlainHttpRegistry when data.Entry is { } entry:
                request.PlainHttp.Rewrite[entry] = address;
                break;
            case FindingSubject.InsecureRegistry when data.Entry is { } entry:
                request.Insecure.Rewrite[entry] = address;
                break;
            case FindingSubject.CredentialServer:
                request.LiteralReplacements[diagnostic.Location.SourceSpan] = address;
                break;
        }
    }
}
