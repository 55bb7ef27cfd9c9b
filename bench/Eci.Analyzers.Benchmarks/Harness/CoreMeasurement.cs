using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using Eci.Analyzers.Options;
using Eci.Analyzers.Reading;
using Eci.Analyzers.Sdk;
using Eci.ImagePull.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Eci.Analyzers.Benchmarks.Harness;

/// <summary>
/// The analyzer's per-body work alone (<c>core</c>): the operation blocks of every body that creates a request are
/// collected once (the driver builds their trees), then <see cref="ImagePullSettingsAnalyzer.AnalyzeBlocks"/> runs
/// over all of them, round after round, on one thread with no driver and no other work competing. This is the
/// steady, repeatable figure to optimize against (the driver-hosted figures move ±30 % with machine load); a fresh
/// parse cache per round keeps the cost of parsing each distinct text once, as a real compilation pays it.
/// </summary>
internal static class CoreMeasurement
{
    private const long NoGcBudget = 240L * 1024 * 1024; // a round allocates ~50-90 MB on scenario b

    public static void Run(Scenario scenario, int rounds, TextWriter output)
    {
        var (bodies, provider, types, flow) = Collect(scenario);
        var requests = bodies.Sum(body => BodyIndex.Build(types, flow, body, CancellationToken.None).RequestCreations.Count);
        var cpu = new List<double>();
        var allocated = new List<double>();
        var diagnostics = 0;
        var gcRounds = 0;
        var allowGc = Environment.GetEnvironmentVariable("ECI_BENCH_GC") == "1";
        using var sampler = Environment.GetEnvironmentVariable("ECI_BENCH_ALLOCATIONS") == "1" ? new AllocationSampler() : null;
        for (var round = 0; round <= rounds; round++)
        {
            var count = 0;
            var options = new RegistryKnowledgeOptions(provider);
            Action<Diagnostic> report = _ => count++;
            if (round == 1)
            {
                sampler?.Start();
            }

            // No collection inside the timed loop: on the compiler's heap a gen-0 collection costs milliseconds and lands
            // on whichever round triggers it (±40 % between rounds). The compiler server runs server GC, whose work is
            // on its own threads, so the figure to optimize is the analyzer's code without it; the bytes are reported apart.
            // ECI_BENCH_GC=1 lets collections happen (for profiling: the forced full collections would dominate a profile).
            var noGc = !allowGc && StartNoGcRegion();
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var cpuBefore = CpuTimedAnalyzer.ThreadCpuNanosecondsNow();
            foreach (var body in bodies)
            {
                ImagePullSettingsAnalyzer.AnalyzeBlocks(body, types, flow, options, report, CancellationToken.None);
            }

            var cpuNanoseconds = CpuTimedAnalyzer.ThreadCpuNanosecondsNow() - cpuBefore;
            var bytes = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
            if (noGc && System.Runtime.GCSettings.LatencyMode == System.Runtime.GCLatencyMode.NoGCRegion)
            {
                GC.EndNoGCRegion();
            }
            else
            {
                gcRounds++;
            }
            if (round == 0)
            {
                continue; // warm-up: JIT and tiering
            }

            cpu.Add(cpuNanoseconds / 1000.0 / requests);
            allocated.Add((double)bytes / requests);
            diagnostics = count;
        }

        sampler?.Stop();
        cpu.Sort();
        output.WriteLine(FormattableString.Invariant(
            $"{scenario.Name}: {bodies.Count} bodies, {requests} requests, {diagnostics} diagnostics; per request: CPU {cpu[cpu.Count / 2]:0.00} µs (min {cpu[0]:0.00}, max {cpu[^1]:0.00}), allocated {allocated.Average():0} B; {rounds} rounds, one thread, {(gcRounds == 0 ? "no collection during any round" : gcRounds + " rounds with a collection")}"));
        sampler?.Write(output, 30);
    }

    private static bool StartNoGcRegion()
    {
        GC.Collect();
        return GC.TryStartNoGCRegion(NoGcBudget);
    }

    /// <summary>The operation blocks of every body with a request creation, the options provider and the known types.</summary>
    private static (List<ImmutableArray<IOperation>> Bodies, AnalyzerConfigOptionsProvider Provider, EciKnownTypes Types, RequestFlow Flow) Collect(Scenario scenario)
    {
        var compilation = scenario.NewCompilation();
        var types = EciKnownTypes.TryCreate(compilation) ?? throw new InvalidOperationException("the scenario does not reference the ECI SDK");
        var flow = RequestFlow.For(types, compilation);
        var collector = new BodyCollector();
        compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(collector))
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
        var bodies = collector.Bodies
            .Where(body => BodyIndex.Build(types, flow, body, CancellationToken.None).RequestCreations.Count > 0)
            .OrderBy(body => body[0].Syntax.SyntaxTree.FilePath, StringComparer.Ordinal)
            .ThenBy(body => body[0].Syntax.SpanStart)
            .ToList();
        return (bodies, collector.Provider!, types, flow);
    }

    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class BodyCollector : DiagnosticAnalyzer
    {
        public ConcurrentBag<ImmutableArray<IOperation>> Bodies { get; } = new();

        public AnalyzerConfigOptionsProvider? Provider { get; private set; }

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(new DiagnosticDescriptor("BENCH99", "collector", "collector", "bench", DiagnosticSeverity.Hidden, true));

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterOperationBlockAction(block =>
            {
                Provider ??= block.Options.AnalyzerConfigOptionsProvider;
                Bodies.Add(block.OperationBlocks);
            });
        }
    }
}
