using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Application.Persistence.Workflows.Entities;

/// <summary>Row of wf_incidents.</summary>
public sealed class WfIncident
{
    public Guid Id { get; set; }
    public Guid InstanceId { get; set; }
    public int TokenId { get; set; }
    public required string ElementId { get; set; }
    public required string StepId { get; set; }
    public required string Message { get; set; }
    public string? StackTrace { get; set; }
    public IncidentStatus Status { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? ResolvedAtUtc { get; set; }
    public string? ResolvedBy { get; set; }
}
