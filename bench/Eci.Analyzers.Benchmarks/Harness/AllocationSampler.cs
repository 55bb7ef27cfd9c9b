using System;
using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.IO;
using System.Linq;

namespace Eci.Analyzers.Benchmarks.Harness;

/// <summary>
/// The runtime's allocation sampling (one GCAllocationTick event per ~100 KB allocated, naming the type that crossed the
/// line), summed by type: where the analyzer's bytes go, without a profiler. ECI_BENCH_ALLOCATIONS=1 turns it on in
/// <c>core</c>.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly ConcurrentDictionary<string, long> _bytesByType = new();
    private volatile bool _recording;

    public void Start() => _recording = true;

    public void Stop() => _recording = false;

    public void Write(TextWriter output, int top)
    {
        var total = _bytesByType.Values.Sum();
        output.WriteLine(FormattableString.Invariant($"allocation samples by type (share of ~{total / 1e6:0} MB sampled):"));
        foreach (var (type, bytes) in _bytesByType.OrderByDescending(pair => pair.Value).Take(top))
        {
            output.WriteLine(FormattableString.Invariant($"  {100.0 * bytes / total,5:0.0} %  {type}"));
        }
    }

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Verbose, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs data)
    {
        if (!_recording || data.EventName is null || !data.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || data.Payload is null)
        {
            return;
        }

        var type = data.PayloadNames?.IndexOf("TypeName") is int at and >= 0 ? data.Payload[at] as string ?? "?" : "?";
        var amountAt = data.PayloadNames?.IndexOf("AllocationAmount64") ?? -1;
        var bytes = amountAt >= 0 ? Convert.ToInt64(data.Payload[amountAt], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
        _bytesByType.AddOrUpdate(type, bytes, (_, sum) => sum + bytes);
    }
}
