namespace TaskAdmission.Workflows.Persistence;

/// <summary>One step in an instance's history: who did what, when, with which variables and comment.</summary>
public sealed record JournalEntry
{
    /// <summary>Entry id.</summary>
    public required Guid Id { get; init; }

    /// <summary>Owning process instance.</summary>
    public required Guid InstanceId { get; init; }

    /// <summary>Gap-free order within the instance, starting at 1.</summary>
    public required long Sequence { get; init; }

    /// <summary>When it happened.</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>What happened.</summary>
    public required JournalEntryKind Kind { get; init; }

    /// <summary>The BPMN element involved, if any.</summary>
    public string? ElementId { get; init; }

    /// <summary>The user task involved, if any.</summary>
    public Guid? TaskId { get; init; }

    /// <summary>Who did it ("system" for the engine's automatic actions, null for plain routing).</summary>
    public string? Actor { get; init; }

    /// <summary>Comment or operator reason.</summary>
    public string? Comment { get; init; }

    /// <summary>Outcome given on completion, if any.</summary>
    public string? Outcome { get; init; }

    /// <summary>Variables changed by the step, as a JSON object.</summary>
    public string? VariablesJson { get; init; }

    /// <summary>Extra detail, e.g. "transferred to li.si" or an error message.</summary>
    public string? Detail { get; init; }
}
