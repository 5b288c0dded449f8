namespace TaskAdmission.Workflows.Execution;

/// <summary>Where a called instance returns to: the calling instance, the token waiting at the call activity, and its element.</summary>
internal sealed record CallerLink(Guid InstanceId, int TokenId, string ElementId);
