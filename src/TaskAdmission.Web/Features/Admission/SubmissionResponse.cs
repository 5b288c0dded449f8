using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Application.Admission;

namespace TaskAdmission.Web.Features.Admission;

/// <summary>A submission as the API shows it: status, the pre-check it relied on, and its decisions.</summary>
public sealed record SubmissionResponse(
    Guid Id,
    string Number,
    string DepartmentCode,
    string Title,
    SubmissionStatus Status,
    DateOnly StartDate,
    DateOnly EndDate,
    PrecheckOutcome? PrecheckOutcome,
    PrecheckResult? Precheck,
    int VillageCount,
    int AdmittedVillageCount,
    IReadOnlyList<DecisionResponse> Decisions)
{
    public static SubmissionResponse From(Submission s, bool english) => new(
        s.Id, s.Number, s.DepartmentCode, s.Title, s.Status, s.StartDate, s.EndDate, s.PrecheckOutcome,
        StoredPrecheck.Read(s.PrecheckJson)?.For(english),
        s.Villages.Count, s.Villages.Count(v => v.Admitted),
        s.Decisions.OrderBy(d => d.DecidedAtUtc).Select(d => new DecisionResponse(d.Kind, d.OrgUnitCode, d.DecidedBy, d.DecidedAtUtc, d.Reason, d.Conditions, d.ValidUntil)).ToList());
}
