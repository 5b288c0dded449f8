namespace TaskAdmission.Workflows.Persistence;

/// <summary>A human task (bookmark) as stored for inbox queries.</summary>
public sealed record UserTaskRecord
{
    /// <summary>Task id.</summary>
    public required Guid Id { get; init; }

    /// <summary>Owning process instance.</summary>
    public required Guid InstanceId { get; init; }

    /// <summary>BPMN process id.</summary>
    public required string ProcessId { get; init; }

    /// <summary>Business key of the instance.</summary>
    public string? BusinessKey { get; init; }

    /// <summary>The userTask element id (task definition id).</summary>
    public required string ElementId { get; init; }

    /// <summary>The userTask name.</summary>
    public string? Name { get; init; }

    /// <summary>Engine token the task belongs to.</summary>
    public required int TokenId { get; init; }

    /// <summary>Open, completed or cancelled.</summary>
    public required UserTaskStatus Status { get; init; }

    /// <summary>Who currently has to act (the delegate while delegated).</summary>
    public string? Assignee { get; init; }

    /// <summary>Who owns the task; differs from the assignee only while delegated.</summary>
    public string? Owner { get; init; }

    /// <summary>Delegation state.</summary>
    public DelegationState Delegation { get; init; }

    /// <summary>Roles that may claim the task.</summary>
    public IReadOnlyList<string> CandidateRoles { get; init; } = [];

    /// <summary>Users who may claim the task (Flowable <c>candidateUsers</c>), whatever their role or scope.</summary>
    public IReadOnlyList<string> CandidateUsers { get; init; } = [];

    /// <summary>Resolved candidate scope (e.g. a region code); null means any scope.</summary>
    public string? CandidateScope { get; init; }

    /// <summary>Form identifier for the UI.</summary>
    public string? FormKey { get; init; }

    /// <summary>Due date from ta:dueInWorkingDays on the working calendar.</summary>
    public DateOnly? DueDate { get; init; }

    /// <summary>Creation time.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Last time someone claimed, transferred, delegated, resolved or completed the task ("acted on").</summary>
    public DateTimeOffset? LastActionAt { get; init; }

    /// <summary>Completion or cancellation time.</summary>
    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>Who completed the task ("system" for automatic timeout actions).</summary>
    public string? CompletedBy { get; init; }

    /// <summary>The outcome variable given on completion, if any.</summary>
    public string? Outcome { get; init; }

    /// <summary>Multi-instance loop counter (0-based), null for single tasks.</summary>
    public int? LoopIndex { get; init; }

    /// <summary>Multi-instance element value as JSON, null for single tasks.</summary>
    public string? ElementValueJson { get; init; }
}
