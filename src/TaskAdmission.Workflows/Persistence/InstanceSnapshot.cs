namespace TaskAdmission.Workflows.Persistence;

/// <summary>The persisted row of a process instance; <see cref="StateJson"/> is the engine's opaque serialised state.</summary>
public sealed record InstanceSnapshot
{
    /// <summary>Instance id.</summary>
    public required Guid Id { get; init; }

    /// <summary>BPMN process id of the definition.</summary>
    public required string ProcessId { get; init; }

    /// <summary>Deployed version the instance runs on.</summary>
    public required int DefinitionVersion { get; init; }

    /// <summary>Caller's correlation key (e.g. a domain entity id); used for message correlation.</summary>
    public string? BusinessKey { get; init; }

    /// <summary>Who started the instance.</summary>
    public string? Initiator { get; init; }

    /// <summary>Lifecycle state.</summary>
    public required InstanceStatus Status { get; init; }

    /// <summary>Optimistic concurrency version; each committed command increments it by one.</summary>
    public required long Version { get; init; }

    /// <summary>When the instance started.</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>When the instance completed or was withdrawn.</summary>
    public DateTimeOffset? EndedAt { get; init; }

    /// <summary>True while the instance has unresolved incidents.</summary>
    public bool HasOpenIncidents { get; init; }

    /// <summary>Serialised tokens, variables and counters (JSON; format owned by the engine).</summary>
    public required string StateJson { get; init; }
}
