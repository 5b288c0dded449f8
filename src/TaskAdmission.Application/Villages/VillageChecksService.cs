using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TaskAdmission.Application.Hosting;
using TaskAdmission.Application.Lists;
using TaskAdmission.Application.Notifications;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Villages.Dispatch;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Notifications;
using TaskAdmission.Core.Villages;
using TaskAdmission.Workflows.Calendar;

namespace TaskAdmission.Application.Villages;

/// <summary>
/// The periodic checks: (1) support still unconfirmed or missing N working days after dispatch is flagged once to the
/// township and the district's supervisors (费随事转); (2) a village is reminded once when a due date is near. Nothing
/// here measures or ranks villages.
/// </summary>
public sealed class VillageChecksService(AppDbContext db, WorkingCalendar calendar, IOptions<VillageOptions> options, ChinaClock clock)
{
    public const int BatchSize = 5000;

    public async Task<(int Flagged, int Reminded)> RunOnceAsync(CancellationToken ct = default)
    {
        var today = clock.Today;
        var now = clock.UtcNow;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (!await SingleRunner.TryTakeAsync(db, nameof(VillageChecksService), ct)) return (0, 0);
        var flagged = await FlagSupportAsync(today, now, ct);
        var reminded = await RemindDueAsync(today, now, ct);
        await tx.CommitAsync(ct);
        return (flagged, reminded);
    }

    private async Task<int> FlagSupportAsync(DateOnly today, DateTime now, CancellationToken ct)
    {
        var cutoff = SupportFlags.CutoffUtc(calendar, today, options.Value.SupportFlagWorkingDays);
        var due = await SupportFlags.Flagged(AdmittedWork.InForce(db), cutoff).Where(a => a.SupportFlaggedAtUtc == null)
            .OrderBy(a => a.DispatchedAtUtc).Take(BatchSize)
            .Select(a => new { a.Id, a.SubmissionId, a.Title, a.TownshipCode, a.DistrictCode }).ToListAsync(ct);
        if (due.Count == 0)
        {
            return 0;
        }
        var notifications = due.GroupBy(a => (a.SubmissionId, a.TownshipCode))
            .Select(g => Notifier.Create(NotificationAudience.Township(g.Key.TownshipCode), NotificationKind.SupportFlagged,
                $"{g.First().Title} ({g.Count()})", $"/dispatch/{g.Key.SubmissionId}", now))
            .Concat(due.GroupBy(a => (a.SubmissionId, a.DistrictCode))
                .Select(g => Notifier.Create(NotificationAudience.Supervisor(g.Key.DistrictCode), NotificationKind.SupportFlagged,
                    $"{g.First().Title} ({g.Count()})", $"/dispatch/{g.Key.SubmissionId}", now)))
            .ToList();
        var ids = due.Select(a => a.Id).ToList();
        await db.Assignments.Where(a => ids.Contains(a.Id)).ExecuteUpdateAsync(s => s.SetProperty(a => a.SupportFlaggedAtUtc, now), ct);
        await BulkInsert.WriteAsync(db, notifications, ct);
        return due.Count;
    }

    private async Task<int> RemindDueAsync(DateOnly today, DateTime now, CancellationToken ct)
    {
        var soon = calendar.AddWorkingDays(today, options.Value.DueSoonWorkingDays);
        var due = await AdmittedWork.InForce(db)
            .Where(a => AdmittedWork.OpenStatuses.Contains(a.Status) && a.RemindedAtUtc == null && a.DueDate >= today && a.DueDate <= soon)
            .OrderBy(a => a.DueDate).Take(BatchSize)
            .Select(a => new { a.Id, a.Title, a.VillageCode }).ToListAsync(ct);
        if (due.Count == 0)
        {
            return 0;
        }
        var ids = due.Select(a => a.Id).ToList();
        await db.Assignments.Where(a => ids.Contains(a.Id)).ExecuteUpdateAsync(s => s.SetProperty(a => a.RemindedAtUtc, now), ct);
        await BulkInsert.WriteAsync(db, due.Select(a => Notifier.Create(NotificationAudience.Village(a.VillageCode), NotificationKind.AssignmentDueSoon,
            a.Title, $"/village/assignments/{a.Id}", now)).ToList(), ct);
        return due.Count;
    }
}
