using System.ComponentModel.DataAnnotations;

namespace TaskAdmission.Application.Villages;

/// <summary>Jurisdiction parameters of village work (<c>Villages:*</c>), in working days on the registered calendar.</summary>
public sealed class VillageOptions
{
    public const string Section = "Villages";

    /// <summary>Dispatched work is due this many working days after it may start.</summary>
    [Range(1, 365)]
    public int DueWorkingDays { get; set; } = 10;

    /// <summary>Emergency work is due sooner.</summary>
    [Range(1, 365)]
    public int EmergencyDueWorkingDays { get; set; } = 2;

    /// <summary>Promised support still unconfirmed or missing this many working days after dispatch is flagged (费随事转).</summary>
    [Range(1, 365)]
    public int SupportFlagWorkingDays { get; set; } = 20;

    /// <summary>The village is reminded once when the due date is this many working days away.</summary>
    [Range(0, 365)]
    public int DueSoonWorkingDays { get; set; } = 3;

    /// <summary>How often the background check runs (support flags, due reminders); 0 turns it off.</summary>
    [Range(0, 10_080)]
    public int CheckIntervalMinutes { get; set; } = 60;

    /// <summary>
    /// How many villages' open inboxes are kept in memory (PostgreSQL only, invalidated by LISTEN/NOTIFY); 0 turns the
    /// cache off. When full it starts again empty.
    /// </summary>
    [Range(0, 10_000_000)]
    public int InboxCacheEntries { get; set; } = 20_000;

    /// <summary>
    /// When a cached inbox reaches its 60 s backstop, check with one statement whether anything it rests on was written
    /// since it was read (a fingerprint of those rows), and serve it for another 60 s if not, instead of reading it again
    /// in full (issue 20). The decisions' seals are checked as a read would check them. Off by default: a revalidation
    /// reads 56 % of a miss's PostgreSQL buffers (17 % of its allocations), and with it on every miss first takes the
    /// fingerprint it keeps (docs/villages.md).
    /// </summary>
    public bool InboxRevalidate { get; set; }

    /// <summary>
    /// When a dispatch chunk commits new work for villages whose open inbox is cached, update those entries in memory
    /// from what the chunk wrote (the same view a read builds) instead of evicting them, so the village's next read
    /// needs no database read (issue 20: most of the Monday misses were villages a dispatch had just evicted). An entry
    /// it cannot update with certainty is evicted as before (<see cref="Caching.InboxWriteThrough"/>). On by default;
    /// off evicts as before, for a before/after on one build.
    /// </summary>
    public bool InboxWriteThrough { get; set; } = true;

    /// <summary>
    /// Villages per dispatch transaction. A decision that admits more villages than this does not write their
    /// assignments, ledger rows and notifications in its own transaction: it queues a dispatch job, and the dispatch
    /// worker writes them this many at a time, each chunk in its own short transaction. One transaction for 500-1,000
    /// villages (a township of a city-scale task) held the database and the inbox readers queued behind it for hundreds
    /// of milliseconds (issue 20).
    /// </summary>
    [Range(1, 100_000)]
    public int DispatchChunk { get; set; } = 200;

    /// <summary>
    /// How often (seconds) the dispatch worker looks for queued dispatches it was not woken for (another node queued
    /// them, or a restart left them); a commit of this node that queues one wakes it at once. 0 turns the worker off
    /// on this node.
    /// </summary>
    [Range(0, 3_600)]
    public int DispatchPollSeconds { get; set; } = 5;
}
