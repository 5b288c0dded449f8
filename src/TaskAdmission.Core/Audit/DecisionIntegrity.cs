namespace TaskAdmission.Core.Audit;

/// <summary>How a decision shown on screen compares with its audit entry.</summary>
public enum DecisionIntegrity
{
    /// <summary>The audit entry is intact and its seal matches the decision as stored.</summary>
    Verified,

    /// <summary>The decision or its audit entry was changed after it was recorded.</summary>
    Mismatch,

    /// <summary>No audit entry seals this decision (recorded before the chain existed, or written past the app).</summary>
    Unsealed,
}
