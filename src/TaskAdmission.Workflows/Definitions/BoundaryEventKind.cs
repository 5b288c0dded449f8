namespace TaskAdmission.Workflows.Definitions;

/// <summary>The supported boundary event types.</summary>
public enum BoundaryEventKind
{
    /// <summary>Fires when its timer is due while the attached activity is active.</summary>
    Timer,

    /// <summary>Catches a BPMN error thrown inside the attached activity.</summary>
    Error,

    /// <summary>Fires when a message correlated by name and business key arrives while the activity is active.</summary>
    Message,

    /// <summary>Fires when a signal of its name is broadcast while the activity is active.</summary>
    Signal,

    /// <summary>Catches an escalation thrown inside the attached sub-process or called process.</summary>
    Escalation,
}
