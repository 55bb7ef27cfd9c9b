using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace Eci.Analyzers.Benchmarks.Harness;

/// <summary>
/// Compiler time with and without the analyzers, in one process, the three modes alternating round by round (the
/// order rotates) so that load from other processes hits them alike. Ratios are taken per round, then the median.
/// A separate set of rounds with execution-time logging gives the analyzer's own time (what ReportAnalyzer prints).
/// </summary>
internal static class OverheadMeasurement
{
    /// <summary>The modes interleaved round by round (the operation baseline is measured by the ide and own commands).</summary>
    private static readonly Mode[] Compared = { Mode.Plain, Mode.Empty, Mode.Eci };

    public static void Run(IReadOnlyList<Scenario> scenarios, int rounds, TextWriter report)
    {
        report.WriteLine("| Scenario | Lines | Requests | Plain ms | Empty ms | ECI ms | ECI/Plain | ECI/Empty | CPU ECI/Empty | ECI own ms (telemetry, wall) | ECI own CPU ms | driver CPU in ReportDiagnostic ms | own CPU / Plain CPU | ECI diags | ECI − Empty alloc | ECI own alloc |");
        report.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        // JIT warm-up once, on a small project with requests: the big scenarios then run on warm code, and each
        // measured compilation is fresh anyway (nothing bound is reused between runs).
        Console.Error.WriteLine("[overhead] warm-up");
        var warmUp = Scenario.Requests(50);
        for (var i = 0; i < 3; i++)
        {
            foreach (var mode in Compared)
            {
                Runs.Compile(warmUp, mode, logAnalyzerTime: mode == Mode.Eci && i == 2);
            }
        }

        foreach (var scenario in scenarios)
        {
            var times = Compared.ToDictionary(m => m, _ => new List<double>());
            var allocations = Compared.ToDictionary(m => m, _ => new List<double>());
            var cpus = Compared.ToDictionary(m => m, _ => new List<double>());
            var eciOverPlain = new List<double>();
            var eciOverEmpty = new List<double>();
            var cpuEciOverEmpty = new List<double>();
            var diagnostics = 0;
            for (var round = 0; round < rounds; round++)
            {
                var order = Rotate(Compared, round);
                var thisRound = new Dictionary<Mode, double>();
                var thisRoundCpu = new Dictionary<Mode, double>();
                foreach (var mode in order)
                {
                    var result = Runs.Compile(scenario, mode);
                    thisRound[mode] = result.Milliseconds;
                    thisRoundCpu[mode] = result.CpuMilliseconds;
                    cpus[mode].Add(result.CpuMilliseconds);
                    times[mode].Add(result.Milliseconds);
                    allocations[mode].Add(result.AllocatedBytes);
                    if (mode == Mode.Eci)
                    {
                        diagnostics = result.EciDiagnostics;
                    }
                }

                eciOverPlain.Add(thisRound[Mode.Eci] / thisRound[Mode.Plain]);
                eciOverEmpty.Add(thisRound[Mode.Eci] / thisRound[Mode.Empty]);
                cpuEciOverEmpty.Add(thisRoundCpu[Mode.Eci] / thisRoundCpu[Mode.Empty]);
                Console.Error.WriteLine($"[overhead] {scenario.Name}: round {round + 1}/{rounds} plain {thisRound[Mode.Plain]:0} empty {thisRound[Mode.Empty]:0} eci {thisRound[Mode.Eci]:0} ms");
            }

            var own = new List<double>();
            var ownCpu = new List<double>();
            var reporting = new List<double>();
            var ownAllocated = new List<double>();
            for (var round = 0; round < Math.Max(2, rounds / 2); round++)
            {
                var timed = Runs.Compile(scenario, Mode.Eci, logAnalyzerTime: true);
                own.Add(timed.AnalyzerMilliseconds);
                ownCpu.Add(timed.AnalyzerCpuMilliseconds);
                reporting.Add(timed.ReportingCpuMilliseconds);
                ownAllocated.Add(timed.AnalyzerAllocatedBytes);
            }

            var plain = Stats.Of(times[Mode.Plain]);
            var plainCpu = Stats.Of(cpus[Mode.Plain]);
            var ownCpuStats = Stats.Of(ownCpu);
            var ownStats = Stats.Of(own);
            var extraAllocation = Stats.Of(allocations[Mode.Eci]).Median - Stats.Of(allocations[Mode.Empty]).Median;
            var files = scenario.Trees.Length;
            report.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {scenario.Name} | {scenario.Lines} | {scenario.RequestCount} | {plain.Format("0")} | {Stats.Of(times[Mode.Empty]).Format("0")} | {Stats.Of(times[Mode.Eci]).Format("0")} | {Stats.Of(eciOverPlain).Format("0.000")} | {Stats.Of(eciOverEmpty).Format("0.000")} | {Stats.Of(cpuEciOverEmpty).Format("0.000")} | {ownStats.Format("0.0")} | {ownCpuStats.Format("0.0")} | {Stats.Of(reporting).Format("0.0")} | {100 * ownCpuStats.Median / plainCpu.Median:0.00}% | {diagnostics} | {FormatBytes(extraAllocation)} ({FormatBytes(extraAllocation / files)}/file) | {FormatBytes(Stats.Of(ownAllocated).Median)}{PerRequest(Stats.Of(ownAllocated).Median, scenario.RequestCount)} |"));
            report.Flush();
        }
    }

    /// <summary>" (x KB/request)", or nothing for a scenario without requests (the bytes are the gate's, once).</summary>
    private static string PerRequest(double bytes, int requests) =>
        requests == 0 ? string.Empty : $" ({FormatBytes(bytes / requests)}/request)";

    public static string FormatBytes(double bytes) =>
        Math.Abs(bytes) >= 1 << 20
            ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1 << 20):0.0} MB")
            : string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024:0.0} KB");

    private static Mode[] Rotate(Mode[] modes, int by) =>
        modes.Skip(by % modes.Length).Concat(modes.Take(by % modes.Length)).ToArray();
}
