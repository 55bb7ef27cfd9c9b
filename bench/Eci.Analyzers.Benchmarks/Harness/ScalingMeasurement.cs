using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace Eci.Analyzers.Benchmarks.Harness;

/// <summary>
/// Scenario c as a series: one method with 100, 200, 400, 800... containers. Linear analysis shows as a flat time per
/// container; a scan of the body per property would double the per-container time at each step.
/// </summary>
internal static class ScalingMeasurement
{
    public static void Run(IReadOnlyList<int> sizes, int rounds, TextWriter report)
    {
        report.WriteLine("| Containers | Lines | Plain ms | ECI − Empty ms (wall) | ECI − Empty ms (CPU) | ECI own ms (telemetry, wall) | ECI own CPU ms | driver CPU in ReportDiagnostic ms | own CPU µs / container | ECI diags |");
        report.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var size in sizes)
        {
            var scenario = Scenario.LargeMethod(size);
            Runs.Compile(scenario, Mode.Eci, logAnalyzerTime: true);
            var plain = new List<double>();
            var extra = new List<double>();
            var extraCpu = new List<double>();
            var own = new List<double>();
            var ownCpu = new List<double>();
            var reporting = new List<double>();
            var diagnostics = 0;
            for (var round = 0; round < rounds; round++)
            {
                plain.Add(Runs.Compile(scenario, Mode.Plain).Milliseconds);
                var empty = Runs.Compile(scenario, Mode.Empty);
                var eci = Runs.Compile(scenario, Mode.Eci);
                extra.Add(eci.Milliseconds - empty.Milliseconds);
                extraCpu.Add(eci.CpuMilliseconds - empty.CpuMilliseconds);
                diagnostics = eci.EciDiagnostics;
                var timed = Runs.Compile(scenario, Mode.Eci, logAnalyzerTime: true);
                own.Add(timed.AnalyzerMilliseconds);
                ownCpu.Add(timed.AnalyzerCpuMilliseconds);
                reporting.Add(timed.ReportingCpuMilliseconds);
            }

            var ownStats = Stats.Of(own);
            var ownCpuStats = Stats.Of(ownCpu);
            Console.Error.WriteLine($"[scaling] {size} containers: own {ownStats.Median:0.0} ms wall, {ownCpuStats.Median:0.0} ms CPU");
            report.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {size} | {scenario.Lines} | {Stats.Of(plain).Format("0")} | {Stats.Of(extra).Format("0.0")} | {Stats.Of(extraCpu).Format("0.0")} | {ownStats.Format("0.0")} | {ownCpuStats.Format("0.0")} | {Stats.Of(reporting).Format("0.0")} | {1000 * ownCpuStats.Median / size:0.0} | {diagnostics} |"));
            report.Flush();
        }
    }
}
