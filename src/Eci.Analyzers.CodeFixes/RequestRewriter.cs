using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Text;

namespace Eci.Analyzers.CodeFixes;

/// <summary>Applies gathered <see cref="RequestEdits"/> to a syntax tree in one pass.</summary>
internal static class RequestRewriter
{
    public static SyntaxNode Apply(SyntaxNode root, IEnumerable<RequestEdits> requests)
    {
        var replacements = new Dictionary<SyntaxNode, System.Func<SyntaxNode, SyntaxNode>>();
        foreach (var request in requests)
        {
            Plan(root, request, replacements);
        }

        if (replacements.Count == 0)
        {
            return root;
        }

        return root.ReplaceNodes(replacements.Keys, (original, rewritten) => replacements[original](rewritten));
    }

    private static void Plan(SyntaxNode root, RequestEdits request, Dictionary<SyntaxNode, System.Func<SyntaxNode, SyntaxNode>> replacements)
    {
        var creation = Find<BaseObjectCreationExpressionSyntax>(root, request.CreationSpan);
        if (creation is null)
        {
            return;
        }

        var newMembers = new List<ExpressionSyntax>();
        PlanList(root, request.PlainHttp, replacements, newMembers);
        PlanList(root, request.Insecure, replacements, newMembers);

        foreach (var rewrite in request.LiteralReplacements)
        {
            if (Find<LiteralExpressionSyntax>(root, rewrite.Key) is { } literal && literal.IsKind(SyntaxKind.StringLiteralExpression))
            {
                var text = rewrite.Value;
                replacements[literal] = node => GeneratedSyntax.String(text).WithTriviaFrom(node);
            }
        }

        foreach (var lookup in request.PasswordLookups)
        {
            if (Find<ExpressionSyntax>(root, lookup.Key) is { } password)
            {
                var address = lookup.Value;
                replacements[password] = node => GeneratedSyntax.CredentialLookup("PasswordFor", address).WithTriviaFrom(node);
            }
        }

        if (request.EnableAutoCreateEip)
        {
            if (request.AutoCreateEipSpan is { } eipSpan)
            {
                if (Find<ExpressionSyntax>(root, eipSpan) is { } existing)
                {
                    replacements[existing] = node => SyntaxFactory.LiteralExpression(SyntaxKind.TrueLiteralExpression).WithTriviaFrom(node);
                }
            }
            else
            {
                newMembers.Add(GeneratedSyntax.Assignment("AutoCreateEip", SyntaxFactory.LiteralExpression(SyntaxKind.TrueLiteralExpression)));
            }
        }

        PlanCredentials(root, request, replacements, newMembers);

        if (newMembers.Count > 0)
        {
            var members = newMembers.ToArray();
            replacements[creation] = node => AddInitializerMembers((BaseObjectCreationExpressionSyntax)node, members);
        }
    }

    private static void PlanList(
        SyntaxNode root, ListEdit edit, Dictionary<SyntaxNode, System.Func<SyntaxNode, SyntaxNode>> replacements, List<ExpressionSyntax> newMembers)
    {
        if (edit.IsEmpty)
        {
            return;
        }

        if (edit.ValueSpan is { } span)
        {
            if (Find<LiteralExpressionSyntax>(root, span) is { } literal && literal.IsKind(SyntaxKind.StringLiteralExpression))
            {
                var updated = RegistryListText.Apply(literal.Token.ValueText, edit);
                replacements[literal] = node => GeneratedSyntax.String(updated).WithTriviaFrom(node);
            }

            return; // a constant defined elsewhere is not ours to rewrite
        }

        if (edit.Add.Count > 0)
        {
            newMembers.Add(GeneratedSyntax.Assignment(edit.PropertyName, GeneratedSyntax.String(RegistryListText.Apply(string.Empty, edit))));
        }
    }

    private static void PlanCredentials(
        SyntaxNode root, RequestEdits request, Dictionary<SyntaxNode, System.Func<SyntaxNode, SyntaxNode>> replacements, List<ExpressionSyntax> newMembers)
    {
        if (request.CredentialsToAdd.Count == 0)
        {
            return;
        }

        var elements = request.CredentialsToAdd.Select(a => (ExpressionSyntax)GeneratedSyntax.CredentialElement(request.RequestKind, a)).ToArray();
        if (request.CredentialListSpan is { } span)
        {
            var list = Find<ExpressionSyntax>(root, span);
            switch (list)
            {
                case ObjectCreationExpressionSyntax creation:
                    replacements[creation] = node => AddCollectionElements((ObjectCreationExpressionSyntax)node, elements);
                    break;
                case CollectionExpressionSyntax collection:
                    replacements[collection] = node => ((CollectionExpressionSyntax)node).AddElements(
                        elements.Select(e => (CollectionElementSyntax)SyntaxFactory.ExpressionElement(e)).ToArray())
                        .WithAdditionalAnnotations(Formatter.Annotation);
                    break;
            }

            return;
        }

        if (request.CredentialListAbsent)
        {
            newMembers.Add(GeneratedSyntax.Assignment("ImageRegistryCredential", GeneratedSyntax.CredentialList(request.RequestKind, elements)));
        }
    }

    private static SyntaxNode AddInitializerMembers(BaseObjectCreationExpressionSyntax creation, ExpressionSyntax[] members)
    {
        if (creation.Initializer is { } initializer)
        {
            return creation.WithInitializer(Append(initializer, members));
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

    private static SyntaxNode AddCollectionElements(ObjectCreationExpressionSyntax list, ExpressionSyntax[] elements)
    {
        var initializer = list.Initializer is { } existing
            ? Append(existing, elements)
            : SyntaxFactory.InitializerExpression(SyntaxKind.CollectionInitializerExpression, SyntaxFactory.SeparatedList(elements))
                .WithAdditionalAnnotations(Formatter.Annotation);
        return list.WithInitializer(initializer);
    }

    /// <summary>Adds expressions at the end, keeping the author's trailing-comma style.</summary>
    private static InitializerExpressionSyntax Append(InitializerExpressionSyntax initializer, ExpressionSyntax[] added)
    {
        var expressions = initializer.Expressions;
        var trailingComma = expressions.Count > 0 && expressions.SeparatorCount == expressions.Count;
        var nodes = new List<SyntaxNodeOrToken>();
        foreach (var item in expressions.GetWithSeparators())
        {
            nodes.Add(item);
        }

        for (var i = 0; i < added.Length; i++)
        {
            if (nodes.Count > 0 && nodes[nodes.Count - 1].IsNode)
            {
                nodes.Add(SyntaxFactory.Token(SyntaxKind.CommaToken));
            }

            nodes.Add(added[i]);
        }

        if (trailingComma)
        {
            nodes.Add(SyntaxFactory.Token(SyntaxKind.CommaToken));
        }

        return initializer.WithExpressions(SyntaxFactory.SeparatedList<ExpressionSyntax>(nodes))
            .WithAdditionalAnnotations(Formatter.Annotation);
    }

    private static T? Find<T>(SyntaxNode root, TextSpan span)
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
