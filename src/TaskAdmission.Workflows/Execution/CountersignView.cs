namespace TaskAdmission.Workflows.Execution;

/// <summary>A running multi-instance user task (会签 / 或签 / 依次): its rule and where each signer stands.</summary>
/// <param name="ElementId">The user task's element id.</param>
/// <param name="Sequential">True when signers sign one after another (依次).</param>
/// <param name="CompletionCondition">The completion condition as written, or null (everyone must sign).</param>
/// <param name="Signers">One entry per collection element, in collection order (removed signers included).</param>
public sealed record CountersignView(string ElementId, bool Sequential, string? CompletionCondition, IReadOnlyList<CountersignSigner> Signers)
{
    /// <summary>Signers still counted (not removed).</summary>
    public int Instances => Signers.Count(s => s.State != CountersignSignerState.Removed);

    /// <summary>Signers who have signed.</summary>
    public int Completed => Signers.Count(s => s.State == CountersignSignerState.Signed);
}
