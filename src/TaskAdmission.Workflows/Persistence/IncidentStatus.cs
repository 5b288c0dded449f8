namespace TaskAdmission.Workflows.Persistence;

/// <summary>State of an incident.</summary>
public enum IncidentStatus
{
    /// <summary>The token is stopped at the failing element.</summary>
    Open,

    /// <summary>Resolved by a retry, a token move, or cancellation of the token.</summary>
    Resolved,
}
