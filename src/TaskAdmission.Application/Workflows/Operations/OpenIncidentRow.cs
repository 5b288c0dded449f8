namespace TaskAdmission.Application.Workflows.Operations;

/// <summary>One open incident with the instance it stops, as listed on the operations page.</summary>
public sealed record OpenIncidentRow(
    Guid IncidentId,
    Guid InstanceId,
    string ProcessId,
    int DefinitionVersion,
    string? BusinessKey,
    string ElementId,
    string Message,
    DateTime CreatedAtUtc);
