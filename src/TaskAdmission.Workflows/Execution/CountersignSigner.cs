namespace TaskAdmission.Workflows.Execution;

/// <summary>One signer of a countersign: the collection element (usually a user name), its state, and its outcome once signed.</summary>
public sealed record CountersignSigner(string Element, CountersignSignerState State, string? Outcome, string? SignedBy, Guid? TaskId);
