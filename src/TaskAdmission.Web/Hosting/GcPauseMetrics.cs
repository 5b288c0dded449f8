using System.Diagnostics.Metrics;
using System.Diagnostics.Tracing;

namespace TaskAdmission.Web.Hosting;

/// <summary>
/// Each garbage collection's pause (from the runtime suspending the managed threads to their restart) as a histogram,
/// <c>taskadmission.gc.pause</c>. The runtime's own meter gives only the pauses' total (<c>dotnet.gc.pause.time</c>), so
/// a tail made of a few long pauses cannot be told from many short ones; the buckets can. Off unless
/// <see cref="ObservabilityOptions.GcPauses"/> is set: it listens to the runtime's GC events in process (a handful of
/// events per collection), which a diagnosis wants and a production node need not pay.
/// </summary>
/// <remarks>
/// Also, per generation and kind of collection (blocking, background, foreground during a background one), the pauses'
/// total (<c>taskadmission.gc.pause.by_generation</c>), so a step's long pauses can be told apart as gen0/gen1 or gen2;
/// and, with <see cref="ObservabilityOptions.GcAllocations"/>, the runtime's allocation samples (one per ~100 KB
/// allocated) by heap (small, large, pinned) and type (<c>taskadmission.gc.allocated</c>): what fills the heaps.
/// </remarks>
public sealed class GcPauseMetrics : EventListener
{
    public const string MeterName = "TaskAdmission.Gc";

    private const string RuntimeSource = "Microsoft-Windows-DotNETRuntime";
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private const int SuspendBegin = 9; // GCSuspendEEBegin_V1: the runtime starts stopping the managed threads
    private const int RestartEnd = 3; // GCRestartEEEnd_V1: they run again
    private const int GcStart = 1; // GCStart_V2: Count, Depth (the generation), Reason, Type (0 blocking, 1 background, 2 foreground)
    private const int GcEnd = 2; // GCEnd_V1: Count, Depth
    private const uint SuspendForGc = 1, SuspendForGcPrep = 6; // GCSuspendEEBegin_V1's Reason; others are not collections (e.g. a debugger, a rejit)
    private const int AllocationTick = 10; // GCAllocationTick_V4: about every 100 KB allocated; AllocationKind, TypeName, AllocationAmount64

    private static readonly Meter Meter = new(MeterName);

    // Static: the base constructor calls OnEventSourceCreated before this class's instance fields are set.
    private static readonly Histogram<double> Pauses = Meter.CreateHistogram<double>("taskadmission.gc.pause", "s",
        "Garbage collection pauses (managed threads suspended until restarted).",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1] });

    private static readonly Counter<double> PausesByGeneration = Meter.CreateCounter<double>("taskadmission.gc.pause.by_generation", "s",
        "Garbage collection pause time by the collection's generation and kind (blocking, background, foreground).");

    private static readonly Counter<long> Allocated = Meter.CreateCounter<long>("taskadmission.gc.allocated", "By",
        "Bytes allocated, as sampled by the runtime (one sample per ~100 KB), by heap (soh, loh, poh) and type.");

    // Not initialised in declarations: the base constructor calls OnEventSourceCreated before the constructor body runs.
    private EventSource? runtime;
    private long suspendedAtTicks;
    private bool suspendedForGc;
    private bool startedSinceSuspend;
    private bool backgroundGen2Running;
    private string generation = "?";
    private string kind = "?";

    public GcPauseMetrics(bool allocations = false)
    {
        if (allocations && runtime is not null)
        {
            // The allocation samples are Verbose events of the GC keyword.
            EnableEvents(runtime, EventLevel.Verbose, GcKeyword);
        }
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == RuntimeSource)
        {
            runtime = eventSource;
            EnableEvents(eventSource, EventLevel.Informational, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        // Events arrive on one dispatch thread, in order, stamped with the time they were raised.
        switch (eventData.EventId)
        {
            case SuspendBegin:
                suspendedAtTicks = eventData.TimeStamp.Ticks;
                // A suspension that is not for a collection is no GC pause; one without a reason counts as one.
                suspendedForGc = eventData.Payload is not { Count: >= 1 } begin
                    || Convert.ToUInt32(begin[0], System.Globalization.CultureInfo.InvariantCulture) is SuspendForGc or SuspendForGcPrep;
                startedSinceSuspend = false;
                break;
            case RestartEnd when suspendedAtTicks != 0:
                if (suspendedForGc)
                {
                    var pause = TimeSpan.FromTicks(eventData.TimeStamp.Ticks - suspendedAtTicks).TotalSeconds;
                    Pauses.Record(pause);
                    // A pause in which no collection started is the end of a background gen2 (its final pause has no
                    // start event of its own); the labels of an earlier collection must not be reused for it.
                    var (gen, how) = startedSinceSuspend ? (generation, kind) : backgroundGen2Running ? ("gen2", "background") : ("?", "?");
                    PausesByGeneration.Add(pause, new("generation", gen), new("kind", how));
                }

                suspendedAtTicks = 0;
                break;
            case GcStart when eventData.Payload is { Count: >= 4 } start:
                generation = $"gen{start[1]}";
                var type = Convert.ToInt32(start[3], System.Globalization.CultureInfo.InvariantCulture);
                kind = type switch { 0 => "blocking", 1 => "background", _ => "foreground" };
                startedSinceSuspend = true;
                if (type == 1) backgroundGen2Running = true;
                break;
            case GcEnd when eventData.Payload is { Count: >= 2 } end
                && Convert.ToInt32(end[1], System.Globalization.CultureInfo.InvariantCulture) == 2:
                backgroundGen2Running = false;
                break;
            case AllocationTick when eventData.Payload is { Count: >= 6 } tick:
                var heap = Convert.ToInt32(tick[1], System.Globalization.CultureInfo.InvariantCulture) switch { 0 => "soh", 1 => "loh", _ => "poh" };
                Allocated.Add(Convert.ToInt64(tick[3], System.Globalization.CultureInfo.InvariantCulture), new("heap", heap), new("type", tick[5] as string ?? "?"));
                break;
            default:
                break;
        }
    }
}
