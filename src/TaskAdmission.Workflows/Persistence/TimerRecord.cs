namespace TaskAdmission.Workflows.Persistence;

/// <summary>A durable timer: a timer catch event or a boundary timer waiting to fire.</summary>
public sealed record TimerRecord
{
    /// <summary>Timer id.</summary>
    public required Guid Id { get; init; }

    /// <summary>Owning process instance.</summary>
    public required Guid InstanceId { get; init; }

    /// <summary>Engine token waiting on (or owning the boundary of) this timer.</summary>
    public required int TokenId { get; init; }

    /// <summary>The timer catch event or boundary event id.</summary>
    public required string ElementId { get; init; }

    /// <summary>When the timer becomes due.</summary>
    public required DateTimeOffset DueAt { get; init; }

    /// <summary>Pending, fired or cancelled.</summary>
    public required TimerStatus Status { get; init; }

    /// <summary>Worker currently holding the lease, if any.</summary>
    public string? LeaseOwner { get; init; }

    /// <summary>Lease expiry; after it another worker may lease the timer.</summary>
    public DateTimeOffset? LeasedUntil { get; init; }

    /// <summary>Creation time.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the timer fired or was cancelled.</summary>
    public DateTimeOffset? ClosedAt { get; init; }
}
