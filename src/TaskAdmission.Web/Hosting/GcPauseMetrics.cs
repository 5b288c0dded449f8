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
public sealed class GcPauseMetrics : EventListener
{
    public const string MeterName = "TaskAdmission.Gc";

    private const string RuntimeSource = "Microsoft-Windows-DotNETRuntime";
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private const int SuspendBegin = 9; // GCSuspendEEBegin_V1: the runtime starts stopping the managed threads
    private const int RestartEnd = 3; // GCRestartEEEnd_V1: they run again

    private static readonly Meter Meter = new(MeterName);

    // Static: the base constructor calls OnEventSourceCreated before this class's instance fields are set.
    private static readonly Histogram<double> Pauses = Meter.CreateHistogram<double>("taskadmission.gc.pause", "s",
        "Garbage collection pauses (managed threads suspended until restarted).",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1] });

    private long suspendedAtTicks;

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == RuntimeSource)
        {
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
                break;
            case RestartEnd when suspendedAtTicks != 0:
                Pauses.Record(TimeSpan.FromTicks(eventData.TimeStamp.Ticks - suspendedAtTicks).TotalSeconds);
                suspendedAtTicks = 0;
                break;
            default:
                break;
        }
    }
}
