namespace TaskAdmission.Workflows.Definitions;

/// <summary>Automatic action of a boundary timer on a user task (<c>ta:timeoutAction</c>).</summary>
public enum TimeoutAction
{
    /// <summary>Send a reminder notification through the outbox and keep the task open.</summary>
    Remind,

    /// <summary>Complete the open task(s) as "system" with outcome=approve.</summary>
    Approve,

    /// <summary>Complete the open task(s) as "system" with outcome=reject.</summary>
    Reject,
}
