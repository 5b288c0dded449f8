namespace TaskAdmission.Workflows.Definitions;

/// <summary>A none start event; each process and sub-process has exactly one.</summary>
public sealed class StartEventNode(string id, string? name, string? scopeId, int line) : FlowNode(id, name, scopeId, line)
{
    /// <inheritdoc />
    public override string ElementType => "startEvent";
}
