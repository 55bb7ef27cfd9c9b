using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Eci.Analyzers.Reporting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Eci.Analyzers.CodeFixes;

/// <summary>
/// ECI006's correction of an image a member supplied (<c>Image = Images.Api</c>), made in the member's initializer: the
/// string literal the analyzer named in <see cref="FixData.WrittenAt"/>, in whatever document declares it. The
/// analyzer allows it (<see cref="FixData.CorrectWritten"/>) only where the string alone decides the correction,
/// so the edit is right for every reader of the member. Edits in the diagnostic's own document go through
/// <see cref="RequestEditBuilder"/> with the request's other edits; this class makes those in other documents.
/// </summary>
internal static class InitializerCorrection
{
    /// <summary>Where the correction goes, when the diagnostic carries one.</summary>
    public static Location? Target(Diagnostic diagnostic) =>
        FixDataOf.Read(diagnostic) is { CorrectWritten: true, Replacement: not null } data
        && FixDataOf.Location(diagnostic, data.WrittenAt) is { IsInSource: true } location
            ? location
            : null;

    public static bool IsInThisDocument(Diagnostic diagnostic) =>
        Target(diagnostic) is { } target && target.SourceTree == diagnostic.Location.SourceTree;

    public static bool IsInAnotherDocument(Diagnostic diagnostic) =>
        Target(diagnostic) is { } target && target.SourceTree != diagnostic.Location.SourceTree;

    /// <summary>
    /// The solution with the literals of <paramref name="diagnostics"/>' corrections in other documents replaced.
    /// <paramref name="original"/> is the solution the diagnostics were computed on; <paramref name="solution"/> may
    /// already carry other fixes, whose edits move the literals: their spans are mapped through those edits, and a
    /// literal an edit touched is left alone. Null when nothing was replaced.
    /// </summary>
    public static async Task<Solution?> ApplyAsync(Solution original, Solution solution, IEnumerable<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var byDocument = new Dictionary<DocumentId, Dictionary<TextSpan, string>>();
        foreach (var diagnostic in diagnostics)
        {
            if (!IsInAnotherDocument(diagnostic) || Target(diagnostic) is not { SourceTree: { } tree } target
                || original.GetDocumentId(tree) is not { } documentId
                || FixDataOf.Read(diagnostic)?.Replacement is not { } replacement)
            {
                continue;
            }

            if (!byDocument.TryGetValue(documentId, out var corrections))
            {
                corrections = new Dictionary<TextSpan, string>();
                byDocument[documentId] = corrections;
            }

            corrections[target.SourceSpan] = replacement;
        }

        var changed = false;
        foreach (var entry in byDocument.OrderBy(e => e.Key.Id))
        {
            var before = original.GetDocument(entry.Key);
            var after = solution.GetDocument(entry.Key);
            if (before is null || after is null)
            {
                continue;
            }

            var oldText = await before.GetTextAsync(cancellationToken).ConfigureAwait(false);
            var newText = await after.GetTextAsync(cancellationToken).ConfigureAwait(false);
            var edits = newText.GetTextChanges(oldText);
            var root = await after.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                continue;
            }

            var literals = new Dictionary<LiteralExpressionSyntax, string>();
            foreach (var correction in entry.Value)
            {
                if (Moved(correction.Key, edits) is { } span
                    && SyntaxSearch.Find<LiteralExpressionSyntax>(root, span) is { } literal
                    && literal.IsKind(SyntaxKind.StringLiteralExpression))
                {
                    literals[literal] = correction.Value;
                }
            }

            if (literals.Count > 0)
            {
                var newRoot = root.ReplaceNodes(literals.Keys, (node, _) => GeneratedSyntax.String(literals[node]).WithTriviaFrom(node));
                solution = solution.WithDocumentSyntaxRoot(entry.Key, newRoot);
                changed = true;
            }
        }

        return changed ? solution : null;
    }

    /// <summary>The span after <paramref name="edits"/> (made on the original text), or null when one of them touches it.</summary>
    private static TextSpan? Moved(TextSpan span, IEnumerable<TextChange> edits)
    {
        var shift = 0;
        foreach (var edit in edits)
        {
            if (edit.Span.End <= span.Start)
            {
                shift += (edit.NewText?.Length ?? 0) - edit.Span.Length;
            }
            else if (edit.Span.Start < span.End)
            {
                return null;
            }
        }

        return new TextSpan(span.Start + shift, span.Length);
    }
}
