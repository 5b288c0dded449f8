using TaskAdmission.Core.Admission.Precheck;

namespace TaskAdmission.Core.Admission.Submissions;

/// <summary>Turns a stored submission back into the request the pre-check takes (for re-checks and replays).</summary>
public static class SubmissionRequests
{
    public static PrecheckRequest From(Submission s, DateOnly submittedOn) => new()
    {
        DepartmentCode = s.DepartmentCode,
        Title = s.Title,
        Description = s.Description,
        LegalBasis = s.LegalBasis,
        ClaimedItemCodes = s.ClaimedItemCodes,
        TargetOrgUnitCodes = s.TargetOrgUnitCodes,
        StartDate = s.StartDate,
        EndDate = s.EndDate,
        SubmittedOn = submittedOn,
        Emergency = s.Emergency,
        EmergencyReason = s.EmergencyReason,
        Demands = s.Demands.OrderBy(d => d.Position).Select(d => d.ToRequest()).ToList(),
        Support = s.Support,
        CollectedFields = s.CollectedFields,
        ReusesSubmissionId = s.ReusesSubmissionId,
    };
}
