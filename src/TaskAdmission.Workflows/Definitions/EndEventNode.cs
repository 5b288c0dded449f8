namespace TaskAdmission.Workflows.Definitions;

/// <summary>An end event: none, terminate, error or escalation.</summary>
public sealed class EndEventNode(string id, string? name, string? scopeId, int line, EndEventKind kind, string? code)
    : FlowNode(id, name, scopeId, line)
{
    /// <summary>Which kind of end event this is.</summary>
    public EndEventKind Kind { get; } = kind;

    /// <summary>For error end events, the thrown error code.</summary>
    public string? ErrorCode => Kind == EndEventKind.Error ? code : null;

    /// <summary>For escalation end events, the thrown escalation code.</summary>
    public string? EscalationCode => Kind == EndEventKind.Escalation ? code : null;

    /// <inheritdoc />
    public override string ElementType => "endEvent";
}
