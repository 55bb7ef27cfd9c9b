extern alias analyzers;

using Microsoft.CodeAnalysis.Testing;
using Verifier = Eci.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    analyzers::Eci.Analyzers.ImagePullSettingsAnalyzer,
    analyzers::Eci.Analyzers.CodeFixes.ImagePullSettingsCodeFixProvider>;

namespace Eci.Analyzers.Tests;

/// <summary>
/// The verifier for the ECI analyzers and fixes. A class rather than a global alias because the analyzer assemblies
/// are referenced under the extern alias <c>analyzers</c> (they carry their own compiled-in copy of Eci.ImagePull's Core).
/// </summary>
public static class VerifyCS
{
    public static DiagnosticResult Diagnostic(string id) => Verifier.Diagnostic(id);

    public static Task VerifyAnalyzerAsync(string source, string? editorConfig = null, params DiagnosticResult[] expected) =>
        Verifier.VerifyAnalyzerAsync(source, editorConfig, expected);

    public static Task VerifyAllRulesAsync(string source, string? editorConfig = null, params DiagnosticResult[] expected) =>
        Verifier.VerifyAllRulesAsync(source, editorConfig, expected);

    public static Task VerifyCodeFixAsync(string source, string fixedSource, string? editorConfig = null, bool allRules = false) =>
        Verifier.VerifyCodeFixAsync(source, fixedSource, editorConfig, allRules);

    /// <summary>An analyzer-only test to customise (output kind, config files, references).</summary>
    public static Verifier.AnalyzerTest CreateTest() => new();

    /// <summary>A code-fix test to customise.</summary>
    public static Verifier.Test CreateFixTest() => new();
}
