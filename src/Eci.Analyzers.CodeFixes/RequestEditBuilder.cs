using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Eci.Analyzers.Reporting;
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
    public static bool IsFixable(Diagnostic diagnostic) =>
        Action(diagnostic) != FixAction.None && diagnostic.AdditionalLocations.Count > 0;

    public static FixAction Action(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(FixProperties.Action, out var text)
        && System.Enum.TryParse<FixAction>(text, out var action) ? action : FixAction.None;

    private static void Add(Dictionary<TextSpan, RequestEdits> byRequest, Diagnostic diagnostic)
    {
        if (!IsFixable(diagnostic))
        {
            return;
        }

        var creationSpan = diagnostic.AdditionalLocations[0].SourceSpan;
        if (!byRequest.TryGetValue(creationSpan, out var request))
        {
            diagnostic.Properties.TryGetValue(FixProperties.RequestKind, out var kind);
            request = new RequestEdits(creationSpan, kind ?? "CreateContainerGroup");
            byRequest[creationSpan] = request;
        }

        request.PlainHttp.ValueSpan ??= Span(diagnostic, FixProperties.PlainHttpAt);
        request.Insecure.ValueSpan ??= Span(diagnostic, FixProperties.InsecureAt);
        request.CredentialListSpan ??= Span(diagnostic, FixProperties.CredentialsAt);
        request.CredentialListAbsent |= diagnostic.Properties.TryGetValue(FixProperties.CredentialsAbsent, out var absent) && absent == "true";
        if (ReplacesMemberValue(diagnostic, request)
            || AddWithoutAddress(diagnostic, request)
            || !diagnostic.Properties.TryGetValue(FixProperties.Address, out var address)
            || address is null)
        {
            return;
        }

        switch (Action(diagnostic))
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
                AddRewrite(request, diagnostic, address);
                break;
            case FixAction.ReplaceImageAndAddToPlainHttpRegistry:
                if (diagnostic.Properties.TryGetValue(FixProperties.Replacement, out var image) && image is not null)
                {
                    request.ImagesNeedingPlainHttp[diagnostic.Location.SourceSpan] = image;
                    RequestEdits.AddOnce(request.PlainHttp.Add, address);
                }

                break;
            case FixAction.ReadPasswordAtRunTime:
                request.PasswordLookups[diagnostic.Location.SourceSpan] = address;
                break;
            case FixAction.RemoveEntry:
                if (ListFor(request, diagnostic) is { } list)
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
    private static bool ReplacesMemberValue(Diagnostic diagnostic, RequestEdits request)
    {
        var action = Action(diagnostic);
        if (Span(diagnostic, FixProperties.WrittenAt) is not { } written
            || action is not (FixAction.ReplaceValue or FixAction.ReplaceImageAndAddToPlainHttpRegistry or FixAction.RewriteEntry)
            || ListFor(request, diagnostic) is not null)
        {
            return false;
        }

        if (InitializerCorrection.IsInThisDocument(diagnostic)
            && diagnostic.Properties.TryGetValue(FixProperties.Replacement, out var replacement) && replacement is not null)
        {
            request.LiteralReplacements[written] = replacement;
        }

        return true;
    }

    /// <summary>Fixes that need no registry address: replacing a whole value, turning on an elastic IP.</summary>
    private static bool AddWithoutAddress(Diagnostic diagnostic, RequestEdits request)
    {
        switch (Action(diagnostic))
        {
            case FixAction.ReplaceValue:
                if (ListFor(request, diagnostic) is { } list)
                {
                    list.Normalize = true;
                }
                else if (diagnostic.Properties.TryGetValue(FixProperties.Replacement, out var replacement) && replacement is not null)
                {
                    request.LiteralReplacements[diagnostic.Location.SourceSpan] = replacement;
                }

                return true;
            case FixAction.AutoCreateEip:
                request.EnableAutoCreateEip = true;
                request.AutoCreateEipSpan ??= Span(diagnostic, FixProperties.AutoCreateEipAt);
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// The list a list finding is about. Its value expression comes from the additional locations (the diagnostic
    /// itself may sit on one entry inside the literal).
    /// </summary>
    private static ListEdit? ListFor(RequestEdits request, Diagnostic diagnostic)
    {
        diagnostic.Properties.TryGetValue(FixProperties.Subject, out var subject);
        return subject switch
        {
            nameof(FindingSubject.PlainHttpRegistry) => request.PlainHttp,
            nameof(FindingSubject.InsecureRegistry) => request.Insecure,
            _ => null,
        };
    }

    private static void AddRewrite(RequestEdits request, Diagnostic diagnostic, string address)
    {
        diagnostic.Properties.TryGetValue(FixProperties.Subject, out var subject);
        diagnostic.Properties.TryGetValue(FixProperties.Entry, out var entry);
        var span = diagnostic.Location.SourceSpan;
        switch (subject)
        {
            case nameof(FindingSubject.PlainHttpRegistry) when entry is not null:
                request.PlainHttp.Rewrite[entry] = address;
                break;
            case nameof(FindingSubject.InsecureRegistry) when entry is not null:
                request.Insecure.Rewrite[entry] = address;
                break;
            case nameof(FindingSubject.CredentialServer):
                request.LiteralReplacements[span] = address;
                break;
        }
    }

    private static TextSpan? Span(Diagnostic diagnostic, string key)
    {
        if (diagnostic.Properties.TryGetValue(key, out var text)
            && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && index < diagnostic.AdditionalLocations.Count)
        {
            return diagnostic.AdditionalLocations[index].SourceSpan;
        }

        return null;
    }
}
