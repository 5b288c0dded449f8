namespace TaskAdmission.Workflows.Definitions;

/// <summary>A human task (or a manual task confirmed by a person), with candidate roles/scope, optional assignee, form key and due date.</summary>
public sealed class UserTaskNode(
    string id,
    string? name,
    string? scopeId,
    int line,
    IReadOnlyList<string> candidateRoles,
    DynamicText? candidateScope,
    DynamicText? assignee,
    string? formKey,
    int? dueInWorkingDays,
    string elementType = "userTask") : FlowNode(id, name, scopeId, line)
{
    /// <summary>Roles that may claim the task (<c>ta:candidateRoles</c>).</summary>
    public IReadOnlyList<string> CandidateRoles { get; } = candidateRoles;

    /// <summary>Scope restricting the candidates, resolved when the task is created (<c>ta:candidateScope</c>).</summary>
    public DynamicText? CandidateScope { get; } = candidateScope;

    /// <summary>Direct assignee, resolved when the task is created (<c>ta:assignee</c>).</summary>
    public DynamicText? Assignee { get; } = assignee;

    /// <summary>Opaque form identifier for the host UI (<c>ta:formKey</c>).</summary>
    public string? FormKey { get; } = formKey;

    /// <summary>Due date offset in working days from creation (<c>ta:dueInWorkingDays</c>).</summary>
    public int? DueInWorkingDays { get; } = dueInWorkingDays;

    /// <summary>Users who may claim the task (Flowable <c>candidateUsers</c>): a comma list or an expression yielding a list.</summary>
    public DynamicText? CandidateUsers { get; init; }

    /// <summary>Due date written as an ISO 8601 date, date-time or duration, or an expression yielding one (Flowable <c>dueDate</c>).</summary>
    public DynamicText? DueDate { get; init; }

    /// <inheritdoc />
    public override string ElementType { get; } = elementType;

    /// <inheritdoc />
    public override bool IsWaitState => true;
}
