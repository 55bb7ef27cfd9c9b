using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Eci.Analyzers.CodeFixes;

/// <summary>Finds the node a diagnostic location names.</summary>
internal static class SyntaxSearch
{
    /// <summary>The node of type <typeparamref name="T"/> whose span is exactly <paramref name="span"/>, or null.</summary>
    public static T? Find<T>(SyntaxNode root, TextSpan span)
        where T : SyntaxNode
    {
        if (!root.FullSpan.Contains(span))
        {
            return null;
        }

        for (SyntaxNode? node = root.FindNode(span, getInnermostNodeForTie: true); node is not null; node = node.Parent)
        {
            if (node is T match && node.Span == span)
            {
                return match;
            }

            if (node.Span.Length > span.Length)
            {
                break;
            }
        }

        return null;
    }
}
