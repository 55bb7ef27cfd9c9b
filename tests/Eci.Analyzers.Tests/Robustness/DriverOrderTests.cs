extern alias analyzers;

using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using BodyIndex = analyzers::Eci.Analyzers.Model.BodyIndex;
using EciKnownTypes = analyzers::Eci.Analyzers.Model.EciKnownTypes;

namespace Eci.Analyzers.Tests.Robustness;

/// <summary>
/// The analyzer no longer walks bodies: <see cref="BodyIndex"/> is filled by the driver's operation actions and relies
/// on the driver handing over a block's operations one at a time, on one thread, before the block's end action, in the
/// order <c>DescendantsAndSelf</c> yields them (a local's writes are kept in that order). Over every program of the
/// test corpus and the sample, this checks exactly that, on the Roslyn the tests run with.
/// </summary>
public class DriverOrderTests
{
    [Fact]
    public async Task TheDriverHandsOverEveryRecordedOperationOnceInWalkOrderBeforeTheBlockEnds()
    {
        var bodies = 0;
        var recorded = 0;
        foreach (var source in TestSourceCorpus.All)
        {
            var (_, recorder) = await RecordAsync(source.Text);

            Assert.Empty(recorder.Failures);
            foreach (var (blocks, handedOver) in recorder.Bodies)
            {
                var expected = blocks.SelectMany(block => block.DescendantsAndSelf())
                    .Where(operation => BodyIndex.RecordedKinds.Contains(operation.Kind))
                    .ToList();
                Assert.True(expected.SequenceEqual(handedOver), $"{source.Name}: {blocks[0].Syntax.GetLocation().GetLineSpan()}");
                bodies++;
                recorded += expected.Count;
            }
        }

        // The corpus is the analyzer tests' own sources: hundreds of bodies, most of them creating requests.
        Assert.True(bodies > 100, bodies + " bodies");
        Assert.True(recorded > 300, recorded + " operations");
    }

    [Fact]
    public async Task AnIndexFilledByTheDriverFindsTheRequestsTheWalkFinds()
    {
        var requests = 0;
        foreach (var source in TestSourceCorpus.All)
        {
            var (compilation, recorder) = await RecordAsync(source.Text);
            var types = EciKnownTypes.TryCreate(compilation)!;

            foreach (var (blocks, handedOver) in recorder.Bodies)
            {
                var filled = new BodyIndex(types);
                foreach (var operation in handedOver)
                {
                    filled.Record(operation);
                }

                filled.Complete();

                var walked = BodyIndex.Of(types, blocks);
                Assert.True(walked.RequestCreations.SequenceEqual(filled.RequestCreations), $"{source.Name}: {blocks[0].Syntax.GetLocation().GetLineSpan()}");
                Assert.Equal(walked.CreatesRequest, filled.CreatesRequest);
                requests += filled.RequestCreations.Count;
            }
        }

        Assert.True(requests > 100, requests + " requests");
    }

    private static async Task<(Compilation Compilation, OrderRecorder Recorder)> RecordAsync(string text)
    {
        var tree = CSharpSyntaxTree.ParseText(text, new CSharpParseOptions(LanguageVersion.CSharp12));
        var compilation = CSharpCompilation.Create(
            "Order",
            new[] { tree },
            Verifiers.TestReferences.Runtime.Add(Verifiers.TestReferences.Sdk).Add(Verifiers.TestReferences.ImagePull),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var recorder = new OrderRecorder();
        await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(recorder)).GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        return (compilation, recorder);
    }

    /// <summary>Registers what the ECI analyzer registers and writes down what the driver hands over, and when.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class OrderRecorder : DiagnosticAnalyzer
    {
        public ConcurrentBag<(ImmutableArray<IOperation> Blocks, List<IOperation> HandedOver)> Bodies { get; } = new();

        public ConcurrentBag<string> Failures { get; } = new();

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(new DiagnosticDescriptor("TEST01", "recorder", "recorder", "test", DiagnosticSeverity.Hidden, true));

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze);
            context.EnableConcurrentExecution();
            context.RegisterOperationBlockStartAction(start =>
            {
                var handedOver = new List<IOperation>();
                var thread = Environment.CurrentManagedThreadId;
                var ended = false;
                start.RegisterOperationAction(
                    operation =>
                    {
                        if (ended || Environment.CurrentManagedThreadId != thread)
                        {
                            Failures.Add($"{operation.Operation.Kind} at {operation.Operation.Syntax.GetLocation().GetLineSpan()}: after the block's end or on another thread");
                        }

                        handedOver.Add(operation.Operation);
                    },
                    BodyIndex.RecordedKinds);
                start.RegisterOperationBlockEndAction(end =>
                {
                    ended = true;
                    Bodies.Add((end.OperationBlocks, handedOver));
                });
            });
        }
    }
}
