extern alias analyzers;

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Eci.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Eci.Analyzers.Tests.Robustness;

/// <summary>
/// Runs the ECI analyzer, and optionally every code fix it offers plus Fix All, over one source text the way a host
/// does, and records every exception instead of letting the first one end the test. Built for many runs: the project
/// (references, options) is created once, and each run only swaps the document text, so the workspace derives the
/// new compilation from the previous one instead of binding the references again.
/// </summary>
internal sealed class AnalyzerHarness
{
    /// <summary>What the analyzers know about registries in every run, so that the corpus triggers every rule.</summary>
    public static readonly IReadOnlyDictionary<string, string> RegistryKnowledge = new Dictionary<string, string>
    {
        ["eci.plain_http_registries"] = "harbor.lab.local, 192.168.1.10:5000",
        ["eci.insecure_registries"] = "registry.corp.example:8443",
        ["eci.anonymous_registries"] = "harbor.lab.local:80, 192.168.1.10:5000, 192.168.1.10:80, registry.corp.example:8443",
    };

    private static readonly analyzers::Eci.Analyzers.ImagePullSettingsAnalyzer Analyzer = new();
    private static readonly analyzers::Eci.Analyzers.CodeFixes.ImagePullSettingsCodeFixProvider Fixer = new();
    private static readonly object CreationLock = new();
    private static AnalyzerHarness? _withSdk;
    private static AnalyzerHarness? _withoutSdk;

    private readonly AdhocWorkspace _workspace;
    private readonly DocumentId _documentId;
    private Solution _solution;

