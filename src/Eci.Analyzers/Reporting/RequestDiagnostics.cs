using System.Collections.Generic;
using System.Collections.Immutable;
using Eci.Analyzers.Reading;
using Eci.ImagePull;
using Eci.ImagePull.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Eci.Analyzers.Reporting;

/// <summary>
/// Turns the engine's findings for one request into diagnostics. What the fixer needs about the request (where its
/// lists and credentials are written, its kind) is the same for every finding, so the additional locations are built
/// once per request; each diagnostic's <see cref="FixData"/> names them by index.
/// </summary>
internal sealed class RequestDiagnostics
{
    /// <summary>The first SDK release whose request models have PlainHttpRegistry and InsecureRegistry.</summary>
    public const string FirstSdkWithRegistryLists = "1.0.3";

    private readonly RequestModel _request;
    private readonly ValueOrigins? _origins;
    private ImmutableArray<Location> _additionalLocations;

    // Where the request's values a fix edits sit among the additional locations (0: not written).
    private int _plainHttpAt;
    private int _insecureAt;
    private int _credentialsAt;
    private int _autoCreateEipAt;

    // One element a Select lambda builds stands for every source element, and a table's use stands for all its entries:
    // the same rule about images or credentials at that one place is one root cause, however many elements it covers
    // and whatever image each message names (`$"registry.corp.example/team/{n}:5"` for two names misses one credential,
    // not two). So a request reports a rule once per place and registry. Made on the second such diagnostic of the
    // request. (Findings about list entries keep theirs: two empty entries of one list are two mistakes reported on the
    // same literal.)
    private HashSet<(string Id, TextSpan Span, string RootCause)>? _reported;
    private (string Id, TextSpan Span, string RootCause)? _first;

    public RequestDiagnostics(RequestModel request, ValueOrigins? origins = null)
    {
        _request = request;
        _origins = origins;
    }

    /// <summary>The diagnostic for <paramref name="finding"/>, or null when it has no rule descriptor or no syntax to sit on.</summary>
    public Diagnostic? Create(PullFinding finding)
    {
        var descriptor = DiagnosticDescriptors.ForRule(finding.RuleId);
        if (descriptor is null || finding.Source is not SyntaxNode node)
        {
            return null;
        }

        if (_additionalLocations.IsDefault)
        {
            BuildRequestParts();
        }

        var origin = _origins?.Of(node);
        var arguments = DiagnosticDescriptors.Arguments(descriptor, finding.MessageArguments, origin?.Note());
        if (MissingMemberNote(finding.RuleId) is { } note)
        {
            arguments[finding.MessageArguments.Count - 1] = note; // the ECI002/ECI003 note slot
        }

        var additionalLocations = _additionalLocations;
        if (origin is not null)
        {
            // The value came from a member: its initializer is one more location (the IDE and SARIF show it), and the
            // one edit that is right for every use of the member (ECI006's correction) may be made there.
            additionalLocations = additionalLocations.Add(origin.Written.GetLocation());
        }

        var fix = new FixData(
            finding.Fix,
            finding.Subject,
            finding.Address?.ToString(),
            finding.EntryText,
            finding.Replacement,
            _request.Shape.Kind,
            _request.CredentialListAbsent,
            _plainHttpAt,
            _insecureAt,
            _credentialsAt,
            _autoCreateEipAt,
            writtenAt: origin is null ? 0 : additionalLocations.Length - 1,
            correctWritten: origin is not null && WrittenAt.IsCorrectable(finding, origin));

        var location = LocationOf(finding, node);
        if (finding.Subject is FindingSubject.Image or FindingSubject.CredentialServer or FindingSubject.CredentialPassword
            && IsRepeated(descriptor.Id, location, RootCause(finding)))
        {
            return null;
        }

        return Diagnostic.Create(descriptor, location, additionalLocations, fix.ToProperties(), arguments);
    }

