using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Application.Workflows.Operations;

/// <summary>The operators' instance search: process, version, state, business key (or a submission or report number), started between.</summary>
public sealed record InstanceFilter(string? ProcessId, int? Version, InstanceStatus? Status, string? Key, DateOnly? StartedFrom, DateOnly? StartedTo);
