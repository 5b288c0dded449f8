namespace TaskAdmission.Core.Burden;

/// <summary>Where a target stands at the last period boundary. Persisted nowhere (computed on read).</summary>
public enum TargetStatus
{
    /// <summary>No month of the target's window has ended yet.</summary>
    NotStarted,

    /// <summary>A reduction target whose jurisdiction has no baseline for the kind.</summary>
    NoBaseline,

    OnTrack,
    AtRisk,
    Missed,

    /// <summary>The due date has passed and the goal was reached.</summary>
    Met,
}
