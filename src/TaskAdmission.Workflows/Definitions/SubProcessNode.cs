namespace TaskAdmission.Workflows.Definitions;

/// <summary>An embedded sub-process: a nested scope with its own start event; nodes inside have <see cref="FlowNode.ScopeId"/> set to its id.</summary>
public sealed class SubProcessNode(string id, string? name, string? scopeId, int line) : FlowNode(id, name, scopeId, line)
{
    /// <inheritdoc />
    public override string ElementType => "subProcess";
}
