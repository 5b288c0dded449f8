namespace TaskAdmission.Workflows.Definitions;

/// <summary>A timer, error, message, signal or escalation event attached to the boundary of an activity.</summary>
public sealed class BoundaryEventNode(
    string id,
    string? name,
    string? scopeId,
    int line,
    string attachedToId,
    BoundaryEventKind kind,
    bool cancelActivity,
    TimerSpec? timer,
    string? code,
    TimeoutAction? timeoutAction) : FlowNode(id, name, scopeId, line)
{
    /// <summary>Id of the activity the event is attached to.</summary>
    public string AttachedToId { get; } = attachedToId;

    /// <summary>Timer, error, message, signal or escalation.</summary>
    public BoundaryEventKind Kind { get; } = kind;

    /// <summary>True when firing cancels the attached activity (interrupting); false leaves it running.</summary>
    public bool CancelActivity { get; } = cancelActivity;

    /// <summary>The timer, for timer boundary events.</summary>
    public TimerSpec? Timer { get; } = timer;

    /// <summary>The caught error code; null catches every error (error events only).</summary>
    public string? ErrorCode => Kind == BoundaryEventKind.Error ? code : null;

    /// <summary>The caught escalation code; null catches every escalation (escalation events only).</summary>
    public string? EscalationCode => Kind == BoundaryEventKind.Escalation ? code : null;

    /// <summary>The message name or signal name waited for (message and signal events only).</summary>
    public string? EventName => Kind is BoundaryEventKind.Message or BoundaryEventKind.Signal ? code : null;

    /// <summary>The automatic action on a user task when the timer fires, if any.</summary>
    public TimeoutAction? TimeoutAction { get; } = timeoutAction;

    /// <inheritdoc />
    public override string ElementType => "boundaryEvent";
}
