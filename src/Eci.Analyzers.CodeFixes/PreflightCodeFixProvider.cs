using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Eci.ImagePull.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using Eci.Analyzers.Reporting;

namespace Eci.Analyzers.CodeFixes;

/// <summary>
/// ECI012: inserts the run-time check before the send. <c>PullPreflight.ThrowIfInvalid(request);</c> in a synchronous
/// method (offline: every rule on the request's actual values); <c>await PullPreflight.EnsurePullableAsync(request, ...);</c>
/// in an async one (the rules and a real pull check against the registry), with the method's CancellationToken when it
/// has one. The check goes before the statement, of the block that declares the request, that sends it.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PreflightCodeFixProvider))]
[Shared]
public sealed class PreflightCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleCatalog.PreflightId);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (Plan(root, model, diagnostic, context.CancellationToken) is not { } plan)
            {
                continue;
            }

            var title = plan.IsAsync ? "Check the images with PullPreflight.EnsurePullableAsync before sending" : "Check the request with PullPreflight.ThrowIfInvalid before sending";
            context.RegisterCodeFix(
                CodeAction.Create(title, token => ApplyAsync(context.Document, diagnostic, token), equivalenceKey: RuleCatalog.PreflightId + (plan.IsAsync ? ".async" : ".sync")),
                diagnostic);
        }
    }

    private static async Task<Document> ApplyAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null || Plan(root, model, diagnostic, cancellationToken) is not { } plan)
        {
            return document;
        }

        var check = plan.IsAsync ? AsyncCheck(plan) : SyncCheck(plan);
        var statement = SyntaxFactory.ExpressionStatement(check)
            .WithLeadingTrivia(plan.Before.GetLeadingTrivia())
            .WithAdditionalAnnotations(Formatter.Annotation);
        var updated = document.WithSyntaxRoot(root.InsertNodesBefore(plan.Before, new[] { statement }));
        updated = await ImportAdder.AddImportsAsync(updated, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        updated = await Simplifier.ReduceAsync(updated, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        return await Formatter.FormatAsync(updated, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private static ExpressionSyntax SyncCheck(FixPlan plan) =>
        SyntaxFactory.InvocationExpression(Member("ThrowIfInvalid"), Arguments(SyntaxFactory.Argument(SyntaxFactory.IdentifierName(plan.Local))));

    private static ExpressionSyntax AsyncCheck(FixPlan plan)
    {
        var arguments = plan.CancellationToken is { } token
            ? Arguments(
                SyntaxFactory.Argument(SyntaxFactory.IdentifierName(plan.Local)),
                SyntaxFactory.Argument(SyntaxFactory.IdentifierName(token)).WithNameColon(SyntaxFactory.NameColon("cancellationToken")))
            : Arguments(SyntaxFactory.Argument(SyntaxFactory.IdentifierName(plan.Local)));
        return SyntaxFactory.AwaitExpression(SyntaxFactory.InvocationExpression(Member("EnsurePullableAsync"), arguments));
    }

    private static ExpressionSyntax Member(string method) =>
        SyntaxFactory.MemberAccessExpression(
            SyntaxKind.SimpleMemberAccessExpression,
            SyntaxFactory.ParseTypeName("global::Eci.ImagePull.PullPreflight").WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation),
            SyntaxFactory.IdentifierName(method));

    private static ArgumentListSyntax Arguments(params ArgumentSyntax[] arguments) =>
        SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(arguments));

    /// <summary>
    /// Where the check goes and in which form; null when there is no unambiguous place: no local to name, a send in an
    /// expression-bodied member, or an await that the enclosing function cannot have.
    /// </summary>
    private static FixPlan? Plan(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (FixDataOf.Read(diagnostic)?.Local is not { } local
            || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not { } send)
        {
            return null;
        }

        var block = DeclaringBlock(model, send, local, cancellationToken);
        var before = block is null ? null : send.AncestorsAndSelf().OfType<StatementSyntax>().FirstOrDefault(statement => statement.Parent == block);
        if (before is null)
        {
            return null;
        }

        var function = block!.Parent;
        var isAsync = function switch
        {
            MethodDeclarationSyntax method => method.Modifiers.Any(SyntaxKind.AsyncKeyword),
            LocalFunctionStatementSyntax localFunction => localFunction.Modifiers.Any(SyntaxKind.AsyncKeyword),
            AnonymousFunctionExpressionSyntax lambda => lambda.AsyncKeyword.IsKind(SyntaxKind.AsyncKeyword),
            _ => false,
        };

        return new FixPlan(before, local, isAsync, isAsync ? CancellationTokenIn(model, function, cancellationToken) : null);
    }

    /// <summary>The block that declares the request's local, seen from the send.</summary>
    private static BlockSyntax? DeclaringBlock(SemanticModel model, SyntaxNode send, string local, CancellationToken cancellationToken)
    {
        foreach (var symbol in model.LookupSymbols(send.SpanStart, name: local))
        {
            if (symbol is ILocalSymbol { DeclaringSyntaxReferences: { Length: 1 } references })
            {
                return references[0].GetSyntax(cancellationToken).FirstAncestorOrSelf<BlockSyntax>();
            }
        }

        return null;
    }

    private static string? CancellationTokenIn(SemanticModel model, SyntaxNode? function, CancellationToken cancellationToken)
    {
        if (function is null || model.GetDeclaredSymbol(function, cancellationToken) is not IMethodSymbol method)
        {
            return null;
        }

        foreach (var parameter in method.Parameters)
        {
            if (parameter.Type is { Name: "CancellationToken", ContainingNamespace: { Name: "Threading", ContainingNamespace.Name: "System" } })
            {
                return parameter.Name;
            }
        }

        return null;
    }

    private sealed class FixPlan
    {
        public FixPlan(StatementSyntax before, string local, bool isAsync, string? cancellationToken)
        {
            Before = before;
            Local = local;
            IsAsync = isAsync;
            CancellationToken = cancellationToken;
        }

        public StatementSyntax Before { get; }

        public string Local { get; }

        public bool IsAsync { get; }

        public string? CancellationToken { get; }
    }
}
