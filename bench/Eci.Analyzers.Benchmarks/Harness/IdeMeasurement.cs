using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Eci.Analyzers.Benchmarks.Harness;

/// <summary>
/// What the IDE does on a keystroke: semantic analyzer diagnostics for one document
/// (<c>CompilationWithAnalyzers.GetAnalysisResultAsync(SemanticModel, ...)</c>, the semantic-diagnostics request with telemetry). Measured on a fresh compilation
/// whose document is not yet bound (the first request after an edit: binding the file dominates, and the IDE pays it
/// for its own compiler diagnostics anyway), next to the compiler's own semantic diagnostics for the same document
/// (what the IDE computes on every edit regardless) and the baseline analyzer. The analyzer's own callback time comes
/// from the driver's telemetry (wall time: on a loaded machine it includes time the thread waited for a core) and as
/// the thread CPU time of its callbacks (<see cref="CpuTimedAnalyzer"/>), which is what the 20 ms target is read on.
/// </summary>
internal static class IdeMeasurement
{
    public static void Run(int lines, int rounds, TextWriter report)
    {
        var scenario = Scenario.DenseFile(lines);
        report.WriteLine($"Document: {scenario.Lines} lines, {scenario.RequestCount} requests.");
        report.WriteLine();
        report.WriteLine("| Request on a fresh compilation | Wall ms | CPU ms | Analyzer own ms (telemetry, wall) | Analyzer own CPU ms | Driver CPU in ReportDiagnostic ms | ECI diags |");
        report.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        var kinds = new[] { "Compiler: semantic diagnostics of the document", "Empty analyzer", "Operation-block baseline analyzer", "ECI analyzer" };
        var wall = new Dictionary<string, List<double>>();
        var cpu = new Dictionary<string, List<double>>();
        var own = new Dictionary<string, List<double>>();
        var ownCpu = new Dictionary<string, List<double>>();
        var reporting = new Dictionary<string, List<double>>();
        var count = 0;
        foreach (var kind in kinds)
        {
            wall[kind] = new();
            cpu[kind] = new();
            own[kind] = new();
            ownCpu[kind] = new();
            reporting[kind] = new();
        }

        for (var round = -1; round < rounds; round++)
        {
            foreach (var kind in kinds)
            {
                var (w, c, o, oc, r, n) = Measure(scenario, kind == kinds[0] ? null : kind == kinds[1] ? Runs.Empty : kind == kinds[2] ? Runs.OperationBaseline : Runs.Eci);
                if (round < 0)
                {
                    continue; // warm-up
                }

                wall[kind].Add(w);
                cpu[kind].Add(c);
                own[kind].Add(o);
                ownCpu[kind].Add(oc);
                reporting[kind].Add(r);
                count = Math.Max(count, n);
            }
        }

        foreach (var kind in kinds)
        {
            report.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {kind} | {Stats.Of(wall[kind]).Format("0.0")} | {Stats.Of(cpu[kind]).Format("0.0")} | {Stats.Of(own[kind]).Format("0.0")} | {Stats.Of(ownCpu[kind]).Format("0.00")} | {Stats.Of(reporting[kind]).Format("0.00")} | {(kind == kinds[3] ? count : 0)} |"));
        }

        report.Flush();
    }

    private static (double Wall, double Cpu, double Own, double OwnCpu, double Reporting, int Count) Measure(Scenario scenario, DiagnosticAnalyzer? analyzer)
    {
        var tree = scenario.Trees[0];
        var compilation = scenario.NewCompilation();
        GC.Collect();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        if (analyzer is null)
        {
            compilation.GetSemanticModel(tree).GetDiagnostics();
            return (stopwatch.Elapsed.TotalMilliseconds, (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds, 0, 0, 0, 0);
        }

        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: true, logAnalyzerExecutionTime: true);
        var timed = new CpuTimedAnalyzer(analyzer);
        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(timed), options);
        var result = withAnalyzers.GetAnalysisResultAsync(compilation.GetSemanticModel(tree), null, CancellationToken.None).GetAwaiter().GetResult();
        var total = stopwatch.Elapsed.TotalMilliseconds;
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds;
        var own = result.AnalyzerTelemetryInfo[timed].ExecutionTime.TotalMilliseconds;
        return (total, cpu, own, timed.Milliseconds, timed.ReportingMilliseconds, result.GetAllDiagnostics().Count(d => d.Id.StartsWith("ECI", StringComparison.Ordinal)));
    }
}
