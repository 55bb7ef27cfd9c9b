using System;
using Eci.Analyzers.Reading;
using Eci.ImagePull.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Eci.Analyzers.Reporting;

/// <summary>
/// Findings about a request whose creation is in another method (a factory's, a callee's, a builder's) or that other
/// methods write into (writer extensions, a derived request's constructors): only those whose value sits in
/// the code being analyzed are reported, there. Fixes that edit the request are not offered (the request is elsewhere,
/// often shared by other callers); the one unambiguous edit is: a constant image written as a literal right here (a
/// call site's argument) that the engine knows the correction of (ECI006, ECI009) is rewritten in place. A member's
/// value passed here points at the member's initializer too, and only ECI006's correction is made there (see
/// <see cref="WrittenAt"/>).
/// </summary>
internal static class DetachedFindings
{
    private static bool IsLiteral(SyntaxNode node) =>
        node is Microsoft.CodeAnalysis.CSharp.Syntax.LiteralExpressionSyntax literal
        && literal.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.StringLiteralExpression);

    /// <summary>Whether the finding replaces a whole image with the engine's correction (the one in-place fix offered here).</summary>
    private static bool ReplacesImage(PullFinding finding) =>
        finding.Fix == FixAction.ReplaceValue && finding.Subject == FindingSubject.Image && finding.Replacement is not null;

    public static void Report(RequestModel request, SyntaxTree tree, TextSpan within, Action<Diagnostic> report, ValueOrigins? origins = null)
    {
        foreach (var finding in PullSettingsRules.Evaluate(request.Settings))
        {
            if (finding.Source is SyntaxNode node && node.SyntaxTree == tree && within.Contains(node.Span)
                && DiagnosticDescriptors.ForRule(finding.RuleId) is { } descriptor)
            {
                var origin = origins?.Of(node);
                var arguments = DiagnosticDescriptors.Arguments(descriptor, finding.MessageArguments, origin?.Note());
                if (origin is not null)
                {
                    // A member's value passed here (`sandboxes.Create("lab", LabImages.Runner)`): its initializer is the
                    // second location, and ECI006's correction goes there; [0] groups the edit, as for a literal.
                    var correct = WrittenAt.IsCorrectable(finding, origin);
                    var fix = correct
                        ? new FixData(FixAction.ReplaceValue, FindingSubject.Image, replacement: finding.Replacement, writtenAt: 1, correctWritten: true)
                        : new FixData(FixAction.None, finding.Subject, writtenAt: 1);
                    report(Diagnostic.Create(descriptor, node.GetLocation(), new[] { node.GetLocation(), origin.Written.GetLocation() }, fix.ToProperties(), arguments));
                }
                else
                {
                    var location = RequestDiagnostics.LocationOf(finding, node); // an entry of a list literal, as in the request's own body
                    // AdditionalLocations[0] (the literal itself) is what the fixer groups the edit under, in place of a request.
                    report(IsLiteral(node) && ReplacesImage(finding)
                        ? Diagnostic.Create(descriptor, location, new[] { node.GetLocation() }, new FixData(FixAction.ReplaceValue, FindingSubject.Image, replacement: finding.Replacement).ToProperties(), arguments)
                        : Diagnostic.Create(descriptor, location, arguments));
                }
            }
        }
    }
}
