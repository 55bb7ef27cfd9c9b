using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Eci.Analyzers.Benchmarks.Harness;

namespace Eci.Analyzers.Benchmarks;

/// <summary>
/// eci-analyzer-bench COMMAND [options]. Commands: overhead, scaling, engine, ide, alloc (BenchmarkDotNet), generate DIR.
/// Markdown tables go to standard output, progress to standard error.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        var command = args.Length > 0 ? args[0] : "help";
        var rounds = IntOption(args, "--rounds", 7);
        var files = IntOption(args, "--files", 2000);
        var output = Console.Out;
        if (command is "overhead" or "scaling" or "ide")
        {
            output.WriteLine(FormattableString.Invariant(
                $"(Thread CPU clock read costs {Harness.CpuTimedAnalyzer.ClockBiasNanoseconds:0} ns here; subtracted once per timed callback.)"));
            output.WriteLine();
        }

        switch (command)
        {
            case "overhead":
                OverheadMeasurement.Run(SelectScenarios(StringOption(args, "--scenarios", "a,a',b,b-dense,c"), files), rounds, output);
                return 0;
            case "own":
                // Just the ECI analyzer's own CPU and allocations, for quick before/after checks while optimizing.
                // --analyzer baseline times the do-nothing block baseline (bench/BaselineAnalyzers) the same way (the instrument's floor).
                var ownMode = StringOption(args, "--analyzer", "eci") switch
                {
                    "baseline" => Mode.OperationBaseline,
                    "operation-only" => Mode.OperationOnlyBaseline,
                    _ => Mode.Eci,
                };
                foreach (var scenario in SelectScenarios(StringOption(args, "--scenarios", "b"), files))
                {
                    Runs.Compile(scenario, ownMode, logAnalyzerTime: true); // warm-up
                    for (var round = 0; round < rounds; round++)
                    {
                        var result = Runs.Compile(scenario, ownMode, logAnalyzerTime: true);
                        output.WriteLine(FormattableString.Invariant(
                            $"{scenario.Name}: own CPU {result.AnalyzerCpuMilliseconds:0.0} ms ({1000 * result.AnalyzerCpuMilliseconds / Math.Max(1, scenario.RequestCount):0.0} µs/request), own alloc {OverheadMeasurement.FormatBytes(result.AnalyzerAllocatedBytes)} ({OverheadMeasurement.FormatBytes((double)result.AnalyzerAllocatedBytes / Math.Max(1, scenario.RequestCount))}/request), reporting CPU {result.ReportingCpuMilliseconds:0.0} ms, telemetry {result.AnalyzerMilliseconds:0} ms, {result.EciDiagnostics} diagnostics"));
                        output.WriteLine("    " + Runs.LastBreakdown);
                    }
                }

                return 0;
            case "core":
                // The per-body work alone, one thread, no driver: the steady figure to optimize against.
                foreach (var scenario in SelectScenarios(StringOption(args, "--scenarios", "b"), files))
                {
                    CoreMeasurement.Run(scenario, rounds, output);
                }

                return 0;
            case "scaling":
                var sizes = StringOption(args, "--sizes", "100,200,400,800,1600").Split(',').Select(int.Parse).ToArray();
                ScalingMeasurement.Run(sizes, rounds, output);
                return 0;
            case "ide":
                IdeMeasurement.Run(IntOption(args, "--lines", 1000), rounds, output);
                return 0;
            case "alloc":
                var job = Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithStrategy(RunStrategy.Monitoring)
                    .WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(IntOption(args, "--iterations", 5));
                var config = ManualConfig.CreateMinimumViable().AddJob(job)
                    .WithArtifactsPath(StringOption(args, "--artifacts", Path.Combine(Path.GetTempPath(), "eci-bench-bdn")));
                BenchmarkRunner.Run<AllocationBenchmarks>(config);
                return 0;
            case "engine":
                EngineMeasurement.Run(StringOption(args, "--sizes", "100,200,400,800,1600").Split(',').Select(int.Parse).ToArray(), rounds, output);
                return 0;
            case "generate":
                Generate(args.Length > 1 ? args[1] : throw new ArgumentException("generate needs a directory"), files);
                return 0;
            default:
                Console.Error.WriteLine("usage: eci-analyzer-bench overhead|own|core|scaling|engine|ide|alloc|generate DIR [--rounds N] [--files N] [--scenarios a,a',b,c] [--sizes 100,200] [--lines N]");
                return 2;
        }
    }

    /// <summary>
    /// The scenarios named in <c>--scenarios</c> (a, a′ written <c>a'</c>, b, b-dense, b-clean, c), in the order given.
    /// b has one faulty request in three; b-dense draws every request from the faulty mix; b-clean has none.
    /// b-correct and b-faulty are the reach scenarios (issue 16): gateways, wrappers, arguments, constants classes;
    /// every request correct, or one mistake in every request.
    /// </summary>
    private static Scenario[] SelectScenarios(string names, int files) =>
        names.Split(',').Select(name => name.Trim() switch
        {
            "a" => Scenario.NoSdk(files),
            "a'" => Scenario.SdkUnused(files),
            "b" => Scenario.Requests(files),
            "b-dense" => Scenario.Requests(files, faultyOneIn: 1),
            "b-clean" => Scenario.Requests(files, faultyOneIn: 0),
            "b-correct" => Scenario.Reach(files, faulty: false),
            "b-faulty" => Scenario.Reach(files, faulty: true),
            "c" => Scenario.LargeMethod(800),
            _ => throw new ArgumentException($"unknown scenario '{name}' (use a, a', b, b-dense, b-clean, b-correct, b-faulty, c)"),
        }).ToArray();

    /// <summary>Writes the scenarios' sources for real <c>dotnet build -p:ReportAnalyzer=true</c> runs.</summary>
    private static void Generate(string directory, int files)
    {
        Scenario.NoSdk(files).WriteSources(Path.Combine(directory, "no-sdk", "src"));
        Scenario.NoSdk(files).WriteSources(Path.Combine(directory, "sdk-unused", "src"));
        Scenario.Requests(files).WriteSources(Path.Combine(directory, "requests", "src"));
        Scenario.Requests(files, faultyOneIn: 1).WriteSources(Path.Combine(directory, "requests-dense", "src"));
        Scenario.Requests(files, faultyOneIn: 0).WriteSources(Path.Combine(directory, "requests-clean", "src")); // issue 7's b, every request correct
        Scenario.LargeMethod(800).WriteSources(Path.Combine(directory, "large-method", "src"));
        Scenario.Reach(files, faulty: false).WriteSources(Path.Combine(directory, "requests-correct", "src"));
        Scenario.Reach(files, faulty: true).WriteSources(Path.Combine(directory, "requests-faulty", "src"));
    }

    private static int IntOption(string[] args, string name, int fallback) =>
        int.Parse(StringOption(args, name, fallback.ToString(System.Globalization.CultureInfo.InvariantCulture)), System.Globalization.CultureInfo.InvariantCulture);

    private static string StringOption(string[] args, string name, string fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
    }
}
