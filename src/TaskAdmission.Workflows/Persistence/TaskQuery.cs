namespace TaskAdmission.Workflows.Persistence;

/// <summary>Inbox query: tasks assigned to a user, or claimable by their roles within their scopes.</summary>
/// <remarks>
/// With <see cref="Assignee"/> set, returns tasks assigned to that user and unassigned tasks that name the user among
/// their candidate users. With <see cref="CandidateRoles"/> set,
/// returns unassigned tasks sharing a role whose scope is null or in <see cref="CandidateScopes"/> (when given).
/// Both set: the union. Ordered by creation time, then id.
/// </remarks>
public sealed record TaskQuery
{
    /// <summary>Tasks currently assigned to this user, or unassigned with this user among their candidate users.</summary>
    public string? Assignee { get; init; }

    /// <summary>Roles of the user; matches unassigned tasks with any of these candidate roles.</summary>
    public IReadOnlyList<string>? CandidateRoles { get; init; }

    /// <summary>Scopes of the user; null means scope is not checked.</summary>
    public IReadOnlyList<string>? CandidateScopes { get; init; }

    /// <summary>Restrict to one instance.</summary>
    public Guid? InstanceId { get; init; }

    /// <summary>Include completed and cancelled tasks (default: open only).</summary>
    public bool IncludeClosed { get; init; }

    /// <summary>Rows to skip.</summary>
    public int Skip { get; init; }

    /// <summary>Page size (1–500).</summary>
    public int Take { get; init; } = 50;
}
