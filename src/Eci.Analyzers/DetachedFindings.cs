using System;
using Eci.Analyzers.Model;
using Eci.ImagePull.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Eci.Analyzers;

/// <summary>
/// Findings about a request whose creation is in another method (a factory's, a callee's, a builder's) or that other
/// methods write into (writer extensions, a derived request's constructors): only those whose value sits in
/// the code being analyzed are reported, there. Fixes that edit the request are not offered (the request is elsewhere,
/// often shared by other callers); the one unambiguous edit is: a constant image written as a literal right here (a
/// call site's argument) that the engine knows the correction of (ECI006, ECI009) is rewritten in place.
/// </summary>
internal static class DetachedFindings
{
    /// <summary>The fix data for replacing an image literal where it stands, or null when the finding has no such fix.</summary>
    private static System.Collections.Immutable.ImmutableDictionary<string, string?>? InPlaceFix(PullFinding finding, SyntaxNode node)
    {
        if (finding.Fix != FixAction.ReplaceValue || finding.Subject != FindingSubject.Image || finding.Replacement is null
            || node is not Microsoft.CodeAnalysis.CSharp.Syntax.LiteralExpressionSyntax literal
            || !literal.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.StringLiteralExpression))
        {
            return null;
        }

        // AdditionalLocations[0] (the literal itself) is what the fixer groups the edit under, in place of a request.
        return System.Collections.Immutable.ImmutableDictionary<string, string?>.Empty
            .Add(FixProperties.Action, nameof(FixAction.ReplaceValue))
            .Add(FixProperties.Subject, nameof(FindingSubject.Image))
            .Add(FixProperties.Replacement, finding.Replacement);
    }

    public static void Report(RequestModel request, SyntaxTree tree, TextSpan within, Action<Diagnostic> report)
    {
        foreach (var finding in PullSettingsRules.Evaluate(request.Settings))
        {
            if (finding.Source is SyntaxNode node && node.SyntaxTree == tree && within.Contains(node.Span)
                && DiagnosticDescriptors.ForRule(finding.RuleId) is { } descriptor)
            {
                var arguments = new object[finding.MessageArguments.Count];
                for (var i = 0; i < arguments.Length; i++)
                {
                    arguments[i] = finding.MessageArguments[i];
                }

                var location = RequestDiagnostics.LocationOf(finding, node); // an entry of a list literal, as in the request's own body
                report(InPlaceFix(finding, node) is { } properties
                    ? Diagnostic.Create(descriptor, location, new[] { node.GetLocation() }, properties, arguments)
                    : Diagnostic.Create(descriptor, location, arguments));
            }
        }
    }
}
