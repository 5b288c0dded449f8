namespace TaskAdmission.Workflows.Persistence;

/// <summary>Everything one engine command changed for one instance; a store commits it atomically or not at all.</summary>
/// <remarks>
/// Record lists are upserts by id (new rows and state changes alike); journal and outbox rows are only ever new.
/// The commit must fail with <see cref="Execution.WorkflowConflictException"/> unless the stored instance version
/// equals <see cref="ExpectedVersion"/> (0 = the instance must not exist yet).
/// </remarks>
public sealed record WorkflowChangeSet
{
    /// <summary>The instance row after the command; its Version is ExpectedVersion + 1.</summary>
    public required InstanceSnapshot Instance { get; init; }

    /// <summary>Version the command read; 0 for a new instance.</summary>
    public required long ExpectedVersion { get; init; }

    /// <summary>User tasks created or changed.</summary>
    public IReadOnlyList<UserTaskRecord> Tasks { get; init; } = [];

    /// <summary>Timers created, fired or cancelled.</summary>
    public IReadOnlyList<TimerRecord> Timers { get; init; } = [];

    /// <summary>Message subscriptions created, consumed or cancelled.</summary>
    public IReadOnlyList<MessageSubscriptionRecord> Subscriptions { get; init; } = [];

    /// <summary>Incidents raised or resolved.</summary>
    public IReadOnlyList<IncidentRecord> Incidents { get; init; } = [];

    /// <summary>Carbon copies created.</summary>
    public IReadOnlyList<CarbonCopyRecord> CarbonCopies { get; init; } = [];

    /// <summary>New journal entries.</summary>
    public IReadOnlyList<JournalEntry> Journal { get; init; } = [];

    /// <summary>New outbox messages.</summary>
    public IReadOnlyList<OutboxMessage> Outbox { get; init; } = [];
}
