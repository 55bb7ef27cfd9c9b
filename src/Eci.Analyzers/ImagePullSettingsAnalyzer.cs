using System;
using System.Collections.Immutable;
using System.Threading;
using Eci.Analyzers.Model;
using Eci.Analyzers.Options;
using Eci.ImagePull;
using Eci.ImagePull.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Eci.Analyzers;

/// <summary>
/// Reports the image-pull settings of ECI requests that make the pull fail or leak a secret (ECI001-ECI011).
/// One analyzer serves every rule because they share one reading of the request and one engine evaluation
/// (the engine's rules depend on each other's verdicts: "one root cause, one diagnostic").
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ImagePullSettingsAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.PortMismatch,
        DiagnosticDescriptors.PlainHttp,
        DiagnosticDescriptors.SelfSigned,
        DiagnosticDescriptors.MissingCredential,
        DiagnosticDescriptors.MalformedAddress,
        DiagnosticDescriptors.InvalidImage,
        DiagnosticDescriptors.HardCodedPassword,
        DiagnosticDescriptors.LoopbackRegistry,
        DiagnosticDescriptors.VpcRegion,
        DiagnosticDescriptors.DeadEntry,
        DiagnosticDescriptors.InternetEgress);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        // Generated code is visited so that eci.analyze_generated_code can turn it on; by default a generated body
        // is dropped where its block starts, before anything is collected (see GeneratedCodeOption).
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        // Gate: without the SDK's request types there is nothing to analyze and nothing is registered.
        var types = EciKnownTypes.TryCreate(context.Compilation);
        if (types is null)
        {
            return;
        }

        var options = new RegistryKnowledgeOptions(context.Options.AnalyzerConfigOptionsProvider);
        var provider = context.Options.AnalyzerConfigOptionsProvider;
        context.RegisterOperationBlockStartAction(blockStart =>
        {
            if (blockStart.IsGeneratedCode && !AnalyzesGeneratedCode(provider, blockStart.OperationBlocks))
            {
                return;
            }

            // Only bodies that create a request are walked; the walk (which collects the creations itself) happens once
            // per body, at its end. Here a flag is all that is needed.
            var createsRequest = 0;
            blockStart.RegisterOperationAction(
                operation =>
                {
                    if (types.GetShape(operation.Operation.Type) is not null)
                    {
                        Interlocked.Exchange(ref createsRequest, 1);
                    }
                },
                OperationKind.ObjectCreation);
            blockStart.RegisterOperationBlockEndAction(blockEnd =>
            {
                if (Volatile.Read(ref createsRequest) == 1)
                {
                    AnalyzeBody(blockEnd, types, options);
                }
            });
        });
    }

    private static bool AnalyzesGeneratedCode(AnalyzerConfigOptionsProvider provider, ImmutableArray<IOperation> blocks) =>
        !blocks.IsEmpty && GeneratedCodeOption.IsEnabled(provider, blocks[0].Syntax.SyntaxTree);

    private static void AnalyzeBody(
        OperationBlockAnalysisContext context, EciKnownTypes types, RegistryKnowledgeOptions options) =>
        AnalyzeBlocks(context.OperationBlocks, types, options, context.ReportDiagnostic, context.CancellationToken);

    /// <summary>The work of one body's block end, apart from the driver's context so the benchmarks can time it alone.</summary>
    internal static void AnalyzeBlocks(
        ImmutableArray<IOperation> blocks,
        EciKnownTypes types,
        RegistryKnowledgeOptions options,
        Action<Diagnostic> report,
        CancellationToken cancellationToken)
    {
        var index = BodyIndex.Build(types, blocks, cancellationToken);
        var values = new ValueReader(index, cancellationToken);
        var reader = new RequestReader(types, index, values);
        foreach (var creation in index.RequestCreations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var knowledge = options.For(creation.Syntax.SyntaxTree);
            var request = reader.Read(creation, knowledge);
            if (request is null)
            {
                continue;
            }

            RequestDiagnostics? diagnostics = null;
            foreach (var finding in PullSettingsRules.Evaluate(request.Settings))
            {
                var diagnostic = (diagnostics ??= new RequestDiagnostics(request)).Create(finding);
                if (diagnostic is not null)
                {
                    report(diagnostic);
                }
            }
        }
    }
}
