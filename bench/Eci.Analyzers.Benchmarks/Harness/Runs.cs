using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Eci.Analyzers.Benchmarks.Harness;

/// <summary>One compilation run in a given mode, timed, with what it allocated and what it reported.</summary>
internal static class Runs
{
    public static readonly DiagnosticAnalyzer Eci = new ImagePullSettingsAnalyzer();
    // The do-nothing baselines are the ones the real builds load (bench/BaselineAnalyzers), so both measure the same thing.
    public static readonly DiagnosticAnalyzer Empty = new Eci.Bench.BaselineAnalyzers.EmptyBaseline();
    public static readonly DiagnosticAnalyzer OperationBaseline = new Eci.Bench.BaselineAnalyzers.BlockBaseline();
    public static readonly DiagnosticAnalyzer OperationOnlyBaseline = new Eci.Bench.BaselineAnalyzers.OperationBaseline();

    /// <summary>
    /// Wall time, CPU time of the whole process (robust when other processes compete for the cores), bytes allocated,
    /// ECI diagnostics, and with <c>logAnalyzerTime</c> the analyzer's own time: the driver's telemetry (wall) and
    /// the CPU time of its own code and of the driver inside its ReportDiagnostic calls (<see cref="CpuTimedAnalyzer"/>).
    /// </summary>
    public readonly record struct Result(double Milliseconds, double CpuMilliseconds, long AllocatedBytes, int EciDiagnostics, double AnalyzerMilliseconds, double AnalyzerCpuMilliseconds, double ReportingCpuMilliseconds, long AnalyzerAllocatedBytes = 0);

    /// <summary>Per-callback-kind counts, wall and CPU time of the last timed run (<see cref="CpuTimedAnalyzer.Breakdown"/>).</summary>
    public static string LastBreakdown { get; private set; } = "";

    /// <summary>Runs the whole compilation (every method body bound) in <paramref name="mode"/>.</summary>
    public static Result Compile(Scenario scenario, Mode mode, bool logAnalyzerTime = false)
    {
        var compilation = scenario.NewCompilation();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var pauseBefore = GC.GetTotalPauseDuration();
        var gcBefore = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        var eciCount = 0;
        var analyzerMs = 0.0;
        var analyzerCpuMs = 0.0;
        var reportingCpuMs = 0.0;
        var analyzerAllocated = 0L;
        if (mode == Mode.Plain)
        {
            var diagnostics = compilation.GetDiagnostics();
            Check(diagnostics);
        }
        else
        {
            var analyzer = mode switch { Mode.Eci => Eci, Mode.OperationBaseline => OperationBaseline, Mode.OperationOnlyBaseline => OperationOnlyBaseline, _ => Empty };
            // ECI_BENCH_NOWRAP=1 keeps the driver's telemetry but leaves out the CPU-timing wrapper (its clock reads are
            // P/Invokes), to check that the wrapper does not change what the telemetry shows.
            var timed = logAnalyzerTime && Environment.GetEnvironmentVariable("ECI_BENCH_NOWRAP") != "1" ? new CpuTimedAnalyzer(analyzer) : null;
            analyzer = timed ?? analyzer;
            var withAnalyzers = compilation.WithAnalyzers(
                ImmutableArray.Create(analyzer),
                new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: Environment.GetEnvironmentVariable("ECI_BENCH_SERIAL") != "1", logAnalyzerExecutionTime: logAnalyzerTime));
            if (logAnalyzerTime)
            {
                // The analysis result carries the driver's telemetry (GetAllDiagnosticsAsync does not keep it).
                var result = withAnalyzers.GetAnalysisResultAsync(CancellationToken.None).GetAwaiter().GetResult();
                stopwatch.Stop();
                analyzerMs = result.AnalyzerTelemetryInfo[analyzer].ExecutionTime.TotalMilliseconds;
                analyzerCpuMs = timed?.Milliseconds ?? double.NaN;
                reportingCpuMs = timed?.ReportingMilliseconds ?? double.NaN;
                analyzerAllocated = timed?.AllocatedBytes ?? 0;
                LastBreakdown = (timed?.Breakdown() ?? "(not wrapped)") + FormattableString.Invariant(
                    $"; GC during the run: {GC.CollectionCount(0) - gcBefore.Item1}/{GC.CollectionCount(1) - gcBefore.Item2}/{GC.CollectionCount(2) - gcBefore.Item3} collections (gen 0/1/2), paused {(GC.GetTotalPauseDuration() - pauseBefore).TotalMilliseconds:0} ms, wall {stopwatch.Elapsed.TotalMilliseconds:0} ms");
                var eci = result.GetAllDiagnostics().Where(d => d.Id.StartsWith("ECI", StringComparison.Ordinal)).ToList();
                eciCount = eci.Count;
                if (Environment.GetEnvironmentVariable("ECI_BENCH_DUMP") == "1")
                {
                    // What the generated code triggers, by rule, with a few examples: for checking the generator's mix.
                    foreach (var group in eci.GroupBy(d => d.Id).OrderBy(g => g.Key))
                    {
                        Console.Error.WriteLine($"{group.Key}: {group.Count()}");
                        foreach (var example in group.Take(3))
                        {
                            Console.Error.WriteLine($"    {example.Location.GetLineSpan()}: {example.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}");
                        }
                    }
                }
            }
            else
            {
                var diagnostics = withAnalyzers.GetAllDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
                Check(diagnostics.Where(d => !d.Id.StartsWith("ECI", StringComparison.Ordinal)).ToImmutableArray());
                eciCount = diagnostics.Count(d => d.Id.StartsWith("ECI", StringComparison.Ordinal));
            }
        }

        stopwatch.Stop();
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        return new Result(stopwatch.Elapsed.TotalMilliseconds, cpu, allocated, eciCount, analyzerMs, analyzerCpuMs, reportingCpuMs, analyzerAllocated);
    }

    /// <summary>The generated code must compile: a benchmark of broken code measures error recovery, not analysis.</summary>
    private static void Check(ImmutableArray<Diagnostic> diagnostics)
    {
        var error = diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error);
        if (error is not null)
        {
            throw new InvalidOperationException("Generated code does not compile: " + error);
        }
    }
}
