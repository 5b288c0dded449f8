namespace TaskAdmission.Workflows.Definitions;

/// <summary>The supported end event types.</summary>
public enum EndEventKind
{
    /// <summary>Consumes the token; the scope ends when no token is left.</summary>
    None,

    /// <summary>Ends the whole enclosing scope at once, cancelling every other token in it.</summary>
    Terminate,

    /// <summary>Throws a BPMN error to the nearest matching error boundary event.</summary>
    Error,

    /// <summary>Throws an escalation to the nearest matching escalation boundary event; ends the token either way.</summary>
    Escalation,
}
