namespace TaskAdmission.Core.Villages.Reports;

/// <summary>Where a report stands in the supervisor's handling (workflows/unadmitted-report.bpmn).</summary>
public enum ReportStatus
{
    /// <summary>Waiting for the supervisor's triage.</summary>
    Submitted,

    /// <summary>Accepted for investigation; a finding is due.</summary>
    Investigating,

    /// <summary>Founded; an action on the department is due.</summary>
    Founded,

    /// <summary>Closed: unfounded, dismissed at triage, or founded with the action recorded.</summary>
    Closed,
}
