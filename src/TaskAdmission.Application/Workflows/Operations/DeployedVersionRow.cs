namespace TaskAdmission.Application.Workflows.Operations;

/// <summary>One deployed version of a process, for the migrate form.</summary>
public sealed record DeployedVersionRow(int Version, string? Name, DateTime DeployedAtUtc);
