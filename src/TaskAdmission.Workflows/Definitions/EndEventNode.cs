namespace TaskAdmission.Workflows.Definitions;

/// <summary>An end event: none, terminate, or error.</summary>
public sealed class EndEventNode(string id, string? name, string? scopeId, int line, EndEventKind kind, string? errorCode)
    : FlowNode(id, name, scopeId, line)
{
    /// <summary>Which kind of end event this is.</summary>
    public EndEventKind Kind { get; } = kind;

    /// <summary>For error end events, the thrown error code.</summary>
    public string? ErrorCode { get; } = errorCode;

    /// <inheritdoc />
    public override string ElementType => "endEvent";
}
