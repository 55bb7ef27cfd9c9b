using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Eci.Analyzers.Tests.Verifiers;

/// <summary>The <c>VerifyCS</c> helpers: markup sources (<c>{|ECI002:...|}</c>), no line and column numbers.</summary>
public static class CSharpCodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    /// <summary>
    /// An expected diagnostic; the fix data the analyzer attaches as additional locations is not part of what tests
    /// assert. Its arguments are the rule catalog's: the origin note the analyzer's messages end with (empty unless
    /// the value comes from a member) is checked with <c>WithMessage</c> where a test is about it.
    /// </summary>
    public static DiagnosticResult Diagnostic(string id)
    {
        var result = CSharpCodeFixVerifier<TAnalyzer, TCodeFix, DefaultVerifier>.Diagnostic(id).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);
        return global::Eci.ImagePull.Rules.RuleCatalog.Find(id) is { } rule ? result.WithMessageFormat(rule.MessageFormat) : result;
    }

    /// <summary>Checks the diagnostics in <paramref name="source"/> (markup) with optional editorconfig lines.</summary>
    public static Task VerifyAnalyzerAsync(string source, string? editorConfig = null, params DiagnosticResult[] expected) =>
        VerifyAnalyzerAsync(source, editorConfig, TestSetup.QuietRules, expected);

    /// <summary>Like <see cref="VerifyAnalyzerAsync(string, string?, DiagnosticResult[])"/> with every rule on, ECI010 and ECI011 included.</summary>
    public static Task VerifyAllRulesAsync(string source, string? editorConfig = null, params DiagnosticResult[] expected) =>
        VerifyAnalyzerAsync(source, editorConfig, TestSetup.AdviceRules, expected);

    private static Task VerifyAnalyzerAsync(string source, string? editorConfig, string[] disabled, DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest { TestCode = source };
        test.DisabledDiagnostics.Clear();
        test.DisabledDiagnostics.AddRange(disabled);
        TestSetup.AddEditorConfig(test.TestState, editorConfig);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    /// <summary>Checks diagnostics, applies fixes one by one and through Fix All, and compares with <paramref name="fixedSource"/>.</summary>
    public static Task VerifyCodeFixAsync(string source, string fixedSource, string? editorConfig = null, bool allRules = false)
    {
        var test = new Test { TestCode = source, FixedCode = fixedSource };
        if (allRules)
        {
            test.DisabledDiagnostics.Clear();
        }

        test.AddEditorConfig(editorConfig);
        return test.RunAsync(CancellationToken.None);
    }

    /// <summary>Diagnostics only.</summary>
    public sealed class AnalyzerTest : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    {
        public AnalyzerTest()
        {
            TestSetup.Configure(this, TestState);
            DisabledDiagnostics.AddRange(TestSetup.QuietRules);
        }

        public void AddEditorConfig(string? lines) => TestSetup.AddEditorConfig(TestState, lines);

        protected override ParseOptions CreateParseOptions() => TestSetup.ParseOptions(base.CreateParseOptions());

        protected override CompilationOptions CreateCompilationOptions() => TestSetup.CompilationOptions(base.CreateCompilationOptions());
    }

    /// <summary>Diagnostics and fixes.</summary>
    public sealed class Test : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    {
        public Test()
        {
            TestSetup.Configure(this, TestState);
            TestSetup.Configure(this, FixedState);
            DisabledDiagnostics.AddRange(TestSetup.QuietRules);
        }

        /// <summary>C# 12 unless a test needs an older language.</summary>
        public LanguageVersion LanguageVersion { get; set; } = LanguageVersion.CSharp12;

        public void AddEditorConfig(string? lines)
        {
            TestSetup.AddEditorConfig(TestState, lines);
            TestSetup.AddEditorConfig(FixedState, lines);
        }

        /// <summary>A source both the test and the fixed state compile with (global usings, a stand-in SDK).</summary>
        public void AddSharedSource(string path, string source)
        {
            TestState.Sources.Add((path, source));
            FixedState.Sources.Add((path, source));
        }

        protected override ParseOptions CreateParseOptions() => ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion);

        protected override CompilationOptions CreateCompilationOptions() => TestSetup.CompilationOptions(base.CreateCompilationOptions());
    }
}

/// <summary>What every test compilation gets: local references, C# 12, nullable off (as most SDK-using code is).</summary>
internal static class TestSetup
{
    /// <summary>
    /// ECI010 (unused entries) and ECI011 (no elastic IP) comment on almost every small test request, and ECI012 (run-time
    /// values without a preflight) on every test of an unknown value; tests about other rules leave them off, and their
    /// own tests (and the whole-catalog tests in RootCauseTests) turn everything on.
    /// </summary>
    public static readonly string[] QuietRules = { "ECI010", "ECI011", "ECI012" };

    /// <summary>
    /// ECI012 is advice about values the other rules cannot see, not a finding of the catalog: the whole-catalog tests
    /// leave it off (its own tests, ECI012PreflightTests, turn it on).
    /// </summary>
    public static readonly string[] AdviceRules = { "ECI012" };

    public static void Configure<TVerifier>(AnalyzerTest<TVerifier> test, SolutionState state)
        where TVerifier : IVerifier, new()
    {
        test.ReferenceAssemblies = TestReferences.None;
        state.AdditionalReferences.AddRange(TestReferences.Runtime);
        state.AdditionalReferences.Add(TestReferences.Sdk);
        state.AdditionalReferences.Add(TestReferences.ImagePull);
    }

    public static void AddEditorConfig(SolutionState state, string? lines)
    {
        if (lines is not null)
        {
            state.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\n" + lines + "\n"));
        }
    }

    public static ParseOptions ParseOptions(ParseOptions options) =>
        ((CSharpParseOptions)options).WithLanguageVersion(LanguageVersion.CSharp12);

    public static CompilationOptions CompilationOptions(CompilationOptions options) =>
        ((CSharpCompilationOptions)options).WithNullableContextOptions(NullableContextOptions.Disable);
}
