namespace TaskAdmission.Workflows.Definitions;

/// <summary>An intermediate message catch event: waits for a message correlated by name and business key.</summary>
public sealed class MessageCatchEventNode(string id, string? name, string? scopeId, int line, string messageName)
    : FlowNode(id, name, scopeId, line)
{
    /// <summary>The message name the token waits for.</summary>
    public string MessageName { get; } = messageName;

    /// <inheritdoc />
    public override string ElementType => "intermediateCatchEvent";

    /// <inheritdoc />
    public override bool IsWaitState => true;
}
