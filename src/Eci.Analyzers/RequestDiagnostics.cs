using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Eci.Analyzers.Model;
using Eci.ImagePull;
using Eci.ImagePull.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Eci.Analyzers;

/// <summary>
/// Turns the engine's findings for one request into diagnostics. What the fixer needs about the request (where its
/// lists and credentials are written, its kind) is the same for every finding, so the additional locations and those
/// properties are built once per request and shared; each diagnostic adds only its own few properties.
/// </summary>
internal sealed class RequestDiagnostics
{
    private static readonly string[] IndexTexts = { "0", "1", "2", "3", "4" };

    private readonly RequestModel _request;
    private IEnumerable<Location>? _additionalLocations;
    private ImmutableDictionary<string, string?>? _requestProperties;

    public RequestDiagnostics(RequestModel request)
    {
        _request = request;
    }

    /// <summary>The diagnostic for <paramref name="finding"/>, or null when it has no rule descriptor or no syntax to sit on.</summary>
    [MethodImpl(HotPath.Optimize)]
    public Diagnostic? Create(PullFinding finding)
    {
        var descriptor = DiagnosticDescriptors.ForRule(finding.RuleId);
        if (descriptor is null || finding.Source is not SyntaxNode node)
        {
            return null;
        }

        if (_requestProperties is null)
        {
            BuildRequestParts();
        }

        // Only properties that have a value: the fixer reads a missing key as null.
        var properties = _requestProperties!.ToBuilder();
        properties[FixProperties.Action] = finding.Fix.ToString();
        properties[FixProperties.Subject] = finding.Subject.ToString();
        AddIfPresent(properties, FixProperties.Address, finding.Address?.ToString());
        AddIfPresent(properties, FixProperties.Entry, finding.EntryText);
        AddIfPresent(properties, FixProperties.Replacement, finding.Replacement);

        var arguments = new object[finding.MessageArguments.Count];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = finding.MessageArguments[i];
        }

        return Diagnostic.Create(descriptor, LocationOf(finding, node), _additionalLocations, properties.ToImmutable(), arguments);
    }

    /// <summary>
    /// AdditionalLocations[0] is the request creation; the value expressions a fix edits follow, each property naming
    /// its index. Boxed once as an <see cref="ImmutableArray{T}"/>, which Diagnostic.Create takes without copying.
    /// </summary>
    [MethodImpl(HotPath.Optimize)]
    private void BuildRequestParts()
    {
        var locations = ImmutableArray.CreateBuilder<Location>(5);
        locations.Add(_request.Creation.Syntax.GetLocation());
        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        properties[FixProperties.RequestKind] = _request.Shape.Kind.ToString();
        if (_request.CredentialListAbsent)
        {
            properties[FixProperties.CredentialsAbsent] = "true";
        }

        AddLocation(locations, properties, FixProperties.PlainHttpAt, _request.PlainHttpValue);
        AddLocation(locations, properties, FixProperties.InsecureAt, _request.InsecureValue);
        AddLocation(locations, properties, FixProperties.CredentialsAt, _request.CredentialListValue);
        AddLocation(locations, properties, FixProperties.AutoCreateEipAt, _request.AutoCreateEipValue);
        _additionalLocations = locations.ToImmutable();
        _requestProperties = properties.ToImmutable();
    }

    /// <summary>
    /// A finding about one entry of a comma-separated list sits on that entry inside the literal, so four bad entries
    /// are four precise squiggles, not four on the same string. Literals with escapes (and non-literals) keep the
    /// whole expression: there the text offsets do not map one to one.
    /// </summary>
    private static Location LocationOf(PullFinding finding, SyntaxNode node)
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

    [MethodImpl(HotPath.Optimize)]
    private static void AddIfPresent(ImmutableDictionary<string, string?>.Builder properties, string key, string? value)
    {
        if (value is not null)
        {
            properties[key] = value;
        }
    }

    [MethodImpl(HotPath.Optimize)]
    private static void AddLocation(ImmutableArray<Location>.Builder locations, ImmutableDictionary<string, string?>.Builder properties, string key, IOperation? operation)
    {
        if (operation is null)
        {
            return;
        }

        properties[key] = IndexTexts[locations.Count]; // at most 4: the creation plus four value expressions
        locations.Add(operation.Syntax.GetLocation());
    }
}
