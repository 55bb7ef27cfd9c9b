extern alias analyzers;

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Analyzer = analyzers::Eci.Analyzers.ImagePullSettingsAnalyzer;
using FixProvider = analyzers::Eci.Analyzers.CodeFixes.ImagePullSettingsCodeFixProvider;

namespace Eci.Analyzers.Tests.Verifiers;

/// <summary>How the consumer project is set up: language version, ImplicitUsings, .editorconfig lines, which SDK.</summary>
internal sealed record ConsumerSettings(LanguageVersion Language, bool ImplicitUsings, string? EditorConfig = null, bool Sdk102 = false);

/// <summary>
/// One source file in an in-memory workspace, analysed and fixed the way a host does it: single fixes through the
/// provider's code actions, Fix All through its FixAllProvider with the diagnostics in an order the test chooses.
/// </summary>
internal static class FixWorkspace
{
    /// <summary>What the .NET SDK's ImplicitUsings adds to a console or library project.</summary>
    public const string ImplicitGlobalUsings = """
        global using global::System;
        global using global::System.Collections.Generic;
        global using global::System.IO;
        global using global::System.Linq;
        global using global::System.Net.Http;
        global using global::System.Threading;
        global using global::System.Threading.Tasks;

        """;

    private static readonly FixProvider Provider = new();

    public static Document Create(string source, ConsumerSettings settings)
    {
        var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var references = TestReferences.Runtime.Add(TestReferences.ImagePull);
        if (!settings.Sdk102)
        {
            references = references.Add(TestReferences.Sdk);
        }

        var solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(
            projectId,
            VersionStamp.Default,
            "Consumer",
            "Consumer",
            LanguageNames.CSharp,
            filePath: "/consumer/Consumer.csproj",
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable),
            parseOptions: new CSharpParseOptions(settings.Language),
            metadataReferences: references));
        if (settings.ImplicitUsings)
        {
            solution = solution.AddDocument(DocumentId.CreateNewId(projectId), "Consumer.GlobalUsings.g.cs", ImplicitGlobalUsings, filePath: "/consumer/obj/Consumer.GlobalUsings.g.cs");
        }

        if (settings.Sdk102)
        {
            solution = solution.AddDocument(DocumentId.CreateNewId(projectId), "Sdk102.cs", Sdk102StandIn.Source, filePath: "/consumer/Sdk102.cs");
        }

        if (settings.EditorConfig is { } lines)
        {
            solution = solution.AddAnalyzerConfigDocument(
                DocumentId.CreateNewId(projectId), ".editorconfig", SourceText.From("root = true\n\n[*.cs]\n" + lines + "\n"), filePath: "/consumer/.editorconfig");
        }

        var documentId = DocumentId.CreateNewId(projectId);
        solution = solution.AddDocument(documentId, "App.cs", SourceText.From(source), filePath: "/consumer/App.cs");
        return solution.GetDocument(documentId)!;
    }

    /// <summary>The analyzer's diagnostics in <paramref name="document"/>, of the given rules (all when none given), in source order.</summary>
    public static async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(Document document, params string[] ids)
    {
        var compilation = (await document.Project.GetCompilationAsync())!;
        var tree = (await document.GetSyntaxTreeAsync())!;
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new Analyzer());
        var diagnostics = await compilation.WithAnalyzers(analyzers, document.Project.AnalyzerOptions).GetAnalyzerDiagnosticsAsync();
        return diagnostics
            .Where(d => d.Location.SourceTree == tree && (ids.Length == 0 || ids.Contains(d.Id)))
            .OrderBy(d => d.Location.SourceSpan.Start)
            .ToImmutableArray();
    }

    /// <summary>Compiler errors of the whole project.</summary>
    public static async Task<ImmutableArray<Diagnostic>> ErrorsAsync(Document document)
    {
        var compilation = (await document.Project.GetCompilationAsync())!;
        return compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();
    }

    /// <summary>The first fix offered for <paramref name="diagnostic"/> applied, or null when none is offered.</summary>
    public static async Task<Document?> ApplyFixAsync(Document document, Diagnostic diagnostic)
    {
        var actions = new List<CodeAction>();
        var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
        await Provider.RegisterCodeFixesAsync(context);
        return actions.Count == 0 ? null : await ApplyAsync(actions[0], document);
    }

    /// <summary>Fix All in the document through the provider's FixAllProvider, handed <paramref name="diagnostics"/> in the given order.</summary>
    public static async Task<Document?> FixAllAsync(Document document, IReadOnlyList<Diagnostic> diagnostics)
    {
        if (diagnostics.Count == 0)
        {
            return null;
        }

        var context = new FixAllContext(
            document,
            Provider,
            FixAllScope.Document,
            diagnostics[0].Id,
            diagnostics.Select(d => d.Id).Distinct().ToArray(),
            new FixedDiagnostics(diagnostics),
            CancellationToken.None);
        var action = await Provider.GetFixAllProvider().GetFixAsync(context);
        return action is null ? null : await ApplyAsync(action, document);
    }

    /// <summary>
    /// What <c>dotnet format analyzers</c> does: Fix All one rule at a time, in the order given, until no diagnostic of
    /// those rules is left that a fix changes.
    /// </summary>
    public static async Task<Document> FixAllRulesAsync(Document document, IEnumerable<string> ruleOrder)
    {
        var rules = ruleOrder.ToArray();
        for (var pass = 0; pass < 3; pass++)
        {
            var changed = false;
            foreach (var rule in rules)
            {
                var diagnostics = await DiagnosticsAsync(document, rule);
                if (await FixAllAsync(document, diagnostics) is { } fixedDocument)
                {
                    changed |= (await fixedDocument.GetTextAsync()).ToString() != (await document.GetTextAsync()).ToString();
                    document = fixedDocument;
                }
            }

            if (!changed)
            {
                break;
            }
        }

        return document;
    }

    public static async Task<string> TextAsync(Document document) => (await document.GetTextAsync()).ToString();

    private static async Task<Document> ApplyAsync(CodeAction action, Document document)
    {
        var operations = await action.GetOperationsAsync(CancellationToken.None);
        var apply = operations.OfType<ApplyChangesOperation>().Single();
        return apply.ChangedSolution.GetDocument(document.Id)!;
    }

    private sealed class FixedDiagnostics : FixAllContext.DiagnosticProvider
    {
        private readonly IReadOnlyList<Diagnostic> _diagnostics;

        public FixedDiagnostics(IReadOnlyList<Diagnostic> diagnostics) => _diagnostics = diagnostics;

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(_diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(_diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(Array.Empty<Diagnostic>());
    }
}
