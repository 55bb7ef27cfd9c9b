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
                OverheadMeasurement.Run(new[] { Scenario.NoSdk(files), Scenario.SdkUnused(files), Scenario.Requests(files), Scenario.LargeMethod(800) }, rounds, output);
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
                Console.Error.WriteLine("usage: eci-analyzer-bench overhead|scaling|engine|ide|alloc|generate DIR [--rounds N] [--files N] [--sizes 100,200] [--lines N]");
                return 2;
        }
    }

    /// <summary>Writes the scenarios' sources for real <c>dotnet build -p:ReportAnalyzer=true</c> runs.</summary>
    private static void Generate(string directory, int files)
    {
        Scenario.NoSdk(files).WriteSources(Path.Combine(directory, "no-sdk", "src"));
        Scenario.NoSdk(files).WriteSources(Path.Combine(directory, "sdk-unused", "src"));
        Scenario.Requests(files).WriteSources(Path.Combine(directory, "requests", "src"));
        Scenario.LargeMethod(800).WriteSources(Path.Combine(directory, "large-method", "src"));
    }

    private static int IntOption(string[] args, string name, int fallback) =>
        int.Parse(StringOption(args, name, fallback.ToString(System.Globalization.CultureInfo.InvariantCulture)), System.Globalization.CultureInfo.InvariantCulture);

    private static string StringOption(string[] args, string name, string fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
    }
}