    /// <summary>
    /// What a repeat of a finding at the same place has in common with it: the registry it is about (a missing credential,
    /// a missing list entry, a loopback or VPC registry); nothing more for a request-wide cause (no elastic IP) or a
    /// finding with no registry (an invalid image: the constant at that place is what is wrong).
    /// </summary>
    private static string RootCause(PullFinding finding) =>
        finding.RuleId == RuleCatalog.InternetEgressId ? string.Empty : finding.Address?.ToString() ?? string.Empty;

    /// <summary>Whether this request already has the same rule at the same place for the same root cause.</summary>
    private bool IsRepeated(string id, Location location, string rootCause)
    {
        var key = (id, location.SourceSpan, rootCause);
        if (_first is null)
        {
            _first = key;
            return false;
        }

        _reported ??= new HashSet<(string, TextSpan, string)> { _first.Value };
        return !_reported.Add(key);
    }

    /// <summary>
    /// SDK 1.0.0-1.0.2 have no PlainHttpRegistry or InsecureRegistry: the pull still fails, but the list cannot be
    /// written, so the message says which SDK version has the member (and the fixer, seeing no member, offers nothing).
    /// </summary>
    private string? MissingMemberNote(string ruleId)
    {
        var member = ruleId switch
        {
            RuleCatalog.PlainHttpId => "PlainHttpRegistry",
            RuleCatalog.SelfSignedId => "InsecureRegistry",
            _ => null,
        };
        if (member is null || HasMember(_request.Shape.RequestType, member))
        {
            return null;
        }

        return " (" + _request.Shape.RequestType.Name + " has no " + member + " in the referenced SDK: it needs AlibabaCloud.SDK.ECI " + FirstSdkWithRegistryLists + " or later)";
    }

    private static bool HasMember(INamedTypeSymbol type, string name)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            if (!current.GetMembers(name).IsEmpty)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// AdditionalLocations[0] is the request creation; the value expressions a fix edits follow, each named by its index
    /// in the fix data. Kept as an <see cref="ImmutableArray{T}"/>, which Diagnostic.Create takes without copying; a
    /// value read from a member adds its initializer after them, for that diagnostic only.
    /// </summary>
    private void BuildRequestParts()
    {
        var locations = ImmutableArray.CreateBuilder<Location>(5);
        locations.Add(_request.Creation.Syntax.GetLocation());
        _plainHttpAt = AddLocation(locations, _request.PlainHttpValue);
        _insecureAt = AddLocation(locations, _request.InsecureValue);
        _credentialsAt = AddLocation(locations, _request.CredentialListValue);
        _autoCreateEipAt = AddLocation(locations, _request.AutoCreateEipValue);
        _additionalLocations = locations.ToImmutable();
    }

    /// <summary>
    /// A finding about one entry of a comma-separated list sits on that entry inside the literal, so four bad entries
    /// are four precise squiggles, not four on the same string. Literals with escapes (and non-literals) keep the
    /// whole expression: there the text offsets do not map one to one.
    /// </summary>
    internal static Location LocationOf(PullFinding finding, SyntaxNode node)
    {
        if (finding.Entry is { } entry
            && node is LiteralExpressionSyntax { Token: var token } literal
            && literal.IsKind(SyntaxKind.StringLiteralExpression)
            && token.Text.Length == token.ValueText.Length + 2
            && token.Text[0] == '"')
        {
            var text = entry.Text;
            var trimmed = text.Trim();
            if (trimmed.Length > 0)
            {
                var start = literal.SpanStart + 1 + entry.Start + text.IndexOf(trimmed, System.StringComparison.Ordinal);
                return Location.Create(node.SyntaxTree, new TextSpan(start, trimmed.Length));
            }
        }

        return node.GetLocation();
    }

    /// <summary>Adds the expression's location and returns its index (1-4: the creation plus four values), or 0 when absent.</summary>
    private static int AddLocation(ImmutableArray<Location>.Builder locations, IOperation? operation)
    {
        if (operation is null)
        {
            return 0;
        }

        locations.Add(operation.Syntax.GetLocation());
        return locations.Count - 1;
    }
}
