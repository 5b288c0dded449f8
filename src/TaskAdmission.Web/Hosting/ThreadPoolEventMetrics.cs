using System.Diagnostics.Metrics;
using System.Diagnostics.Tracing;

namespace TaskAdmission.Web.Hosting;

/// <summary>
/// Why the thread pool changed its number of worker threads, and how long lock waits took, from the runtime's own events
/// (issue 20: reads queued before the first middleware with 3 threads while the cores were half idle). The runtime's
/// meter gives the thread count and queue length but not the reason the pool added a thread: <c>starvation</c> (work
/// queued and no thread finished one for half a second — a thread is blocked or busy too long), <c>blocking</c>
/// (<c>CooperativeBlocking</c>: a pool thread blocked in Task.Wait/.Result and the pool compensated), or its hill
/// climbing (<c>climbing</c>, <c>warmup</c>, <c>stabilizing</c>, …). Counted in
/// <c>taskadmission.threadpool.adjustments</c> by reason; <c>taskadmission.lock.contention.time</c> adds every contended
/// Monitor lock's wait (the count is the runtime's <c>dotnet.monitor.lock_contentions</c>). Off unless
/// <see cref="ObservabilityOptions.ThreadPoolEvents"/> is set: a diagnosis wants it (the Monday benchmark turns it on); a
/// production node need not pay for the listener (a few events a second, one per contended lock).
/// </summary>
public sealed class ThreadPoolEventMetrics : EventListener
{
    public const string MeterName = "TaskAdmission.ThreadPool";

    private const string RuntimeSource = "Microsoft-Windows-DotNETRuntime";
    private const EventKeywords ContentionKeyword = (EventKeywords)0x4000;
    private const EventKeywords ThreadingKeyword = (EventKeywords)0x10000;
    private const int Adjustment = 55; // ThreadPoolWorkerThreadAdjustmentAdjustment: NewWorkerThreadCount, Reason
    private const int ContentionStop = 91; // ContentionStop_V1: DurationNs

    private static readonly Meter Meter = new(MeterName);

    // Static: the base constructor calls OnEventSourceCreated before this class's instance fields are set.
    private static readonly Counter<long> Adjustments = Meter.CreateCounter<long>("taskadmission.threadpool.adjustments", "{adjustment}",
        "Changes of the thread pool's worker thread count, by the runtime's reason (starvation, blocking, climbing, ...).");

    private static readonly Counter<double> ContentionTime = Meter.CreateCounter<double>("taskadmission.lock.contention.time", "s",
        "Time threads waited for contended Monitor locks (lock statements).");

    private static readonly Counter<long> ThreadsAdded = Meter.CreateCounter<long>("taskadmission.threadpool.threads_added", "{thread}",
        "Worker threads the pool added, by the reason of the adjustment that added them.");

    private int lastCount;

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == RuntimeSource)
        {
            EnableEvents(eventSource, EventLevel.Informational, ThreadingKeyword | ContentionKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        // Events arrive on one dispatch thread, in order.
        switch (eventData.EventId)
        {
            case Adjustment when Payload(eventData, "Reason") is { } reason:
                var name = Reason(Convert.ToInt32(reason, System.Globalization.CultureInfo.InvariantCulture));
                Adjustments.Add(1, new KeyValuePair<string, object?>("reason", name));
                if (Payload(eventData, "NewWorkerThreadCount") is { } count)
                {
                    var now = Convert.ToInt32(count, System.Globalization.CultureInfo.InvariantCulture);
                    if (lastCount != 0 && now > lastCount)
                    {
                        ThreadsAdded.Add(now - lastCount, new KeyValuePair<string, object?>("reason", name));
                    }
                    lastCount = now;
                }
                break;
            case ContentionStop when Payload(eventData, "DurationNs") is { } ns:
                ContentionTime.Add(Convert.ToDouble(ns, System.Globalization.CultureInfo.InvariantCulture) / 1e9);
                break;
            default:
                break;
        }
    }

    private static object? Payload(EventWrittenEventArgs e, string name)
    {
        var at = e.PayloadNames?.IndexOf(name) ?? -1;
        return at >= 0 && e.Payload is { } payload && at < payload.Count ? payload[at] : null;
    }

    /// <summary>The runtime's ThreadAdjustmentReasonMap.</summary>
    private static string Reason(int reason) => reason switch
    {
        0 => "warmup",
        1 => "initializing",
        2 => "random",
        3 => "climbing",
        4 => "change-point",
        5 => "stabilizing",
        6 => "starvation",
        7 => "timed-out",
        8 => "blocking",
        _ => "other",
    };
}
