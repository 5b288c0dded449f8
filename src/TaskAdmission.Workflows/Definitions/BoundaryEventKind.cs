namespace TaskAdmission.Workflows.Definitions;

/// <summary>The supported boundary event types.</summary>
public enum BoundaryEventKind
{
    /// <summary>Fires when its timer is due while the attached activity is active.</summary>
    Timer,

    /// <summary>Catches a BPMN error thrown inside the attached activity.</summary>
    Error,
}
