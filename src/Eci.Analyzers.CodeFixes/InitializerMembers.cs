using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;

namespace Eci.Analyzers.CodeFixes;

/// <summary>Adds members to an object or collection initializer the way its author writes them.</summary>
internal static class InitializerMembers
{
    /// <summary>
    /// The members fixes add, in the order they take at the end of a request's initializer. Each new member goes before
    /// a trailing run of later ones, so applying the fixes one rule at a time, in any order, writes the same code.
    /// </summary>
    private static readonly string[] FixedOrder = { "PlainHttpRegistry", "InsecureRegistry", "AutoCreateEip", "ImageRegistryCredential" };

    public static SyntaxNode Add(BaseObjectCreationExpressionSyntax creation, ExpressionSyntax[] members)
    {
        if (creation.Initializer is { } initializer)
        {
            foreach (var member in members)
            {
                initializer = Insert(initializer, member);
            }

            return creation.WithInitializer(initializer.WithAdditionalAnnotations(Formatter.Annotation));
        }

        var created = SyntaxFactory.InitializerExpression(SyntaxKind.ObjectInitializerExpression, SyntaxFactory.SeparatedList(members))
            .WithAdditionalAnnotations(Formatter.Annotation);
        var withInitializer = creation.WithInitializer(created);
        if (withInitializer is ObjectCreationExpressionSyntax { ArgumentList: { Arguments.Count: 0 } arguments } objectCreation)
        {
            // `new Request() { ... }` reads better as `new Request { ... }`.
            withInitializer = objectCreation.WithArgumentList(null).WithType(objectCreation.Type.WithTrailingTrivia(arguments.GetTrailingTrivia()));
        }

        return withInitializer.WithAdditionalAnnotations(Formatter.Annotation);
    }

    /// <summary>Adds expressions at the end, keeping the author's trailing-comma style.</summary>
    public static InitializerExpressionSyntax Append(InitializerExpressionSyntax initializer, ExpressionSyntax[] added)
    {
        var expressions = initializer.Expressions;
        var trailingComma = expressions.Count > 0 && expressions.SeparatorCount == expressions.Count;
        var nodes = new List<SyntaxNodeOrToken>();
        foreach (var item in expressions.GetWithSeparators())
        {
            nodes.Add(item);
        }

        foreach (var expression in added)
        {
            if (nodes.Count > 0 && nodes[nodes.Count - 1].IsNode)
            {
                // `a⏎}` becomes `a,⏎ b`: the line break that ended a moves after the new comma.
                var last = nodes[nodes.Count - 1].AsNode()!;
                nodes[nodes.Count - 1] = last.WithTrailingTrivia();
                nodes.Add(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(last.GetTrailingTrivia()));
            }

            nodes.Add(expression);
        }

        if (trailingComma)
        {
            nodes.Add(SyntaxFactory.Token(SyntaxKind.CommaToken));
        }

        return initializer.WithExpressions(SyntaxFactory.SeparatedList<ExpressionSyntax>(nodes))
            .WithAdditionalAnnotations(Formatter.Annotation);
    }

    private static InitializerExpressionSyntax Insert(InitializerExpressionSyntax initializer, ExpressionSyntax member)
    {
        var expressions = initializer.Expressions;
        var rank = Rank(member);
        var at = expressions.Count;
        while (at > 0 && Rank(expressions[at - 1]) > rank)
        {
            at--;
        }

        if (at == expressions.Count)
        {
            return Append(initializer, new[] { member });
        }

        // Before an existing member: take its indentation, and end with a comma and a line break of our own.
        var nodes = new List<SyntaxNodeOrToken>();
        var items = expressions.GetWithSeparators();
        for (var i = 0; i < items.Count; i++)
        {
            if (i == 2 * at)
            {
                nodes.Add(member.WithLeadingTrivia(expressions[at].GetLeadingTrivia()));
                nodes.Add(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.ElasticLineFeed));
            }

            nodes.Add(items[i]);
        }

        return initializer.WithExpressions(SyntaxFactory.SeparatedList<ExpressionSyntax>(nodes));
    }

    private static int Rank(ExpressionSyntax member) =>
        member is AssignmentExpressionSyntax { Left: IdentifierNameSyntax name }
            ? System.Array.IndexOf(FixedOrder, name.Identifier.ValueText)
            : -1;
}
