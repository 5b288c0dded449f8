namespace TaskAdmission.Workflows.Persistence;

/// <summary>Lifecycle state of a process instance.</summary>
public enum InstanceStatus
{
    /// <summary>At least one token is active or waiting.</summary>
    Running,

    /// <summary>All tokens reached end events (or a terminate end event ended the process).</summary>
    Completed,

    /// <summary>The initiator withdrew the instance (撤回); every open task was cancelled.</summary>
    Withdrawn,

    /// <summary>A called instance whose caller was cancelled (an interrupting event, a terminate end, a withdrawal); every open task was cancelled.</summary>
    Cancelled,
}
