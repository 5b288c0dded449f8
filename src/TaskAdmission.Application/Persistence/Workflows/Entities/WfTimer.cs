using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Application.Persistence.Workflows.Entities;

/// <summary>Row of wf_timers; the lease columns change outside the instance version (see EfWorkflowStore.LeaseDueTimersAsync).</summary>
public sealed class WfTimer
{
    public Guid Id { get; set; }
    public Guid InstanceId { get; set; }
    public int TokenId { get; set; }
    public required string ElementId { get; set; }
    public DateTime DueAtUtc { get; set; }
    public TimerStatus Status { get; set; }
    public string? LeaseOwner { get; set; }
    public DateTime? LeasedUntilUtc { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? ClosedAtUtc { get; set; }
}
