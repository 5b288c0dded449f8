namespace TaskAdmission.Application.Persistence.Workflows.Entities;

/// <summary>Row of wf_start_timers: when a timer start event of a deployed process next starts an instance, and who holds it.</summary>
public sealed class WfStartTimer
{
    public Guid Id { get; set; }
    public required string ProcessId { get; set; }
    public int Version { get; set; }
    public required string ElementId { get; set; }
    public DateTime DueAtUtc { get; set; }
    public int Fired { get; set; }
    public string? LeaseOwner { get; set; }
    public DateTime? LeasedUntilUtc { get; set; }
}
