using System;
using System.Collections.Immutable;
using System.Threading;
using BenchmarkDotNet.Attributes;
using Eci.Analyzers.Benchmarks.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Eci.Analyzers.Benchmarks;

/// <summary>
/// BenchmarkDotNet's MemoryDiagnoser over <c>CompilationWithAnalyzers</c>: allocations of a full analysis of
/// <see cref="Files"/> request files (scenario b) with the baseline analyzer and with the ECI analyzer. The ECI
/// analyzer's allocations per file are (ECI − Empty) / Files; the plain compiler is the reference.
/// </summary>
[MemoryDiagnoser]
public class AllocationBenchmarks
{
    private Scenario _requests = null!;
    private Scenario _noSdk = null!;

    /// <summary>Number of generated files per compilation.</summary>
    [Params(100)]
    public int Files { get; set; }

    /// <summary>Generates and parses the sources once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _requests = Scenario.Requests(Files);
        _noSdk = Scenario.NoSdk(Files);
    }

    /// <summary>Compiler only, request files.</summary>
    [Benchmark(Baseline = true)]
    public int Requests_Plain() => _requests.NewCompilation().GetDiagnostics().Length;

    /// <summary>Compiler with the empty baseline analyzer, request files.</summary>
    [Benchmark]
    public int Requests_EmptyAnalyzer() => Analyze(_requests, Runs.Empty);

    /// <summary>Compiler with the ECI analyzer, request files.</summary>
    [Benchmark]
    public int Requests_EciAnalyzer() => Analyze(_requests, Runs.Eci);

    /// <summary>Compiler with the empty baseline analyzer, no SDK.</summary>
    [Benchmark]
    public int NoSdk_EmptyAnalyzer() => Analyze(_noSdk, Runs.Empty);

    /// <summary>Compiler with the ECI analyzer, no SDK (the gate at compilation start).</summary>
    [Benchmark]
    public int NoSdk_EciAnalyzer() => Analyze(_noSdk, Runs.Eci);

    private static int Analyze(Scenario scenario, DiagnosticAnalyzer analyzer)
    {
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: true, logAnalyzerExecutionTime: false);
        return scenario.NewCompilation().WithAnalyzers(ImmutableArray.Create(analyzer), options)
            .GetAllDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult().Length;
    }
}
