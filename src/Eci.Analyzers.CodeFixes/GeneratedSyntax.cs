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
    private const string Models = "global::AlibabaCloud.SDK.Eci20180808.Models.";

    public static LiteralExpressionSyntax String(string text) =>
        SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(text));

    public static AssignmentExpressionSyntax Assignment(string property, ExpressionSyntax value) =>
        SyntaxFactory.AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, SyntaxFactory.IdentifierName(property), value)
            .WithAdditionalAnnotations(Formatter.Annotation);

    public static TypeSyntax CredentialType(string requestKind) =>
        Simplified(Models + requestKind + "Request." + requestKind + "RequestImageRegistryCredential");

    public static TypeSyntax CredentialListType(string requestKind) =>
        SyntaxFactory.GenericName(SyntaxFactory.Identifier("List"))
            .WithTypeArgumentList(SyntaxFactory.TypeArgumentList(SyntaxFactory.SingletonSeparatedList(CredentialType(requestKind))))
            .WithAdditionalAnnotations(Simplifier.Annotation);

    /// <summary>
    /// <c>new XImageRegistryCredential { Server = "a", UserName = RegistryCredentials.UserNameFor("a"), Password = RegistryCredentials.PasswordFor("a") }</c>:
    /// the secret is looked up when the app runs (environment, Docker config, credential helpers), never written into source.
    /// </summary>
    /// <summary><c>RegistryCredentials.UserNameFor("a")</c> / <c>PasswordFor("a")</c>.</summary>
    public static ExpressionSyntax CredentialLookup(string method, string address) =>
        SyntaxFactory.InvocationExpression(
            SyntaxFactory.MemberAccessExpression(
                SyntaxKind.SimpleMemberAccessExpression, Simplified("global::Eci.ImagePull.RegistryCredentials"), SyntaxFactory.IdentifierName(method)),
            SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(String(address)))));

    public static ObjectCreationExpressionSyntax CredentialElement(string requestKind, string address)
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
        return SyntaxFactory.ObjectCreationExpression(CredentialType(requestKind))
            .WithInitializer(initializer)
            .WithAdditionalAnnotations(Formatter.Annotation);
    }

    public static ObjectCreationExpressionSyntax CredentialList(string requestKind, ExpressionSyntax[] elements) =>
        SyntaxFactory.ObjectCreationExpression(CredentialListType(requestKind))
            .WithInitializer(SyntaxFactory.InitializerExpression(
                SyntaxKind.CollectionInitializerExpression, SyntaxFactory.SeparatedList(elements)))
            .WithAdditionalAnnotations(Formatter.Annotation);

    private static TypeSyntax Simplified(string name) =>
        SyntaxFactory.ParseTypeName(name).WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);
}
