extern alias analyzers;

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Eci.Analyzers.Tests.Robustness;
using Eci.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Eci.Analyzers.Tests.Reach;

/// <summary>
/// Runs the analyzer over several named files and hands back its diagnostics whole (additional locations and properties
/// included, which the markup verifier leaves out), failing on any analyzer exception.
/// </summary>
internal static class MemberOriginRunner
{
    public static async Task<IReadOnlyList<Diagnostic>> RunAsync(IReadOnlyDictionary<string, string>? knowledge, params (string Path, string Source)[] files)
    {
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(f.Source, new CSharpParseOptions(LanguageVersion.CSharp12), f.Path)).ToArray();
        var references = new List<MetadataReference>(TestReferences.Runtime) { TestReferences.ImagePull, TestReferences.Sdk };
        var compilation = CSharpCompilation.Create(
            "App", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        var exceptions = new List<string>();
        var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new DictionaryOptionsProvider(knowledge ?? new Dictionary<string, string>()));
        var withAnalyzers = compilation.WithAnalyzers(
            ImmutableArray.Create<DiagnosticAnalyzer>(new analyzers::Eci.Analyzers.ImagePullSettingsAnalyzer()),
            new CompilationWithAnalyzersOptions(options, (exception, _, _) => exceptions.Add(exception.ToString()), concurrentAnalysis: false, logAnalyzerExecutionTime: false));
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        return diagnostics.Where(d => d.Id != "ECI012" && d.Id != "ECI011").OrderBy(d => d.Location.SourceSpan.Start).ToArray();
    }

    public static string Text(Location location) => location.SourceTree!.GetText().ToString(location.SourceSpan);

    /// <summary>The location the analyzer names as where the value is written, or null.</summary>
    public static Location? Written(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue("EciWrittenAt", out var index) && index is not null
            ? diagnostic.AdditionalLocations[int.Parse(index, System.Globalization.CultureInfo.InvariantCulture)]
            : null;
}
