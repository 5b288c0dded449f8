using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Application.Persistence.Workflows.Entities;

/// <summary>Row of wf_user_tasks; candidate roles are also rows of wf_task_candidates so the inbox query can use an index.</summary>
public sealed class WfUserTask
{
    public Guid Id { get; set; }
    public Guid InstanceId { get; set; }
    public required string ProcessId { get; set; }
    public string? BusinessKey { get; set; }
    public required string ElementId { get; set; }
    public string? Name { get; set; }
    public int TokenId { get; set; }
    public UserTaskStatus Status { get; set; }
    public string? Assignee { get; set; }
    public string? Owner { get; set; }
    public DelegationState Delegation { get; set; }

    /// <summary>Comma-separated candidate roles, as given (the query side uses <see cref="WfTaskCandidate"/>).</summary>
    public required string CandidateRoles { get; set; }

    public string? CandidateScope { get; set; }
    public string? FormKey { get; set; }
    public DateOnly? DueDate { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? LastActionAtUtc { get; set; }
    public DateTime? ClosedAtUtc { get; set; }
    public string? CompletedBy { get; set; }
    public string? Outcome { get; set; }
    public int? LoopIndex { get; set; }
    public string? ElementValueJson { get; set; }

    /// <summary>Comma-separated users who may claim the task whatever their role (null: none).</summary>
    public string? CandidateUsers { get; set; }
}
