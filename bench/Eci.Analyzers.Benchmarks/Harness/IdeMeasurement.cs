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
/// for its own compiler diagnostics anyway), with the analyzer's own callback time from the driver's telemetry (the
/// share the analyzer adds to what the IDE does anyway).
/// </summary>
internal static class IdeMeasurement
{
    public static void Run(int lines, int rounds, TextWriter report)
    {
        var scenario = Scenario.DenseFile(lines);
        report.WriteLine($"Document: {scenario.Lines} lines, {scenario.RequestCount} requests.");
        report.WriteLine();
        report.WriteLine("| Analyzer | Request total (bind + analyze) ms | Analyzer own ms (telemetry) | ECI diags |");
        report.WriteLine("|---|---:|---:|---:|");
        Measure(scenario, Runs.Empty);
        Measure(scenario, Runs.Eci);
        var cold = new Dictionary<string, List<double>> { ["Empty"] = new(), ["ECI"] = new() };
        var warm = new Dictionary<string, List<double>> { ["Empty"] = new(), ["ECI"] = new() };
        var count = 0;
        for (var round = 0; round < rounds; round++)
        {
            foreach (var (name, analyzer) in new[] { ("Empty", Runs.Empty), ("ECI", Runs.Eci) })
            {
                var (c, w, n) = Measure(scenario, analyzer);
                cold[name].Add(c);
                warm[name].Add(w);
                if (name == "ECI")
                {
                    count = n;
                }
            }
        }

        foreach (var name in new[] { "Empty", "ECI" })
        {
            report.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {Stats.Of(cold[name]).Format("0.0")} | {Stats.Of(warm[name]).Format("0.0")} | {(name == "ECI" ? count : 0)} |"));
        }

        report.Flush();
    }

    private static (double Total, double Own, int Count) Measure(Scenario scenario, DiagnosticAnalyzer analyzer)
    {
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: true, logAnalyzerExecutionTime: true);
        var tree = scenario.Trees[0];
        var compilation = scenario.NewCompilation();
        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create(analyzer), options);
        var stopwatch = Stopwatch.StartNew();
        var result = withAnalyzers.GetAnalysisResultAsync(compilation.GetSemanticModel(tree), null, CancellationToken.None).GetAwaiter().GetResult();
        var total = stopwatch.Elapsed.TotalMilliseconds;
        var own = result.AnalyzerTelemetryInfo[analyzer].ExecutionTime.TotalMilliseconds;
        return (total, own, result.GetAllDiagnostics().Count(d => d.Id.StartsWith("ECI", StringComparison.Ordinal)));
    }
}
