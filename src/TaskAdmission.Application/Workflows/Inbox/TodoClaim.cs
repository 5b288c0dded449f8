namespace TaskAdmission.Application.Workflows.Inbox;

/// <summary>Which open tasks the 待办 tab shows: all, those assigned to me, or those I may claim.</summary>
public enum TodoClaim
{
    All,
    Mine,
    Claimable,
}
