using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Admission;
using TaskAdmission.Application.Burden;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Villages;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.DataFields;
using TaskAdmission.Core.Security;
using TaskAdmission.Core.Villages;

namespace TaskAdmission.Application.DataFields;

/// <summary>
/// The register of fields collected by admitted, running tasks (an assignment still open in a village of the area), scoped
/// like the burden dashboard (a township its villages, a district its townships, the city everything, a village itself),
/// with the overlaps across departments and what reuse would save; and, for a department's submission form, the running
/// tasks in its area whose collection it may declare it reuses.
/// </summary>
public sealed class CollectionRegisterService(AppDbContext db, DataFieldService fields, ChinaClock clock, OrgDirectoryCache orgTree)
{
    public async Task<CollectionRegister> RegisterAsync(Actor actor, string? unitCode, int? year = null, CancellationToken ct = default)
    {
        var org = await orgTree.GetAsync(db, ct);
        var area = BurdenDashboardService.ResolveArea(org, actor, unitCode);
        var tasks = await RunningAsync(area, ct);
        var byId = tasks.ToDictionary(t => t.SubmissionId);
        var rows = tasks
            .Select(t => new RegisterRow(t, t.Villages.Count, t.Villages.Count(v => v.Value), t.ReusesSubmissionId is { } r ? byId.GetValueOrDefault(r) : null))
            .OrderBy(r => r.Task.DepartmentCode, StringComparer.Ordinal).ThenBy(r => r.Task.Number, StringComparer.Ordinal).ToList();
        var y = year is >= 2000 and <= 2100 ? year.Value : clock.Today.Year;
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Code, d => (d.NameZh, d.NameEn), ct);
        return new CollectionRegister(area, y, rows, CollectionOverlap.Fields(tasks), CollectionOverlap.Savings(tasks, y), departments);
    }

    /// <summary>Running tasks with declared fields in the department's own area, newest first, for the reuse picker.</summary>
    public async Task<IReadOnlyList<RunningCollection>> ReusableAsync(string departmentCode, CancellationToken ct = default)
    {
        var root = await db.Departments.AsNoTracking().Where(d => d.Code == departmentCode).Select(d => d.OrgUnitCode).FirstOrDefaultAsync(ct);
        var org = await orgTree.GetAsync(db, ct);
        if (root is null || org.Find(root) is not { } unit)
        {
            return [];
        }
        return [.. (await RunningAsync(AreaView.Of(unit), ct)).OrderByDescending(t => t.StartDate).Take(200)];
    }

    /// <summary>
    /// What a submission's page shows beside its declared fields: the number and title of the task it reuses, and the
    /// fields of the submission it revises (for the changes since), when it has them.
    /// </summary>
    public async Task<(string? Reused, IReadOnlyList<string>? Previous)> DeclarationAsync(Guid? reuses, Guid? revisionOf, CancellationToken ct = default)
    {
        var reused = reuses is { } r
            ? await db.Submissions.AsNoTracking().Where(s => s.Id == r).Select(s => s.Number + " " + s.Title).FirstOrDefaultAsync(ct)
            : null;
        var previous = revisionOf is { } p
            ? (await db.Submissions.AsNoTracking().Where(s => s.Id == p).Select(s => new { s.CollectedFields }).FirstOrDefaultAsync(ct))?.CollectedFields
            : null;
        return (reused, previous);
    }

    private async Task<List<RunningCollection>> RunningAsync(AreaView area, CancellationToken ct)
    {
        var dictionary = await fields.DictionaryAsync(ct);
        // Submissions are few next to assignments: those that declared fields first, then their open assignments in the area.
        var submissions = (await db.Submissions.AsNoTracking().Include(s => s.Demands)
                .Where(s => AdmittedWork.AdmittedStatuses.Contains(s.Status)).ToListAsync(ct))
            .Where(s => s.CollectedFields.Count > 0).ToDictionary(s => s.Id);
        if (submissions.Count == 0)
        {
            return [];
        }
        var ids = submissions.Keys.ToList();
        var assignments = db.Assignments.AsNoTracking().Where(a => ids.Contains(a.SubmissionId) && AdmittedWork.OpenStatuses.Contains(a.Status));
        assignments = area.Level switch
        {
            1 => assignments,
            2 => assignments.Where(a => a.DistrictCode == area.Code),
            3 => assignments.Where(a => a.TownshipCode == area.Code),
            _ => assignments.Where(a => a.VillageCode == area.Code),
        };
        var open = await assignments.Select(a => new { a.SubmissionId, a.VillageCode, a.CollectionReused }).ToListAsync(ct);
        return [.. open.GroupBy(a => a.SubmissionId).Select(g =>
        {
            var s = submissions[g.Key];
            return new RunningCollection(s.Id, s.Number, s.Title, s.DepartmentCode, dictionary.Normalise(s.CollectedFields), s.ReusesSubmissionId,
                [.. s.Demands.OrderBy(d => d.Position).Select(d => d.ToRequest())], s.StartDate, s.EndDate,
                g.ToDictionary(a => a.VillageCode, a => a.CollectionReused, StringComparer.Ordinal));
        })];
    }
}
