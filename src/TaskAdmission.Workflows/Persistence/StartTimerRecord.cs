namespace TaskAdmission.Workflows.Persistence;

/// <summary>The schedule of one timer start event of a deployed process: when it is next due and who holds it.</summary>
public sealed record StartTimerRecord
{
    /// <summary>Row id.</summary>
    public required Guid Id { get; init; }

    /// <summary>BPMN process id.</summary>
    public required string ProcessId { get; init; }

    /// <summary>The deployed version whose timer start event this is (a new version replaces the schedule).</summary>
    public required int Version { get; init; }

    /// <summary>The timer start event's id.</summary>
    public required string ElementId { get; init; }

    /// <summary>When the next instance is due.</summary>
    public required DateTimeOffset DueAt { get; init; }

    /// <summary>How many occurrences have fired so far (an ISO cycle <c>R3/…</c> stops after three).</summary>
    public int Fired { get; init; }

    /// <summary>Worker holding the lease, if any.</summary>
    public string? LeaseOwner { get; init; }

    /// <summary>Lease expiry; after it another worker may lease the schedule.</summary>
    public DateTimeOffset? LeasedUntil { get; init; }
}
