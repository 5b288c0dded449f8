namespace TaskAdmission.Workflows.Persistence;

/// <summary>Delegation (委派) state of a user task.</summary>
public enum DelegationState
{
    /// <summary>Not delegated.</summary>
    None,

    /// <summary>Delegated: the assignee is the delegate, who must resolve it back to the owner.</summary>
    Pending,

    /// <summary>The delegate resolved it; the owner is the assignee again.</summary>
    Resolved,
}
