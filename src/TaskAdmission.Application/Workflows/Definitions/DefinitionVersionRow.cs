namespace TaskAdmission.Application.Workflows.Definitions;

/// <summary>One deployed version of a process: who deployed it when, and its instances (running and in all).</summary>
public sealed record DefinitionVersionRow(string ProcessId, int Version, string? Name, string? DeployedBy, DateTime DeployedAtUtc, int Running, int Instances);
