namespace TaskAdmission.Workflows.Persistence;

/// <summary>
/// Durable schedules of timer start events, shared by every node. Exactly once across nodes rests on two guards: each
/// occurrence starts an instance under an id derived from the process, the event and the due time (so a second start
/// of the same occurrence fails on the instance's primary key), and a schedule only advances from the due time it was
/// read at.
/// </summary>
public interface IStartTimerStore
{
    /// <summary>Replaces every schedule of <paramref name="processId"/> with <paramref name="timers"/> (a new version was deployed).</summary>
    Task ReplaceStartTimersAsync(string processId, IReadOnlyList<StartTimerRecord> timers, CancellationToken cancellationToken = default);

    /// <summary>Leases up to <paramref name="maxCount"/> schedules due at <paramref name="now"/> whose lease is free or expired.</summary>
    Task<IReadOnlyList<StartTimerRecord>> LeaseDueStartTimersAsync(DateTimeOffset now, string owner, TimeSpan leaseDuration, int maxCount, CancellationToken cancellationToken = default);

    /// <summary>
    /// Moves a schedule from the due time it was leased at to <paramref name="nextDue"/> (null: it is used up and removed),
    /// releasing the lease; false when another worker already moved it.
    /// </summary>
    Task<bool> AdvanceStartTimerAsync(StartTimerRecord leased, DateTimeOffset? nextDue, int fired, CancellationToken cancellationToken = default);

    /// <summary>The schedules of a process (all processes when null), for operators and tests.</summary>
    Task<IReadOnlyList<StartTimerRecord>> GetStartTimersAsync(string? processId, CancellationToken cancellationToken = default);
}
