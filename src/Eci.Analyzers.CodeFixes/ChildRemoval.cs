using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Eci.Analyzers.CodeFixes;

/// <summary>Removes children by index from an initializer, a block or a type, leaving the neighbours' layout as it was.</summary>
internal static class ChildRemoval
{
    public static SyntaxNode Remove(SyntaxNode parent, IEnumerable<int> indices)
    {
        foreach (var index in indices.OrderByDescending(i => i))
        {
            parent = parent switch
            {
                InitializerExpressionSyntax initializer when index < initializer.Expressions.Count => RemoveExpression(initializer, index),
                BlockSyntax block when index < block.Statements.Count => block.WithStatements(block.Statements.RemoveAt(index)),
                TypeDeclarationSyntax type when index < type.Members.Count => type.WithMembers(type.Members.RemoveAt(index)),
                _ => parent,
            };
        }

        return parent;
    }

    private static InitializerExpressionSyntax RemoveExpression(InitializerExpressionSyntax initializer, int index)
    {
        var expressions = initializer.Expressions;
        var removed = expressions[index];
        var last = index == expressions.Count - 1 && expressions.SeparatorCount < expressions.Count;
        var remaining = expressions.RemoveAt(index);
        if (last && index > 0)
        {
            // `a,⏎ b⏎}` loses the comma before b; the line break that ended b now ends a.
            var previous = remaining[index - 1];
            remaining = remaining.Replace(previous, previous.WithTrailingTrivia(removed.GetTrailingTrivia()));
        }

        return initializer.WithExpressions(remaining);
    }
}
