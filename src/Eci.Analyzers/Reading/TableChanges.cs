using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Eci.Analyzers.Reading;

/// <summary>
/// Whether code that can see a readonly table field may change it: assign it, add to, remove from or clear it, or write
/// into its elements (<c>Images["api"] = x</c>, <c>Pinned[0].Image = x</c>, <c>ref Mirrors[0]</c>). Read by name over the
/// syntax, so anything of the same name (a local, another type's member) answers "changed", the silent side.
/// </summary>
/// <remarks>
/// Where to look follows the field's accessibility: a private field can only be named inside its own type (nested types
/// included), so only that type's declarations are read. An internal one can be named by any type of the compilation, so
/// every file that mentions its name is read; the text search keeps that from binding or walking the other files, and
/// the answer is kept for the compilation. With <c>InternalsVisibleTo</c> another assembly may change it as well, so it
/// is treated as public: unknown.
/// </remarks>
internal static class TableChanges
{
    private static readonly string[] Mutators = { "Add", "Remove", "Clear", "Insert", "TryAdd", "AddRange", "RemoveAt", "RemoveAll", "RemoveRange", "Reverse", "Sort", "Fill", "Resize", "Push", "Pop", "Enqueue", "Dequeue", "InsertRange", "SetValue", "CopyTo" };

    /// <summary>Nothing the compilation can see changes <paramref name="field"/> (computed once per compilation).</summary>
    public static bool CannotChange(IFieldSymbol field, SourceBodies bodies, CancellationToken cancellationToken) =>
        bodies.TableCannotChange(field, cancellationToken, Compute);

    private static bool Compute(IFieldSymbol field, SourceBodies bodies, CancellationToken cancellationToken)
    {
        switch (field.DeclaredAccessibility)
        {
            case Accessibility.Private when field.ContainingType is { } type:
                foreach (var declaration in type.DeclaringSyntaxReferences)
                {
                    if (ChangesIn(declaration.GetSyntax(cancellationToken), field.Name, cancellationToken))
                    {
                        return false;
                    }
                }

                return true;
            case Accessibility.Internal when !bodies.InternalsAreVisibleOutside:
                foreach (var tree in bodies.TreesMentioning(field.Name, cancellationToken))
                {
                    if (ChangesIn(tree.GetRoot(cancellationToken), field.Name, cancellationToken))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return false;
        }
    }

    private static bool ChangesIn(SyntaxNode scope, string name, CancellationToken cancellationToken)
    {
        foreach (var node in scope.DescendantNodes())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var changed = node switch
            {
                AssignmentExpressionSyntax assignment => RootsAt(assignment.Left, name),
                PrefixUnaryExpressionSyntax prefix => IsIncrementOrDecrement(prefix.OperatorToken) && RootsAt(prefix.Operand, name),
                PostfixUnaryExpressionSyntax postfix => IsIncrementOrDecrement(postfix.OperatorToken) && RootsAt(postfix.Operand, name),
                ArgumentSyntax { RefKindKeyword.RawKind: not 0 } argument => RootsAt(argument.Expression, name),
                InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: var owner, Name: var method } } =>
                    Array.IndexOf(Mutators, method.Identifier.ValueText) >= 0 && RootsAt(owner, name),
                _ => false,
            };
            if (changed)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsIncrementOrDecrement(SyntaxToken token) =>
        token.IsKind(SyntaxKind.PlusPlusToken) || token.IsKind(SyntaxKind.MinusMinusToken);

    /// <summary>The expression is the field, or reaches into it (<c>Catalog.Images["api"]</c>, <c>Pinned[0].Image</c>).</summary>
    private static bool RootsAt(ExpressionSyntax target, string name)
    {
        for (ExpressionSyntax? current = target; current is not null;)
        {
            switch (current)
            {
                case IdentifierNameSyntax identifier:
                    return identifier.Identifier.ValueText == name;
                case MemberAccessExpressionSyntax member:
                    if (member.Name.Identifier.ValueText == name)
                    {
                        return true;
                    }

                    current = member.Expression;
                    break;
                case ElementAccessExpressionSyntax element:
                    current = element.Expression;
                    break;
                case ParenthesizedExpressionSyntax parenthesized:
                    current = parenthesized.Expression;
                    break;
                case PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression } suppressed:
                    current = suppressed.Operand;
                    break;
                case ConditionalAccessExpressionSyntax conditional:
                    current = conditional.Expression;
                    break;
                default:
                    return false;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="text"/> contains <paramref name="name"/>, read in chunks (no copy of the file).</summary>
    public static bool Contains(SourceText text, string name)
    {
        const int ChunkSize = 4096;
        if (name.Length == 0 || text.Length < name.Length)
        {
            return name.Length == 0;
        }

        var buffer = new char[ChunkSize + name.Length];
        for (var start = 0; start < text.Length; start += ChunkSize)
        {
            // Each chunk overlaps the next by the name's length less one, so a name across the boundary is found.
            var count = Math.Min(buffer.Length, text.Length - start);
            text.CopyTo(start, buffer, 0, count);
            for (var i = 0; i + name.Length <= count; i++)
            {
                if (MatchesAt(buffer, i, name))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool MatchesAt(char[] buffer, int start, string name)
    {
        for (var j = 0; j < name.Length; j++)
        {
            if (buffer[start + j] != name[j])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The trees of <paramref name="trees"/> whose text mentions <paramref name="name"/>.</summary>
    public static List<SyntaxTree> Mentioning(IEnumerable<SyntaxTree> trees, string name, CancellationToken cancellationToken)
    {
        var found = new List<SyntaxTree>();
        foreach (var tree in trees)
        {
            if (Contains(tree.GetText(cancellationToken), name))
            {
                found.Add(tree);
            }
        }

        return found;
    }
}
