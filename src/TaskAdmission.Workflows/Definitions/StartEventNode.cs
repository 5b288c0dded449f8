namespace TaskAdmission.Workflows.Definitions;

/// <summary>A start event: none (started by a caller) or timer (started by the engine's schedule, process level only).</summary>
public sealed class StartEventNode(string id, string? name, string? scopeId, int line, TimerSpec? timer = null, string? initiatorVariable = null)
    : FlowNode(id, name, scopeId, line)
{
    /// <summary>The schedule of a timer start event; null for a none start event.</summary>
    public TimerSpec? Timer { get; } = timer;

    /// <summary>Variable that receives the initiator's name (Flowable <c>initiator</c>); <c>initiator</c> is always set too.</summary>
    public string? InitiatorVariable { get; } = initiatorVariable;

    /// <summary>The host's form for starting the process (a mapped Flowable <c>formKey</c>), if any.</summary>
    public string? FormKey { get; init; }

    /// <inheritdoc />
    public override string ElementType => "startEvent";
}
