namespace TaskAdmission.Workflows.Persistence;

/// <summary>A side effect (notification, integration call) committed with the step that caused it, dispatched later.</summary>
public sealed record OutboxMessage
{
    /// <summary>Message id (use as idempotency key when dispatching).</summary>
    public required Guid Id { get; init; }

    /// <summary>Instance that produced the message.</summary>
    public required Guid InstanceId { get; init; }

    /// <summary>Message type, e.g. TaskReminder, CarbonCopy, or a service activity's own type.</summary>
    public required string Type { get; init; }

    /// <summary>Payload as JSON.</summary>
    public required string PayloadJson { get; init; }

    /// <summary>Step id of the producing service task, if any.</summary>
    public string? StepId { get; init; }

    /// <summary>Creation time.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When a dispatcher delivered it; null while pending.</summary>
    public DateTimeOffset? DispatchedAt { get; init; }
}
