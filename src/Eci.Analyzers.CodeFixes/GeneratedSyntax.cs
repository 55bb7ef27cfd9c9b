using System.Linq;
using Eci.Analyzers.Sdk;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace Eci.Analyzers.CodeFixes;

/// <summary>The code the fixes write. Types are fully qualified and marked for simplification, so the result reads
/// like hand-written code under the file's usings.</summary>
internal static class GeneratedSyntax
{
    public static LiteralExpressionSyntax String(string text) =>
        SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(text));

    public static AssignmentExpressionSyntax Assignment(string property, ExpressionSyntax value) =>
        SyntaxFactory.AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, SyntaxFactory.IdentifierName(property), value)
            .WithAdditionalAnnotations(Formatter.Annotation);

    public static TypeSyntax CredentialType(string requestKind) => Simplified(EciKnownTypes.CredentialTypeName(requestKind));

    /// <summary>Written qualified and marked for the import adder: a file without <c>using System.Collections.Generic;</c> gets it.</summary>
    public static TypeSyntax CredentialListType(string requestKind) =>
        SyntaxFactory.QualifiedName(
                SyntaxFactory.ParseName("global::System.Collections.Generic"),
                SyntaxFactory.GenericName(SyntaxFactory.Identifier("List"))
                    .WithTypeArgumentList(SyntaxFactory.TypeArgumentList(SyntaxFactory.SingletonSeparatedList(CredentialType(requestKind)))))
            .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);

    /// <summary><c>RegistryCredentials.UserNameFor("a")</c> / <c>PasswordFor("a")</c>.</summary>
    public static ExpressionSyntax CredentialLookup(string method, string address) =>
        SyntaxFactory.InvocationExpression(
            SyntaxFactory.MemberAccessExpression(
                SyntaxKind.SimpleMemberAccessExpression, Simplified("global::Eci.ImagePull.RegistryCredentials"), SyntaxFactory.IdentifierName(method)),
            SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(String(address)))));

    /// <summary>
    /// <c>new XImageRegistryCredential { Server = "a", UserName = RegistryCredentials.UserNameFor("a"), Password = RegistryCredentials.PasswordFor("a") }</c>
    /// (or <c>new() { ... }</c> when <paramref name="targetTyped"/>): the secret is looked up when the app runs
    /// (environment, Docker config, credential helpers), never written into source.
    /// </summary>
    public static BaseObjectCreationExpressionSyntax CredentialElement(string requestKind, string address, bool targetTyped)
    {
        ExpressionSyntax Call(string method) => CredentialLookup(method, address);

        // One member per line: three long assignments on one line would not read like hand-written code.
        var comma = SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.ElasticLineFeed);
        var initializer = SyntaxFactory.InitializerExpression(
            SyntaxKind.ObjectInitializerExpression,
            SyntaxFactory.Token(SyntaxKind.OpenBraceToken).WithTrailingTrivia(SyntaxFactory.ElasticLineFeed),
            SyntaxFactory.SeparatedList<ExpressionSyntax>(
                new ExpressionSyntax[] { Assignment("Server", String(address)), Assignment("UserName", Call("UserNameFor")), Assignment("Password", Call("PasswordFor")) },
                new[] { comma, comma, comma }),
            SyntaxFactory.Token(SyntaxKind.CloseBraceToken));
        BaseObjectCreationExpressionSyntax creation = targetTyped
            ? SyntaxFactory.ImplicitObjectCreationExpression().WithInitializer(initializer)
            : SyntaxFactory.ObjectCreationExpression(CredentialType(requestKind)).WithInitializer(initializer);
        return creation.WithAdditionalAnnotations(Formatter.Annotation);
    }

    /// <summary>
    /// A new credential list: a collection expression in files that write them, <c>new List&lt;T&gt; { ... }</c> otherwise,
    /// its last element followed by a comma when the initializer it goes into has one.
    /// </summary>
    public static ExpressionSyntax CredentialList(string requestKind, ExpressionSyntax[] elements, bool collectionExpression, bool trailingComma)
    {
        if (collectionExpression)
        {
            return SyntaxFactory.CollectionExpression(
                    SyntaxFactory.SeparatedList<CollectionElementSyntax>(elements.Select(SyntaxFactory.ExpressionElement)))
                .WithAdditionalAnnotations(Formatter.Annotation);
        }

        return SyntaxFactory.ObjectCreationExpression(CredentialListType(requestKind))
            .WithInitializer(SyntaxFactory.InitializerExpression(
                SyntaxKind.CollectionInitializerExpression, SyntaxFactory.SeparatedList(elements, Commas(elements.Length, trailingComma))))
            .WithAdditionalAnnotations(Formatter.Annotation);
    }

    private static SyntaxToken[] Commas(int elements, bool trailing) =>
        Enumerable.Repeat(SyntaxFactory.Token(SyntaxKind.CommaToken), trailing ? elements : elements - 1).ToArray();

    private static TypeSyntax Simplified(string name) =>
        SyntaxFactory.ParseTypeName(name).WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);
}
