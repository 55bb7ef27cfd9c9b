using System;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Eci.Analyzers.Benchmarks.Harness;

/// <summary>
/// Hosts an analyzer and adds up the CPU time of its callbacks, per thread (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>).
/// The driver's telemetry (what <c>ReportAnalyzer</c> prints) is wall time per callback, so on a loaded machine it
/// also counts the time a callback's thread waited for a core; thread CPU time does not. Wraps exactly the
/// registrations the ECI analyzer makes: compilation start, operation block start, operation, operation block end.
/// </summary>
internal sealed class CpuTimedAnalyzer : DiagnosticAnalyzer
{
    private readonly DiagnosticAnalyzer _inner;
    private long _nanoseconds;
    private long _reportingNanoseconds;
    private long _intervals;
    private long _reportingIntervals;
    private long _allocatedBytes;
    private long _reportingAllocatedBytes;
    private readonly KindStats[] _kinds = { new("compilation start"), new("block start"), new("operation"), new("block end") };

    /// <summary>
    /// What one timed interval adds by itself: reading the thread CPU clock is a system call, and in a VM it can
    /// cost microseconds, as much as a cheap callback. Measured back to back at start-up and subtracted per interval.
    /// </summary>
    public static readonly double ClockBiasNanoseconds = CalibrateClockBias();

    public CpuTimedAnalyzer(DiagnosticAnalyzer inner)
    {
        _inner = inner;
    }

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => _inner.SupportedDiagnostics;

    /// <summary>CPU time spent in the wrapped analyzer's own code (its callbacks minus <see cref="ReportingMilliseconds"/>).</summary>
    public double Milliseconds =>
        (Interlocked.Read(ref _nanoseconds) - Interlocked.Read(ref _reportingNanoseconds)
         - ClockBiasNanoseconds * (Interlocked.Read(ref _intervals) + Interlocked.Read(ref _reportingIntervals))) / 1e6;

    /// <summary>
    /// CPU time the driver spent inside <c>ReportDiagnostic</c> calls (suppression and generated-code checks: the
    /// first diagnostic in a file makes the driver look for [GeneratedCode] symbols in it). Any analyzer that reports
    /// in the file pays it; it is not the ECI analyzer's code.
    /// </summary>
    public double ReportingMilliseconds =>
        (Interlocked.Read(ref _reportingNanoseconds) - ClockBiasNanoseconds * Interlocked.Read(ref _reportingIntervals)) / 1e6;

    /// <summary>Bytes the wrapped analyzer's own code allocated (its callbacks minus what the driver allocated while reporting).</summary>
    public long AllocatedBytes => Interlocked.Read(ref _allocatedBytes) - Interlocked.Read(ref _reportingAllocatedBytes);

    /// <summary>How many callbacks were timed (each read the clock twice).</summary>
    public long Callbacks => Interlocked.Read(ref _intervals);

    public override void Initialize(AnalysisContext context) => _inner.Initialize(new Context(context, this));

    /// <summary>
    /// Callbacks, wall time and CPU time per registration kind: where the driver's wall-clock telemetry and the
    /// callbacks' CPU time part ways (many cheap callbacks, or a few that wait).
    /// </summary>
    public string Breakdown()
    {
        var parts = new System.Collections.Generic.List<string>();
        foreach (var kind in _kinds)
        {
            parts.Add(FormattableString.Invariant(
                $"{kind.Name}: {kind.Count} callbacks, wall {kind.WallTicks * 1000.0 / System.Diagnostics.Stopwatch.Frequency:0.0} ms, CPU {(kind.CpuNanoseconds - ClockBiasNanoseconds * kind.Count) / 1e6:0.0} ms, {kind.OverOneMillisecond} over 1 ms wall ({kind.OverOneMillisecondTicks * 1000.0 / System.Diagnostics.Stopwatch.Frequency:0} ms), longest {kind.MaxWallTicks * 1000.0 / System.Diagnostics.Stopwatch.Frequency:0.0} ms"));
        }

        return string.Join("; ", parts);
    }

    private void Time(int kind, Action action)
    {
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var wallStart = System.Diagnostics.Stopwatch.GetTimestamp();
        var start = ThreadCpuNanoseconds();
        try
        {
            action();
        }
        finally
        {
            var cpu = ThreadCpuNanoseconds() - start;
            var stats = _kinds[kind];
            var wall = System.Diagnostics.Stopwatch.GetTimestamp() - wallStart;
            Interlocked.Add(ref stats.WallTicks, wall);
            if (wall * 1000 > System.Diagnostics.Stopwatch.Frequency)
            {
                Interlocked.Increment(ref stats.OverOneMillisecond);
                Interlocked.Add(ref stats.OverOneMillisecondTicks, wall);
            }

            long max;
            while (wall > (max = Interlocked.Read(ref stats.MaxWallTicks)) && Interlocked.CompareExchange(ref stats.MaxWallTicks, wall, max) != max)
            {
            }
            Interlocked.Add(ref stats.CpuNanoseconds, cpu);
            Interlocked.Increment(ref stats.Count);
            Interlocked.Add(ref _nanoseconds, cpu);
            Interlocked.Add(ref _allocatedBytes, GC.GetAllocatedBytesForCurrentThread() - allocated);
            Interlocked.Increment(ref _intervals);
        }
    }

