namespace TaskAdmission.Workflows.Definitions;

/// <summary>Waits for a message correlated by name and business key.</summary>
public sealed class ReceiveTaskNode(string id, string? name, string? scopeId, int line, string messageName)
    : FlowNode(id, name, scopeId, line)
{
    /// <summary>The message name the token waits for.</summary>
    public string MessageName { get; } = messageName;

    /// <inheritdoc />
    public override string ElementType => "receiveTask";

    /// <inheritdoc />
    public override bool IsWaitState => true;
}
