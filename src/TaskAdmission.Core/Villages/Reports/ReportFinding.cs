namespace TaskAdmission.Core.Villages.Reports;

/// <summary>The supervisor's finding on a report.</summary>
public enum ReportFinding
{
    Founded,
    Unfounded,

    /// <summary>Not taken up at triage (duplicate, outside the jurisdiction, not a demand on the village).</summary>
    Dismissed,
}
