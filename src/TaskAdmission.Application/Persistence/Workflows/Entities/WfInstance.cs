using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Application.Persistence.Workflows.Entities;

/// <summary>Row of wf_instances; <see cref="Version"/> is the optimistic concurrency token of every engine command.</summary>
public sealed class WfInstance
{
    public Guid Id { get; set; }
    public required string ProcessId { get; set; }
    public int DefinitionVersion { get; set; }
    public string? BusinessKey { get; set; }
    public string? Initiator { get; set; }
    public InstanceStatus Status { get; set; }
    public long Version { get; set; }
    public DateTime StartedAtUtc { get; set; }
    public DateTime? EndedAtUtc { get; set; }
    public bool HasOpenIncidents { get; set; }
    public required string StateJson { get; set; }
}
