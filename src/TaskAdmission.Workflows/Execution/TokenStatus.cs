namespace TaskAdmission.Workflows.Execution;

/// <summary>What a token is doing at its current node.</summary>
internal enum TokenStatus
{
    /// <summary>Queued to execute its node in the current command.</summary>
    Ready,

    /// <summary>Parked on a bookmark (task, timer, subscription).</summary>
    Waiting,

    /// <summary>Arrived at a joining gateway, waiting for the other branches.</summary>
    Joining,

    /// <summary>Stopped by an incident until retried or moved.</summary>
    Incident,

    /// <summary>Owns child tokens: an embedded sub-process or a multi-instance body.</summary>
    Scope,
}
