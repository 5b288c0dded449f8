namespace TaskAdmission.Core.Villages;

/// <summary>Where an assignment stands from the village's side. Persisted by name.</summary>
public enum AssignmentStatus
{
    /// <summary>Dispatched, not yet looked at.</summary>
    Open,

    /// <summary>The village confirmed it has seen the work (收到).</summary>
    Acknowledged,

    /// <summary>The village reported progress at least once.</summary>
    InProgress,

    /// <summary>The village marked it done.</summary>
    Done,

    /// <summary>Revoked or exited; the village no longer owes anything.</summary>
    Cancelled,
}
