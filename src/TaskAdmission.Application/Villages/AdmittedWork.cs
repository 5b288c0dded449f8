using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Villages;

namespace TaskAdmission.Application.Villages;

/// <summary>
/// The one gate through which a village reads work: an assignment counts only while its village row is admitted and
/// its submission is in an admitted status. Every village-facing query starts here, so nothing unadmitted can leak
/// through a forgotten filter.
/// </summary>
public static class AdmittedWork
{
    public static readonly SubmissionStatus[] AdmittedStatuses =
    [
        SubmissionStatus.Admitted, SubmissionStatus.PartiallyAdmitted, SubmissionStatus.SpecialAdmitted, SubmissionStatus.EmergencyAdmitted,
    ];

    public static readonly AssignmentStatus[] OpenStatuses = [AssignmentStatus.Open, AssignmentStatus.Acknowledged, AssignmentStatus.InProgress];

    /// <summary>Assignments of one village that rest on admitted work (any assignment status except cancelled).</summary>
    /// <remarks>The open inbox's compiled query (<c>AssignmentQueries.OpenRows</c>) repeats this gate: change both.</remarks>
    public static IQueryable<Assignment> ForVillage(AppDbContext db, string villageCode) =>
        from a in db.Assignments
        join v in db.SubmissionVillages on new { a.SubmissionId, a.VillageCode } equals new { v.SubmissionId, v.VillageCode }
        join s in db.Submissions on a.SubmissionId equals s.Id
        where a.VillageCode == villageCode && v.Admitted && AdmittedStatuses.Contains(s.Status) && a.Status != AssignmentStatus.Cancelled
        select a;

    /// <summary>Assignments in force anywhere (admitted village row, admitted submission, not cancelled), for area views.</summary>
    public static IQueryable<Assignment> InForce(AppDbContext db) =>
        from a in db.Assignments
        join v in db.SubmissionVillages on new { a.SubmissionId, a.VillageCode } equals new { v.SubmissionId, v.VillageCode }
        join s in db.Submissions on a.SubmissionId equals s.Id
        where v.Admitted && AdmittedStatuses.Contains(s.Status) && a.Status != AssignmentStatus.Cancelled
        select a;

    public static bool IsAdmitted(SubmissionStatus status) => AdmittedStatuses.Contains(status);
}
