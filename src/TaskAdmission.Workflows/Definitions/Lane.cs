namespace TaskAdmission.Workflows.Definitions;

/// <summary>A lane of the executable pool: documentation, and optionally default candidates for its user tasks.</summary>
/// <param name="Id">Lane id.</param>
/// <param name="Name">Lane name from the diagram.</param>
/// <param name="CandidateRoles">Roles given to user tasks in the lane that name no assignee or candidates (<c>ta:candidateRoles</c>).</param>
/// <param name="CandidateScope">Scope given to those tasks with the roles (<c>ta:candidateScope</c>).</param>
/// <param name="NodeIds">The flow nodes drawn in the lane.</param>
public sealed record Lane(string Id, string? Name, IReadOnlyList<string> CandidateRoles, DynamicText? CandidateScope, IReadOnlyList<string> NodeIds);
