using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Application.Admission;
using TaskAdmission.Core.Audit;

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
    /// <summary>The data fields it collects from villages, as stored (the dictionary's names).</summary>
    public IReadOnlyList<string> CollectedFields { get; init; } = [];

    /// <summary>The running task whose collection it declares it reuses.</summary>
    public Guid? ReusesSubmissionId { get; init; }

    /// <summary>The answer from the village counts (the rows need not be loaded: <c>AdmissionService.GetWithVillageCountsAsync</c>).</summary>
    public static SubmissionResponse From(Submission s, int villageCount, int admittedVillageCount, IReadOnlyDictionary<Guid, DecisionIntegrity> checks, bool english) => new(
        s.Id, s.Number, s.DepartmentCode, s.Title, s.Status, s.StartDate, s.EndDate, s.PrecheckOutcome,
        StoredPrecheck.Read(s.PrecheckJson)?.For(english),
        villageCount, admittedVillageCount,
        s.Decisions.OrderBy(d => d.DecidedAtUtc).Select(d => new DecisionResponse(d.Kind, d.OrgUnitCode, d.DecidedBy, d.DecidedAtUtc, d.Reason, d.Conditions, d.ValidUntil,
            checks.GetValueOrDefault(d.Id))).ToList())
    {
        CollectedFields = s.CollectedFields,
        ReusesSubmissionId = s.ReusesSubmissionId,
    };
}
