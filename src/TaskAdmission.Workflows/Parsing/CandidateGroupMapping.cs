namespace TaskAdmission.Workflows.Parsing;

/// <summary>What one Flowable/Activiti candidate group means here: the roles that may claim the task and the scope they need.</summary>
public sealed class CandidateGroupMapping
{
    /// <summary>Roles given to the task (as <c>ta:candidateRoles</c>).</summary>
    public List<string> Roles { get; set; } = [];

    /// <summary>Candidate scope (as <c>ta:candidateScope</c>): a literal or a <c>${…}</c> expression; null = any scope.</summary>
    public string? Scope { get; set; }
}
