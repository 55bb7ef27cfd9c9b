using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FindSymbols;
using Microsoft.CodeAnalysis.Text;

namespace Eci.Analyzers.CodeFixes;

/// <summary>
/// Follows a value the analyzer pointed at to the place a fix may edit: the literal itself, the initializer of a
/// local list, or a <c>const</c> of this file that nothing but this request reads. Anything else (a parameter, a
/// field, a constant of another file or one several places read) gets no target, and so no fix.
/// </summary>
internal static class FixTargets
{
    public static async Task ResolveAsync(
        Document document, SyntaxNode root, SemanticModel model, IReadOnlyList<RequestEdits> requests, CancellationToken cancellationToken)
    {
        foreach (var request in requests)
        {
            request.PlainHttp.Target = await ListAsync(document, root, model, request.PlainHttp.ValueSpan, cancellationToken).ConfigureAwait(false);
            request.Insecure.Target = await ListAsync(document, root, model, request.Insecure.ValueSpan, cancellationToken).ConfigureAwait(false);
            request.CredentialTarget = CredentialList(root, model, request.CredentialListSpan, cancellationToken);
        }
    }

    private static async Task<ListTarget?> ListAsync(
        Document document, SyntaxNode root, SemanticModel model, TextSpan? span, CancellationToken cancellationToken)
    {
        if (span is null || SyntaxSearch.Find<ExpressionSyntax>(root, span.Value) is not { } site)
        {
            return null;
        }

        if (StringLiteral(site) is { } literal)
        {
            return new ListTarget(literal, site, null);
        }

        var symbol = model.GetSymbolInfo(site, cancellationToken).Symbol;
        var isConstant = symbol is ILocalSymbol { IsConst: true } or IFieldSymbol { IsConst: true };
        if (!isConstant
            || DeclaratorInThisFile(symbol!, root, cancellationToken) is not { } declarator
            || StringLiteral(declarator.Initializer?.Value) is not { } constantLiteral)
        {
            return null;
        }

        // A constant another request (or another constant) also reads is not this fix's to change.
        var references = await SymbolFinder.FindReferencesAsync(symbol!, document.Project.Solution, cancellationToken).ConfigureAwait(false);
        var locations = references.SelectMany(r => r.Locations).ToList();
        var onlyHere = locations.Count == 1
            && locations[0].Document.Id == document.Id
            && locations[0].Location.SourceSpan.IntersectsWith(site.Span);
        return onlyHere ? new ListTarget(constantLiteral, site, declarator) : null;
    }

    /// <summary>The credential list creation: written in the request, or the initializer of the local the request reads.</summary>
    private static ExpressionSyntax? CredentialList(SyntaxNode root, SemanticModel model, TextSpan? span, CancellationToken cancellationToken)
    {
        if (span is null || SyntaxSearch.Find<ExpressionSyntax>(root, span.Value) is not { } value)
        {
            return null;
        }

        if (IsListCreation(value))
        {
            return value;
        }

        if (model.GetSymbolInfo(value, cancellationToken).Symbol is ILocalSymbol { IsConst: false } local
            && DeclaratorInThisFile(local, root, cancellationToken)?.Initializer?.Value is { } initial
            && IsListCreation(initial))
        {
            return initial;
        }

        return null;
    }

    private static bool IsListCreation(ExpressionSyntax value) =>
        value is BaseObjectCreationExpressionSyntax or CollectionExpressionSyntax;

    private static VariableDeclaratorSyntax? DeclaratorInThisFile(ISymbol symbol, SyntaxNode root, CancellationToken cancellationToken)
    {
        if (symbol.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        var reference = symbol.DeclaringSyntaxReferences[0];
        return reference.SyntaxTree == root.SyntaxTree ? reference.GetSyntax(cancellationToken) as VariableDeclaratorSyntax : null;
    }

    private static LiteralExpressionSyntax? StringLiteral(ExpressionSyntax? value) =>
        value is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression) ? literal : null;
}
