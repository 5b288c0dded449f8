namespace TaskAdmission.Application.Workflows.Operations;

/// <summary>An element of a deployed definition version as the migration mapping form offers it.</summary>
public sealed record ElementChoice(string Id, string? Name, string ElementType);
