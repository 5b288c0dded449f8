namespace TaskAdmission.Application.Workflows.Inbox;

/// <summary>The numbers on the menu and the dashboard: open tasks for me, how many of them are overdue, unread copies.</summary>
public sealed record TodoCounts(int Todo, int Overdue, int CopiedUnread);
