namespace TaskAdmission.Workflows.Persistence;

/// <summary>State of a user task record.</summary>
public enum UserTaskStatus
{
    /// <summary>Waiting for a person.</summary>
    Open,

    /// <summary>Completed by a person or by "system".</summary>
    Completed,

    /// <summary>Cancelled by the engine (timer, return, withdraw, removed signer, move, ...).</summary>
    Cancelled,
}
