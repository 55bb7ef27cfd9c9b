using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Eci.Analyzers.CodeFixes;

/// <summary>
/// Fix All: the document-by-document fix of the requests, then, over its result, ECI006's corrections of member
/// initializers that sit in other documents than their diagnostics (a document-based Fix All cannot reach those).
/// </summary>
internal sealed class InitializerFixAll : FixAllProvider
{
    private readonly FixAllProvider _requests;

    public InitializerFixAll(FixAllProvider requests)
    {
        _requests = requests;
    }

    public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() =>
        new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

    public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
    {
        var requestFix = await _requests.GetFixAsync(fixAllContext).ConfigureAwait(false);
        var corrections = new List<Diagnostic>();
        foreach (var document in DocumentsInScope(fixAllContext))
        {
            foreach (var diagnostic in await fixAllContext.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false))
            {
                if (InitializerCorrection.IsInAnotherDocument(diagnostic)
                    && ImagePullSettingsCodeFixProvider.EquivalenceKey(diagnostic) == fixAllContext.CodeActionEquivalenceKey)
                {
                    corrections.Add(diagnostic);
                }
            }
        }

        if (corrections.Count == 0)
        {
            return requestFix;
        }

        var original = fixAllContext.Solution;
        return CodeAction.Create(
            requestFix?.Title ?? "Fix all",
            async cancellationToken =>
            {
                var solution = original;
                if (requestFix is not null)
                {
                    var operations = await requestFix.GetOperationsAsync(cancellationToken).ConfigureAwait(false);
                    solution = operations.OfType<ApplyChangesOperation>().FirstOrDefault()?.ChangedSolution ?? original;
                }

                return await InitializerCorrection.ApplyAsync(original, solution, corrections, cancellationToken).ConfigureAwait(false) ?? solution;
            },
            fixAllContext.CodeActionEquivalenceKey);
    }

    private static IEnumerable<Document> DocumentsInScope(FixAllContext context) => context.Scope switch
    {
        FixAllScope.Document when context.Document is { } document => new[] { document },
        FixAllScope.Project => context.Project.Documents,
        FixAllScope.Solution => context.Solution.Projects.SelectMany(p => p.Documents),
        _ => Enumerable.Empty<Document>(),
    };
}
