using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace Eci.Analyzers.CodeFixes;

/// <summary>
/// One fix (or Fix All over a document): gather the diagnostics' edits, follow them to where they may be written,
/// rewrite, then let Roslyn add the usings the new code needs, shorten its names and format it.
/// </summary>
internal static class DocumentFix
{
    /// <summary>The document with the edits applied but not yet cleaned up, or null when no edit applies.</summary>
    public static async Task<Document?> RewriteAsync(Document document, IEnumerable<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return null;
        }

        var requests = RequestEditBuilder.Build(diagnostics);
        if (requests.Count == 0)
        {
            return null;
        }

        await FixTargets.ResolveAsync(document, root, model, requests, cancellationToken).ConfigureAwait(false);
        var newRoot = RequestRewriter.Apply(root, model, requests, cancellationToken);
        return newRoot == root ? null : document.WithSyntaxRoot(newRoot);
    }

    /// <summary>
    /// Adds the <c>using</c>s for the qualified names the fix wrote (where the file puts its usings; none that a global
    /// or implicit using already gives), shortens those names, and formats the new code with the file's line ending.
    /// </summary>
    public static async Task<Document> CleanUpAsync(Document document, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var newLine = root is null ? null : FileStyle.Of(root).NewLine;
        document = await ImportAdder.AddImportsAsync(document, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        document = await Simplifier.ReduceAsync(document, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        var options = await document.GetOptionsAsync(cancellationToken).ConfigureAwait(false);
        if (newLine is not null)
        {
            options = options.WithChangedOption(FormattingOptions.NewLine, newLine);
        }

        return await Formatter.FormatAsync(document, Formatter.Annotation, options, cancellationToken).ConfigureAwait(false);
    }

    public static async Task<Document?> FixAsync(Document document, IEnumerable<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var rewritten = await RewriteAsync(document, diagnostics, cancellationToken).ConfigureAwait(false);
        return rewritten is null ? null : await CleanUpAsync(rewritten, cancellationToken).ConfigureAwait(false);
    }
}
