using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using TaskAdmission.Testing;
using TaskAdmission.Web.Hosting;

namespace TaskAdmission.Web.Tests.Platform;

/// <summary>
/// What an operator diagnosing a latency tail reads (Observability:GcPauses, GcAllocations): which generation each pause
/// belonged to, and what was allocated on which heap.
/// </summary>
public sealed class GcPauseMetricsTests
{
    [Fact]
    public async Task Pauses_AreCountedByGeneration_AndAllocations_ByHeapAndType()
    {
        var pauses = new ConcurrentDictionary<string, double>();
        var allocated = new ConcurrentDictionary<string, long>();
        using var meters = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == GcPauseMetrics.MeterName) listener.EnableMeasurementEvents(instrument);
            },
        };
        meters.SetMeasurementEventCallback<double>((instrument, value, tags, _) =>
        {
            if (instrument.Name == "taskadmission.gc.pause.by_generation") pauses.AddOrUpdate(Tag(tags, "generation"), value, (_, v) => v + value);
        });
        meters.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            if (instrument.Name == "taskadmission.gc.allocated") allocated.AddOrUpdate($"{Tag(tags, "heap")} {Tag(tags, "type")}", value, (_, v) => v + value);
        });
        meters.Start();
        using var gc = new GcPauseMetrics(allocations: true);

        // The runtime's events reach the listener a moment later, on its own thread: collect until they have.
        Assert.True(await Eventually.TrueAsync(() =>
        {
            GC.KeepAlive(new byte[1 << 20]); // a large object: the large object heap
            GC.Collect(1, GCCollectionMode.Forced, blocking: true);
            return Task.FromResult(pauses.ContainsKey("gen1") && allocated.ContainsKey("loh System.Byte[]"));
        }), $"pauses: {string.Join(", ", pauses.Keys)}; allocated: {string.Join(", ", allocated.Keys)}");
    }

    private static string Tag(ReadOnlySpan<KeyValuePair<string, object?>> tags, string name)
    {
        foreach (var tag in tags)
        {
            if (tag.Key == name) return tag.Value as string ?? "?";
        }
        return "?";
    }
}
