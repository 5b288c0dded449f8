using TaskAdmission.Core.Villages.Reports;

namespace TaskAdmission.Application.Villages.Reports;

/// <summary>A report as the reporting village or the supervisor sees it (the village is named).</summary>
public sealed record ReportView(
    Guid Id, string Number, string VillageCode, string VillageNameZh, string VillageNameEn, string? DepartmentCode, string DepartmentName,
    string Demand, ReportChannel Channel, DateOnly DemandedOn, Guid? EvidenceFileId, bool Anonymous, string ReportedBy, DateTime ReportedAtUtc,
    ReportStatus Status, ReportFinding? Finding, string? FindingNote, DepartmentActionKind? Action, string? ActionNote, DateTime? ActionAtUtc,
    string? OpenStep)
{
    public string VillageName(bool english) => english ? VillageNameEn : VillageNameZh;
}

/// <summary>
/// A report as the reported department sees it: the finding and the action, never the village, township or the person
/// (unless the village chose to be named).
/// </summary>
public sealed record DepartmentReportView(
    string Number, string Demand, ReportChannel Channel, DateOnly DemandedOn, ReportFinding? Finding, string? FindingNote,
    DepartmentActionKind? Action, string? ActionNote, DateTime? ActionAtUtc, string? NamedVillage);

/// <summary>One department's record in a jurisdiction: reports founded, actions, rejected submissions, support not delivered.</summary>
public sealed record DepartmentRecord(
    string DepartmentCode, string NameZh, string NameEn, int ReportsFounded, int Letters, int Circulars, int Interviews,
    int SubmissionsRejected, int AssignmentsSupportFlagged)
{
    public string Name(bool english) => english ? NameEn : NameZh;

    public bool IsEmpty => ReportsFounded + Letters + Circulars + Interviews + SubmissionsRejected + AssignmentsSupportFlagged == 0;
}