    private AnalyzerHarness(bool withSdk)
    {
        _workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        _documentId = DocumentId.CreateNewId(projectId);
        var references = new List<MetadataReference>(TestReferences.Runtime) { TestReferences.ImagePull };
        if (withSdk)
        {
            references.Add(TestReferences.Sdk);
        }

        // Every ECI rule at warning, ECI011 (hidden by default) included: the more the analyzer reports, the more
        // fixes run. Nullable off as in the other analyzer tests.
        var severities = Enumerable.Range(1, 11).ToDictionary(n => "ECI" + n.ToString("000"), _ => ReportDiagnostic.Warn);
        var compilationOptions = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable)
            .WithSpecificDiagnosticOptions(severities);
        var parseOptions = new CSharpParseOptions(LanguageVersion.CSharp12);
        _solution = _workspace.CurrentSolution
            .AddProject(ProjectInfo.Create(projectId, VersionStamp.Default, "Robust", "Robust", LanguageNames.CSharp,
                compilationOptions: compilationOptions, parseOptions: parseOptions, metadataReferences: references))
            .AddDocument(_documentId, "Test.cs", SourceText.From(string.Empty), filePath: "/src/Test.cs");
    }

    /// <summary>A harness whose compilations reference the SDK stand-in (the analyzer is active).</summary>
    public static AnalyzerHarness WithSdk => Shared(ref _withSdk, withSdk: true);

    /// <summary>A harness without the SDK: the analyzer must register nothing and cost nothing.</summary>
    public static AnalyzerHarness WithoutSdk => Shared(ref _withoutSdk, withSdk: false);

    /// <summary>
    /// Analyzes <paramref name="source"/>; when <paramref name="runFixes"/> is set, also computes every code fix the
    /// provider registers for each fixable diagnostic (their operations, so formatting and simplification run too)
    /// and Fix All in the document for each equivalence key. Exceptions are collected, never thrown, except the
    /// <see cref="OperationCanceledException"/> of a cancelled <paramref name="cancellationToken"/>.
    /// </summary>
    public Task<HarnessRun> RunAsync(string source, bool runFixes, CancellationToken cancellationToken = default) =>
        RunAsync(source, runFixes, new DictionaryOptionsProvider(RegistryKnowledge), cancellationToken);

    public async Task<HarnessRun> RunAsync(string source, bool runFixes, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
    {
        var document = NextDocument(source);
        var compilation = (await document.Project.GetCompilationAsync(cancellationToken).ConfigureAwait(false))!;
        var run = new HarnessRun();
        var analyzerOptions = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, options);
        var withAnalyzers = compilation.WithAnalyzers(
            ImmutableArray.Create<DiagnosticAnalyzer>(Analyzer),
            new CompilationWithAnalyzersOptions(
                analyzerOptions,
                onAnalyzerException: (exception, _, _) => run.AddAnalyzerException(exception),
                concurrentAnalysis: false,
                logAnalyzerExecutionTime: false));
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Id == "AD0001")
            {
                run.AddAnalyzerException(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                run.Diagnostics.Add(diagnostic);
            }
        }

        if (runFixes)
        {
            await RunFixesAsync(document, run, cancellationToken).ConfigureAwait(false);
        }

        return run;
    }

    private static AnalyzerHarness Shared(ref AnalyzerHarness? field, bool withSdk)
    {
        lock (CreationLock)
        {
            return field ??= new AnalyzerHarness(withSdk);
        }
    }

    /// <summary>
    /// The next run's document. Runs of one harness are serialised by the caller's loop; the lock only keeps two
    /// tests that share a harness from interleaving their solution updates.
    /// </summary>
    private Document NextDocument(string source)
    {
        lock (_workspace)
        {
            _solution = _solution.WithDocumentText(_documentId, SourceText.From(source));
            return _solution.GetDocument(_documentId)!;
        }
    }

    private static async Task RunFixesAsync(Document document, HarnessRun run, CancellationToken cancellationToken)
    {
        var fixable = run.Diagnostics.Where(d => Fixer.FixableDiagnosticIds.Contains(d.Id)).ToArray();
        var keys = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var diagnostic in fixable)
        {
            var actions = new List<CodeAction>();
            try
            {
                var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), cancellationToken);
                await Fixer.RegisterCodeFixesAsync(context).ConfigureAwait(false);
                foreach (var action in actions)
                {
                    await ApplyAsync(action, cancellationToken).ConfigureAwait(false);
                    if (action.EquivalenceKey is { } key)
                    {
                        (keys.TryGetValue(key, out var ids) ? ids : keys[key] = new HashSet<string>()).Add(diagnostic.Id);
                    }
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                run.AddFixerException("fix of " + diagnostic, exception);
            }
        }

        foreach (var pair in keys)
        {
            try
            {
                var context = new FixAllContext(
                    document, Fixer, FixAllScope.Document, pair.Key, pair.Value, new FixedDiagnostics(fixable), cancellationToken);
                var fixAll = await Fixer.GetFixAllProvider().GetFixAsync(context).ConfigureAwait(false);
                if (fixAll is not null)
                {
                    await ApplyAsync(fixAll, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                run.AddFixerException("Fix All " + pair.Key, exception);
            }
        }
    }

    /// <summary>Computes the action's operations (this runs the simplifier and formatter on the fixed document) and reads the result.</summary>
    private static async Task ApplyAsync(CodeAction action, CancellationToken cancellationToken)
    {
        foreach (var operation in await action.GetOperationsAsync(cancellationToken).ConfigureAwait(false))
        {
            if (operation is ApplyChangesOperation apply)
            {
                foreach (var changed in apply.ChangedSolution.Projects.SelectMany(p => p.Documents))
                {
                    _ = await changed.GetTextAsync(cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }

    /// <summary>Fix All gets the diagnostics the analyzer reported for the document.</summary>
    private sealed class FixedDiagnostics : FixAllContext.DiagnosticProvider
    {
        private readonly IReadOnlyList<Diagnostic> _diagnostics;

        public FixedDiagnostics(IReadOnlyList<Diagnostic> diagnostics)
        {
            _diagnostics = diagnostics;
        }

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(_diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(Array.Empty<Diagnostic>());

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(_diagnostics);
    }
}

/// <summary>The outcome of one harness run.</summary>
internal sealed class HarnessRun
{
    public List<Diagnostic> Diagnostics { get; } = new();

    /// <summary>AD0001 messages and exceptions the driver reported through <c>onAnalyzerException</c>.</summary>
    public List<string> AnalyzerExceptions { get; } = new();

    public List<string> FixerExceptions { get; } = new();

    public bool Failed => AnalyzerExceptions.Count > 0 || FixerExceptions.Count > 0;

    public void AddAnalyzerException(Exception exception)
    {
        lock (AnalyzerExceptions)
        {
            AnalyzerExceptions.Add(exception.ToString());
        }
    }

    public void AddAnalyzerException(string message)
    {
        lock (AnalyzerExceptions)
        {
            AnalyzerExceptions.Add(message);
        }
    }

    public void AddFixerException(string what, Exception exception) => FixerExceptions.Add(what + ": " + exception);

    public string Describe() => string.Join("\n", AnalyzerExceptions.Concat(FixerExceptions));
}
