using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Audit;
using TaskAdmission.Core.Villages;

namespace TaskAdmission.Application.Villages;

/// <summary>An assignment as the village (and its township or supervisor) reads it: what, why, by when, with what support.</summary>
public sealed record AssignmentView(
    Guid Id,
    Guid SubmissionId,
    string VillageCode,
    string Title,
    string DepartmentCode,
    string DepartmentNameZh,
    string DepartmentNameEn,
    IReadOnlyList<DemandRequest> Demands,
    IReadOnlyList<AssignmentListItems.Item> ListItems,
    DecisionView Decision,
    DateOnly StartDate,
    DateOnly DueDate,
    DateOnly EndDate,
    bool Emergency,
    SupportView Support,
    AssignmentStatus Status,
    DateTime DispatchedAtUtc,
    DateTime? AcknowledgedAtUtc,
    DateTime? CompletedAtUtc,
    bool ExitPending)
{
    public string DepartmentName(bool english) => english ? DepartmentNameEn : DepartmentNameZh;
}

/// <summary>The decision an assignment rests on.</summary>
public sealed record DecisionView(
    DecisionKind Kind, string OrgUnitCode, string OrgUnitNameZh, string OrgUnitNameEn, DateTime DecidedAtUtc, string Reason, string? Conditions, DateOnly? ValidUntil,
    DecisionIntegrity Integrity)
{
    public string OrgUnitName(bool english) => english ? OrgUnitNameEn : OrgUnitNameZh;
}

/// <summary>The support promised and what the village said about it.</summary>
public sealed record SupportView(decimal FundingYuan, SupportState Funding, SupportState Training, SupportState Staff, SupportState Equipment)
{
    public SupportState StateOf(SupportKind kind) => kind switch
    {
        SupportKind.Funding => Funding,
        SupportKind.Training => Training,
        SupportKind.Staff => Staff,
        _ => Equipment,
    };

    [System.Text.Json.Serialization.JsonIgnore]
    public bool AnyPromised => Enum.GetValues<SupportKind>().Any(k => StateOf(k) != SupportState.NotPromised);
}

/// <summary>Assignments due on one day.</summary>
public sealed record DueGroup(DateOnly DueDate, IReadOnlyList<AssignmentView> Assignments);

/// <summary>One line of the `/village` page's recent done list: what it shows of the work, and nothing else.</summary>
public sealed record DoneLine(Guid Id, string Title, DateTime? CompletedAtUtc, DateTime DispatchedAtUtc);
