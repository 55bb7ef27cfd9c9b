using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Eci.Analyzers.Options;
using Eci.Analyzers.Reading;
using Eci.Analyzers.Reporting;
using Eci.Analyzers.Sdk;
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
        DiagnosticDescriptors.InternetEgress,
        DiagnosticDescriptors.Preflight);

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
        var compilation = context.Compilation;
        var flow = RequestFlow.For(types, compilation);
        var callSites = new CallSiteDiagnostics(types, flow, options);
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
            // Calls that pass an image or registry to the application's own methods are judged with the values they pass.
            List<IInvocationOperation>? calls = null;
            List<IInvocationOperation>? handedOn = null;
            var gate = new object();
            blockStart.RegisterOperationAction(
                operation =>
                {
                    var invocation = (IInvocationOperation)operation.Operation;
                    if (types.GetShape(invocation.Type) is not null)
                    {
                        Interlocked.Exchange(ref createsRequest, 1); // a request made by a factory method, completed here
                        if (invocation.Instance is not null && Conversions.Outermost(invocation).Parent is IArgumentOperation)
                        {
                            lock (gate)
                            {
                                (handedOn ??= new List<IInvocationOperation>()).Add(invocation); // `Send(builder.Build())`
                            }
                        }
                    }

                    if (callSites.IsCandidate(invocation))
                    {
                        lock (gate)
                        {
                            (calls ??= new List<IInvocationOperation>()).Add(invocation);
                        }
                    }
                },
                OperationKind.Invocation);
            blockStart.RegisterOperationBlockEndAction(blockEnd =>
            {
                List<IInvocationOperation>? found;
                List<IInvocationOperation>? built;
                lock (gate)
                {
                    found = calls;
                    built = handedOn;
                }

                if (Volatile.Read(ref createsRequest) == 1 || found is not null)
                {
                    AnalyzeBlocks(blockEnd.OperationBlocks, types, flow, options, blockEnd.ReportDiagnostic, blockEnd.CancellationToken, found, callSites, built);
                }
            });
        });
    }

    private static IOperation? BodyContaining(ImmutableArray<IOperation> blocks, IOperation operation)
    {
        foreach (var block in blocks)
        {
            if (block.Syntax.SyntaxTree == operation.Syntax.SyntaxTree && block.Syntax.Span.Contains(operation.Syntax.Span))
            {
                return block;
            }
        }

        return null;
    }

    private static bool AnalyzesGeneratedCode(AnalyzerConfigOptionsProvider provider, ImmutableArray<IOperation> blocks) =>
        !blocks.IsEmpty && GeneratedCodeOption.IsEnabled(provider, blocks[0].Syntax.SyntaxTree);

    /// <summary>The work of one body's block end, apart from the driver's context so the benchmarks can time it alone.</summary>
    internal static void AnalyzeBlocks(
        ImmutableArray<IOperation> blocks,
        EciKnownTypes types,
        RequestFlow flow,
        RegistryKnowledgeOptions options,
        Action<Diagnostic> report,
        CancellationToken cancellationToken,
        IReadOnlyList<IInvocationOperation>? calls = null,
        CallSiteDiagnostics? callSites = null,
        IReadOnlyList<IInvocationOperation>? handedOn = null)
    {
        var index = BodyIndex.Build(types, flow, blocks, cancellationToken);
        var strings = new StringResolver(index, flow.Bodies, cancellationToken);
        var values = new ValueReader(index, strings, cancellationToken, types, flow.Bodies);
        var reader = new RequestReader(types, index, values, flow, cancellationToken);
        foreach (var creation in index.RequestCreations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var knowledge = options.For(creation.Syntax.SyntaxTree);
            var request = reader.Read(creation, knowledge);
            if (request is null)
            {
                continue;
            }

            if (types.HasPreflight && PreflightAdvice.For(request) is { } advice)
            {
                report(advice);
            }

            if (request.IsWrittenElsewhere)
            {
                // Constructors or writer methods elsewhere write into it: reported here, without fixes.
                if (BodyContaining(blocks, creation) is { } creationBody)
                {
                    DetachedFindings.Report(request, creation.Syntax.SyntaxTree, creationBody.Syntax.Span, report);
                }

                continue;
            }

            RequestDiagnostics? diagnostics = null;
            foreach (var finding in PullSettingsRules.Evaluate(request.Settings))
            {
                var diagnostic = (diagnostics ??= new RequestDiagnostics(request, strings.Origins)).Create(finding);
                if (diagnostic is not null)
                {
                    report(diagnostic);
                }
            }
        }

        foreach (var (local, call) in index.FactoryRequests)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var knowledge = options.For(call.Syntax.SyntaxTree);
            var request = FactoryRequests.CreationReturnedBy(call, types, flow.Bodies, cancellationToken) is { } creation
                ? reader.ReadFactoryMade(creation, local, knowledge)
                : flow.Builders.Read(call, cancellationToken) is { } built ? reader.ReadBuilt(built, local, knowledge) : null;
            if (request is not null && BodyContaining(blocks, call) is { } body)
            {
                DetachedFindings.Report(request, call.Syntax.SyntaxTree, body.Syntax.Span, report, strings.Origins);
            }
        }

        if (handedOn is not null)
        {
            // A builder's request handed straight on: `client.CreateContainerGroup(new Builder().WithImage(...).Build())`.
            foreach (var call in handedOn)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (flow.Builders.Read(call, cancellationToken) is { } built
                    && reader.ReadBuiltHandedOn(built, call, options.For(call.Syntax.SyntaxTree)) is { } request
                    && BodyContaining(blocks, call) is { } body)
                {
                    DetachedFindings.Report(request, call.Syntax.SyntaxTree, body.Syntax.Span, report);
                }
            }
        }

        if (calls is not null && callSites is not null)
        {
            foreach (var call in calls)
            {
                cancellationToken.ThrowIfCancellationRequested();
                callSites.Report(call, strings, report, cancellationToken);
            }
        }
    }
}
