namespace TaskAdmission.Application.Persistence.Workflows.Entities;

/// <summary>Row of wf_task_candidates: one candidate role of a user task (a task may name several roles).</summary>
public sealed class WfTaskCandidate
{
    public Guid TaskId { get; set; }
    public required string Role { get; set; }
}
