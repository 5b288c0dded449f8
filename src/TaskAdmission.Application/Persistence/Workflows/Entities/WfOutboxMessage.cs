namespace TaskAdmission.Application.Persistence.Workflows.Entities;

/// <summary>Row of wf_outbox: a side effect committed with its step, dispatched later.</summary>
public sealed class WfOutboxMessage
{
    public Guid Id { get; set; }
    public Guid InstanceId { get; set; }
    public required string Type { get; set; }
    public required string PayloadJson { get; set; }
    public string? StepId { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? DispatchedAtUtc { get; set; }
    public string? LeaseOwner { get; set; }
    public DateTime? LeasedUntilUtc { get; set; }
}
