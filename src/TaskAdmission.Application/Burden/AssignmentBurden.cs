using TaskAdmission.Core.Lists;
using TaskAdmission.Core.Villages;

namespace TaskAdmission.Application.Burden;

/// <summary>One assignment of a village and what it puts on the village in the period (the bottom of the drill-down).</summary>
public sealed record AssignmentBurden(
    Guid Id, Guid SubmissionId, string Title, string DepartmentCode, string DepartmentNameZh, string DepartmentNameEn,
    DateOnly StartDate, DateOnly EndDate, AssignmentStatus Status, IReadOnlyList<DemandKind> Kinds, int Items, int Submissions)
{
    public string DepartmentName(bool english) => english ? DepartmentNameEn : DepartmentNameZh;
}
