namespace TaskAdmission.Application.Workflows.Inbox;

/// <summary>The inbox tabs: 待办 (waiting for me), 已办 (done by me), 抄送我的 (copied to me), 我发起的 (started by me).</summary>
public enum TodoTab
{
    Todo,
    Done,
    Copied,
    Started,
}