    private void TimeReporting(Action action)
    {
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var start = ThreadCpuNanoseconds();
        try
        {
            action();
        }
        finally
        {
            Interlocked.Add(ref _reportingNanoseconds, ThreadCpuNanoseconds() - start);
            Interlocked.Add(ref _reportingAllocatedBytes, GC.GetAllocatedBytesForCurrentThread() - allocated);
            Interlocked.Increment(ref _reportingIntervals);
        }
    }

    private sealed class KindStats
    {
        public readonly string Name;
        public long Count;
        public long WallTicks;
        public long CpuNanoseconds;
        public long OverOneMillisecond;
        public long OverOneMillisecondTicks;
        public long MaxWallTicks;

        public KindStats(string name) => Name = name;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    // SuppressGCTransition: a normal P/Invoke switches the thread to preemptive mode and, on return, makes it wait for
    // any garbage collection that started meanwhile; with the compiler's heap that wait is milliseconds, and it landed
    // inside the timed callbacks (and in the driver's wall-clock telemetry of them), inflating both several-fold.
    // clock_gettime is a short system call that never blocks, which is what the attribute requires.
    [SuppressGCTransition]
    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    private static double CalibrateClockBias()
    {
        var samples = new long[2001];
        for (var i = 0; i < samples.Length; i++)
        {
            var start = ThreadCpuNanoseconds();
            samples[i] = ThreadCpuNanoseconds() - start;
        }

        Array.Sort(samples);
        return samples[samples.Length / 2];
    }

    public static long ThreadCpuNanosecondsNow() => ThreadCpuNanoseconds();

    private static long ThreadCpuNanoseconds()
    {
        const int ClockThreadCpuTimeId = 3;
        return ClockGetTime(ClockThreadCpuTimeId, out var time) == 0 ? time.Seconds * 1_000_000_000 + time.Nanoseconds : 0;
    }

    private sealed class Context : AnalysisContext
    {
        private readonly AnalysisContext _context;
        private readonly CpuTimedAnalyzer _owner;

        public Context(AnalysisContext context, CpuTimedAnalyzer owner)
        {
            _context = context;
            _owner = owner;
        }

        public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => _context.ConfigureGeneratedCodeAnalysis(analysisMode);

        public override void EnableConcurrentExecution() => _context.EnableConcurrentExecution();

        public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) =>
            _context.RegisterCompilationStartAction(start => _owner.Time(0, () => action(new CompilationStart(start, _owner))));

        public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => throw Unexpected();

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => throw Unexpected();

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => throw Unexpected();

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw Unexpected();

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => throw Unexpected();

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => throw Unexpected();

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => throw Unexpected();
    }

    private sealed class CompilationStart : CompilationStartAnalysisContext
    {
        private readonly CompilationStartAnalysisContext _context;
        private readonly CpuTimedAnalyzer _owner;

        public CompilationStart(CompilationStartAnalysisContext context, CpuTimedAnalyzer owner)
            : base(context.Compilation, context.Options, context.CancellationToken)
#pragma warning restore CS0618
        {
            _context = context;
            _owner = owner;
        }

        public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) =>
            _context.RegisterOperationBlockStartAction(block => _owner.Time(1, () => action(new BlockStart(block, _owner))));

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) =>
            _context.RegisterOperationAction(operation => _owner.Time(2, () => action(operation)), operationKinds);

        public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) => throw Unexpected();

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => throw Unexpected();

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => throw Unexpected();

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw Unexpected();

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => throw Unexpected();

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => throw Unexpected();

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => throw Unexpected();
    }

    private sealed class BlockStart : OperationBlockStartAnalysisContext
    {
        private readonly OperationBlockStartAnalysisContext _context;
        private readonly CpuTimedAnalyzer _owner;

        // The only constructor Roslyn 4.8 lets a subclass call is marked obsolete (it is meant for hosts); the wrapper
        // forwards every registration to the real context, so nothing depends on what the base class holds.
#pragma warning disable CS0618
        public BlockStart(OperationBlockStartAnalysisContext context, CpuTimedAnalyzer owner)
            : base(context.OperationBlocks, context.OwningSymbol, context.Compilation, context.Options, context.CancellationToken)
#pragma warning restore CS0618
        {
            _context = context;
            _owner = owner;
        }

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) =>
            _context.RegisterOperationAction(operation => _owner.Time(2, () => action(operation)), operationKinds);

        public override void RegisterOperationBlockEndAction(Action<OperationBlockAnalysisContext> action) =>
            _context.RegisterOperationBlockEndAction(end => _owner.Time(3, () => action(WithTimedReporting(end))));

        /// <summary>The same block-end context, with ReportDiagnostic calls timed apart from the analyzer's own code.</summary>
        private OperationBlockAnalysisContext WithTimedReporting(OperationBlockAnalysisContext end)
        {
#pragma warning disable CS0618 // the public constructor is meant for hosts; this wrapper is one
            return new OperationBlockAnalysisContext(
                end.OperationBlocks, end.OwningSymbol, end.Compilation, end.Options,
                diagnostic => _owner.TimeReporting(() => end.ReportDiagnostic(diagnostic)),
                _ => true, // the real context checks again in ReportDiagnostic
                end.CancellationToken);
#pragma warning restore CS0618
        }
    }

    /// <summary>The wrapper only knows the registrations the ECI analyzer makes; anything else must not be timed wrongly.</summary>
    private static NotSupportedException Unexpected() => new("CpuTimedAnalyzer does not wrap this registration kind.");
}
