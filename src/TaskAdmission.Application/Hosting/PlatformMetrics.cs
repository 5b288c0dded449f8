using System.Diagnostics.Metrics;

namespace TaskAdmission.Application.Hosting;

/// <summary>
/// The platform's own metrics (the engine's are in <c>WorkflowTelemetry</c>), on a plain <see cref="Meter"/> the host
/// subscribes to by <see cref="Name"/>. Gauges that need the database read the latest <see cref="PlatformSnapshot"/>
/// (taken by <see cref="PlatformSnapshotWorker"/>), so a scrape never waits for a query.
/// </summary>
public static class PlatformMetrics
{
    public const string Name = "TaskAdmission";

    private static readonly Meter Meter = new(Name);

    private static readonly Counter<long> InboxLookups = Meter.CreateCounter<long>(
        "taskadmission.inbox_cache.lookups", "{lookup}", "Village inbox reads, by result (hit: served from memory; miss: read from the database) and a miss by cause (why the village had no entry).");

    private static readonly Counter<long> InboxJoins = Meter.CreateCounter<long>(
        "taskadmission.inbox_cache.joined", "{lookup}", "Village inbox misses served by a read of the same village already in flight instead of a read of their own.");

    private static readonly Counter<long> InboxRenewalsBehind = Meter.CreateCounter<long>(
        "taskadmission.inbox_cache.renewed_behind", "{renewal}", "Village inboxes due for renewal read again behind the reader that found them due (it was served the kept one).");

    private static readonly Counter<long> InboxDerivations = Meter.CreateCounter<long>(
        "taskadmission.inbox_cache.derived", "{lookup}", "Village inbox misses rendered from what the village's cached entry keeps (the other language) instead of a read of the database.");

    private static readonly Counter<long> InboxWriteThroughs = Meter.CreateCounter<long>(
        "taskadmission.inbox_cache.write_through", "{village}",
        "Villages with a cached inbox a dispatch chunk gave new work, by result (updated: the entry updated in memory; evicted: it fell back to eviction) and, when evicted, why.");

    private static readonly Counter<long> PrecheckFindings = Meter.CreateCounter<long>(
        "taskadmission.precheck.outcomes", "{precheck}", "Pre-check results, by outcome and by the rule of each finding.");

    private static PlatformSnapshot latest = PlatformSnapshot.None;

    static PlatformMetrics()
    {
        Meter.CreateObservableGauge("taskadmission.incidents.open", () => latest.OpenIncidents, "{incident}", "Workflow incidents not yet resolved.");
        Meter.CreateObservableGauge("taskadmission.tasks.open", () => latest.OpenTasks, "{task}", "Open user tasks.");
        Meter.CreateObservableGauge("taskadmission.tasks.oldest_age", () => latest.OldestTaskAge.TotalSeconds, "s", "Age of the oldest open user task.");
        Meter.CreateObservableGauge("taskadmission.timers.lag", () => latest.TimerLag.TotalSeconds, "s", "How late the most overdue pending timer is (0 when none is due).");
        Meter.CreateObservableGauge("taskadmission.outbox.backlog", () => latest.OutboxBacklog, "{message}", "Outbox messages not yet dispatched.");
    }

    /// <summary>The most recent database sample (what the gauges and the operations health report show).</summary>
    public static PlatformSnapshot Latest => Volatile.Read(ref latest);

    public static void Publish(PlatformSnapshot snapshot) => Volatile.Write(ref latest, snapshot);

    public static void InboxLookup(bool hit) => InboxLookups.Add(1, new KeyValuePair<string, object?>("result", hit ? "hit" : "miss"));

    /// <summary>A village inbox lookup; a miss with its cause (why the village had no entry: cold, evicted, notified, cleared, max_age, not_live; or revalidated_unchanged / revalidated_changed: its entry reached MaxAge and was checked; or renewed_ahead: its entry was due and this reader read it again).</summary>
    public static void InboxLookup(bool hit, string cause)
    {
        if (hit)
        {
            InboxLookup(true);
            return;
        }
        InboxLookups.Add(1, new KeyValuePair<string, object?>("result", "miss"), new KeyValuePair<string, object?>("cause", cause));
    }

    public static void InboxJoined() => InboxJoins.Add(1);

    public static void InboxDerived() => InboxDerivations.Add(1);

    public static void InboxRenewedBehind() => InboxRenewalsBehind.Add(1);

    /// <summary>
    /// A cached inbox a dispatch chunk's commit updated in memory (<paramref name="reason"/> null), or evicted instead
    /// because of <paramref name="reason"/> (no_snapshot, shown, tie, full, verdict, names, other_write, raced).
    /// </summary>
    public static void InboxWriteThrough(string? reason)
    {
        if (reason is null)
        {
            InboxWriteThroughs.Add(1, new KeyValuePair<string, object?>("result", "updated"));
            return;
        }
        InboxWriteThroughs.Add(1, new KeyValuePair<string, object?>("result", "evicted"), new KeyValuePair<string, object?>("reason", reason));
    }

    /// <summary>Counts one pre-check: its outcome, and once per finding the rule it rests on.</summary>
    public static void Precheck(string outcome, IEnumerable<string> rules)
    {
        var any = false;
        foreach (var rule in rules.Distinct(StringComparer.Ordinal))
        {
            PrecheckFindings.Add(1, new KeyValuePair<string, object?>("outcome", outcome), new KeyValuePair<string, object?>("rule", rule));
            any = true;
        }
        if (!any) PrecheckFindings.Add(1, new KeyValuePair<string, object?>("outcome", outcome), new KeyValuePair<string, object?>("rule", "none"));
    }
}
