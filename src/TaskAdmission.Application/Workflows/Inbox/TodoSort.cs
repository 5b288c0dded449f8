namespace TaskAdmission.Application.Workflows.Inbox;

/// <summary>How the 待办 tab is ordered: by due date (soonest first, none last), by arrival (oldest first), or by step name.</summary>
public enum TodoSort
{
    Due,
    Received,
    Step,
}
