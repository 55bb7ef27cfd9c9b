using System;
using Eci.Analyzers.Model;
using Eci.ImagePull.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Eci.Analyzers;

/// <summary>
/// Findings about a request whose creation is in another method (a factory's, a callee's): only those whose value sits in
/// the code being analyzed are reported, there, and without fix data (the request the fixer would edit is elsewhere,
/// often shared by other callers).
/// </summary>
internal static class DetachedFindings
{
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

                report(Diagnostic.Create(descriptor, node.GetLocation(), arguments));
            }
        }
    }
}
