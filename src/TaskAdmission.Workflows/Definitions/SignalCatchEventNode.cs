namespace TaskAdmission.Workflows.Definitions;

/// <summary>An intermediate signal catch event: waits until a signal of its name is broadcast.</summary>
public sealed class SignalCatchEventNode(string id, string? name, string? scopeId, int line, string signalName)
    : FlowNode(id, name, scopeId, line)
{
    /// <summary>The signal name the token waits for.</summary>
    public string SignalName { get; } = signalName;

    /// <inheritdoc />
    public override string ElementType => "intermediateCatchEvent";

    /// <inheritdoc />
    public override bool IsWaitState => true;
}
