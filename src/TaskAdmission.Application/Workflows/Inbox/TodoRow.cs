using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Application.Workflows.Inbox;

/// <summary>
/// One line of the inbox. A task (待办, 已办) carries its step, assignee and due date; a carbon copy (抄送我的) its sender,
/// comment and read state; an instance started by me (我发起的) its status and the steps it waits at.
/// </summary>
public sealed record TodoRow
{
    public Guid? TaskId { get; init; }
    public required Guid InstanceId { get; init; }
    public required string ProcessId { get; init; }
    public required string ProcessName { get; init; }
    public string? ElementId { get; init; }
    public string? Step { get; init; }
    public required string Subject { get; init; }
    public string? BusinessKey { get; init; }
    public string? FormKey { get; init; }
    public string? Assignee { get; init; }
    public bool Claimable { get; init; }
    public bool Delegated { get; init; }
    public DateOnly? DueDate { get; init; }

    /// <summary>Working days from today to the due date on the working calendar: negative when overdue.</summary>
    public int? WorkingDaysLeft { get; init; }

    public bool Overdue => WorkingDaysLeft < 0;

    /// <summary>Received (待办), completed (已办), copied (抄送) or started (我发起的).</summary>
    public required DateTimeOffset At { get; init; }

    public string? Outcome { get; init; }
    public InstanceStatus? Status { get; init; }
    public Guid? CopyId { get; init; }
    public bool Unread { get; init; }
    public string? From { get; init; }
    public string? Comment { get; init; }

    /// <summary>For 我发起的: the steps the instance waits at now.</summary>
    public IReadOnlyList<string> WaitingAt { get; init; } = [];
}
