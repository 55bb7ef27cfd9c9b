using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Eci.Bench.BaselineAnalyzers;

/// <summary>Shared shape: one never-reported descriptor per baseline, so a globalconfig can switch each one off by ID.</summary>
public abstract class BaselineAnalyzer : DiagnosticAnalyzer
{
    private readonly DiagnosticDescriptor _never;

    protected BaselineAnalyzer(string id) =>
        _never = new DiagnosticDescriptor(id, "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public sealed override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(_never);

    public sealed override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(Register);
    }

    protected abstract void Register(CompilationStartAnalysisContext start);
}

/// <summary>BENCH10: a compilation start action and nothing else (what an analyzer that bails out costs).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EmptyBaseline : BaselineAnalyzer
{
    public EmptyBaseline() : base("BENCH10") { }

    protected override void Register(CompilationStartAnalysisContext start) { }
}

/// <summary>BENCH11: the ECI analyzer's registrations (operation block start, object-creation action, block end), empty.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BlockBaseline : BaselineAnalyzer
{
    public BlockBaseline() : base("BENCH11") { }

    protected override void Register(CompilationStartAnalysisContext start) =>
        start.RegisterOperationBlockStartAction(block =>
        {
            block.RegisterOperationAction(_ => { }, OperationKind.ObjectCreation);
            block.RegisterOperationBlockEndAction(_ => { });
        });
}

/// <summary>BENCH12: one object-creation operation action registered at compilation start, empty.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class OperationBaseline : BaselineAnalyzer
{
    public OperationBaseline() : base("BENCH12") { }

    protected override void Register(CompilationStartAnalysisContext start) =>
        start.RegisterOperationAction(_ => { }, OperationKind.ObjectCreation);
}

/// <summary>BENCH13: one syntax-node action on object creations (no operation trees), empty.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SyntaxBaseline : BaselineAnalyzer
{
    public SyntaxBaseline() : base("BENCH13") { }

    protected override void Register(CompilationStartAnalysisContext start) =>
        start.RegisterSyntaxNodeAction(_ => { }, SyntaxKind.ObjectCreationExpression, SyntaxKind.ImplicitObjectCreationExpression);
}
