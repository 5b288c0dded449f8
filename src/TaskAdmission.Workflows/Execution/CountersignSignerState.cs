namespace TaskAdmission.Workflows.Execution;

/// <summary>Where one signer of a countersign stands.</summary>
public enum CountersignSignerState
{
    /// <summary>Not yet asked (a sequential countersign's later signers).</summary>
    Waiting,

    /// <summary>Has an open task.</summary>
    Active,

    /// <summary>Completed the task.</summary>
    Signed,

    /// <summary>Removed (减签).</summary>
    Removed,

    /// <summary>Not needed any more: the completion condition held before this signer signed.</summary>
    Skipped,
}
