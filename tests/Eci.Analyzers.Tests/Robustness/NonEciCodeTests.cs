using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Eci.Analyzers.Tests.Robustness;

/// <summary>
/// Large code that never builds an ECI request gets no ECI diagnostic and causes no analyzer exception, whether the
/// project references the SDK (the analyzer is active and walks every body) or not (it registers nothing).
/// </summary>
public class NonEciCodeTests
{
    public static TheoryData<bool> WithAndWithoutSdk() => new() { true, false };

    [Theory]
    [MemberData(nameof(WithAndWithoutSdk))]
    public async Task GeneratedCorpusGetsNoDiagnosticAndNoException(bool withSdk)
    {
        var harness = withSdk ? AnalyzerHarness.WithSdk : AnalyzerHarness.WithoutSdk;

        // One large file (the walk per body must not depend on the file's size) and several ordinary ones.
        var files = NonEciCorpus.Generated(files: 4, classesPerFile: 25).ToList();
        files.Add(("Large.cs", NonEciCorpus.Generated(files: 1, classesPerFile: 250).Single().Text));
        foreach (var (name, text) in files)
        {
            var run = await harness.RunAsync(text, runFixes: false).WaitAsync(TimeSpan.FromMinutes(5));

            AssertClean(name, run);
        }

        Assert.True(files.Sum(f => f.Text.Length) > 1_000_000, "the corpus should be large");

    }

    [Theory]
    [MemberData(nameof(WithAndWithoutSdk))]
    public async Task RepositorySourcesGetNoDiagnosticAndNoException(bool withSdk)
    {
        var harness = withSdk ? AnalyzerHarness.WithSdk : AnalyzerHarness.WithoutSdk;
        var sources = NonEciCorpus.Repository().ToList();

        // One file at a time, without the project's other references: the analyzer judges one body at a time
        // anyway, and the unresolved names (xunit, System.Text.Json) are the kind of broken code it must tolerate.
        foreach (var (name, source) in sources)
        {
            var run = await harness.RunAsync(source, runFixes: false).WaitAsync(TimeSpan.FromMinutes(5));
            AssertClean(name, run);
        }

        Assert.True(sources.Count > 50, "only " + sources.Count + " repository files found");
    }

    [Fact]
    public void GeneratedCorpusCompilesWithoutErrors()
    {
        // So the analyzer sees bound code (object creations, initializers, lambdas), not error-recovery nodes.
        var trees = NonEciCorpus.Generated(files: 2, classesPerFile: 3)
            .Select(file => CSharpSyntaxTree.ParseText(file.Text, new CSharpParseOptions(LanguageVersion.CSharp12)));
        var compilation = CSharpCompilation.Create(
            "Corpus",
            trees,
            Verifiers.TestReferences.Runtime,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable));

        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    private static void AssertClean(string name, HarnessRun run)
    {
        Assert.False(run.Failed, name + ":\n" + run.Describe());
        var eci = run.Diagnostics.Where(d => d.Id.StartsWith("ECI", StringComparison.Ordinal)).ToList();
        Assert.True(eci.Count == 0, name + ": " + string.Join("\n", eci));
    }
}
