using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Villages;

namespace TaskAdmission.Application.Villages.Supervision;

/// <summary>Admitted work in an area, one line per submission, with how its assignments stand.</summary>
public sealed record AreaSubmission(
    Guid Id, string Number, string Title, string DepartmentCode, string DepartmentNameZh, string DepartmentNameEn, SubmissionStatus Status,
    int Villages, int AdmittedVillages, int Open, int Done, int Cancelled, int SupportFlagged)
{
    public string DepartmentName(bool english) => english ? DepartmentNameEn : DepartmentNameZh;
}

/// <summary>One village of a submission in the area, with its assignment if any.</summary>
public sealed record AreaVillage(
    string VillageCode, string NameZh, string NameEn, string TownshipCode, bool Admitted, Guid? AssignmentId, AssignmentStatus? Status,
    DateOnly? DueDate, decimal FundingYuan, SupportState Funding, SupportState Training, SupportState Staff, SupportState Equipment,
    bool SupportFlagged, DateTime? CompletedAtUtc, string? CancelReason)
{
    public string Name(bool english) => english ? NameEn : NameZh;
}

/// <summary>A submission's dispatch in the area: villages, decisions and revocations.</summary>
public sealed record AreaSubmissionDetail(
    AreaSubmission Summary, DateOnly StartDate, DateOnly EndDate, IReadOnlyList<AreaVillage> Villages,
    IReadOnlyList<Decision> Decisions, IReadOnlyList<Revocation> Revocations, bool CanRevoke);

/// <summary>A decision in the area, for the supervisor's audit list.</summary>
public sealed record AreaDecision(Guid SubmissionId, string Number, string Title, DecisionKind Kind, string OrgUnitCode, string DecidedBy, DateTime DecidedAtUtc, string Reason);
