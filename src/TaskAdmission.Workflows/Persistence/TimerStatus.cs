namespace TaskAdmission.Workflows.Persistence;

/// <summary>State of a timer record.</summary>
public enum TimerStatus
{
    /// <summary>Waiting to become due and be fired.</summary>
    Pending,

    /// <summary>Fired exactly once.</summary>
    Fired,

    /// <summary>Cancelled because the token moved on.</summary>
    Cancelled,
}
