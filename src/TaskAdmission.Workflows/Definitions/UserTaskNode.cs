namespace TaskAdmission.Workflows.Definitions;

/// <summary>A human task, with candidate roles/scope, optional assignee, form key, due date and multi-instance settings.</summary>
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
    MultiInstanceSpec? multiInstance) : FlowNode(id, name, scopeId, line)
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

    /// <summary>Multi-instance settings, or null for a single task.</summary>
    public MultiInstanceSpec? MultiInstance { get; } = multiInstance;

    /// <inheritdoc />
    public override string ElementType => "userTask";

    /// <inheritdoc />
    public override bool IsWaitState => true;
}
