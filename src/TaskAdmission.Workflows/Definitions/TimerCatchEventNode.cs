namespace TaskAdmission.Workflows.Definitions;

/// <summary>An intermediate timer catch event: the token waits until the timer is due.</summary>
public sealed class TimerCatchEventNode(string id, string? name, string? scopeId, int line, TimerSpec timer)
    : FlowNode(id, name, scopeId, line)
{
    /// <summary>When the timer is due.</summary>
    public TimerSpec Timer { get; } = timer;

    /// <inheritdoc />
    public override string ElementType => "intermediateCatchEvent";

    /// <inheritdoc />
    public override bool IsWaitState => true;
}
