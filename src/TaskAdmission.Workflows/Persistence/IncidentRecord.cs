namespace TaskAdmission.Workflows.Persistence;

/// <summary>A failure that stopped a token (throwing service task, no gateway flow, unhandled BPMN error, ...).</summary>
public sealed record IncidentRecord
{
    /// <summary>Incident id.</summary>
    public required Guid Id { get; init; }

    /// <summary>Owning process instance.</summary>
    public required Guid InstanceId { get; init; }

    /// <summary>Stopped engine token.</summary>
    public required int TokenId { get; init; }

    /// <summary>Failing element.</summary>
    public required string ElementId { get; init; }

    /// <summary>Stable step id (instance, element, execution counter) passed to the service activity.</summary>
    public required string StepId { get; init; }

    /// <summary>Error message.</summary>
    public required string Message { get; init; }

    /// <summary>Exception type and stack trace, if the failure was an exception.</summary>
    public string? StackTrace { get; init; }

    /// <summary>Open or resolved.</summary>
    public required IncidentStatus Status { get; init; }

    /// <summary>When the incident was raised.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it was resolved.</summary>
    public DateTimeOffset? ResolvedAt { get; init; }

    /// <summary>Operator who resolved it.</summary>
    public string? ResolvedBy { get; init; }
}
