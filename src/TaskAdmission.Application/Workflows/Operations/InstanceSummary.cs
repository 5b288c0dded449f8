using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Application.Workflows.Operations;

/// <summary>An instance found by id or business key.</summary>
public sealed record InstanceSummary(
    Guid Id,
    string ProcessId,
    int DefinitionVersion,
    string? BusinessKey,
    InstanceStatus Status,
    bool HasOpenIncidents,
    DateTime StartedAtUtc);
