namespace TaskAdmission.Application.Persistence.Workflows.Entities;

/// <summary>Row of wf_definitions: one deployed version of a BPMN process.</summary>
public sealed class WfDefinition
{
    public required string ProcessId { get; set; }
    public int Version { get; set; }
    public string? Name { get; set; }
    public required string ContentHash { get; set; }
    public required string Xml { get; set; }
    public DateTime DeployedAtUtc { get; set; }
}
