using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Burden;
using TaskAdmission.Core.Lists;
using TaskAdmission.Core.Villages;
using TaskAdmission.Core.Villages.Reports;

namespace TaskAdmission.Application.Burden;

/// <summary>
/// The bottom of the drill-down: one village's assignments with what each puts on it in the period (the same schedule
/// the ledger counts, so they add up to the village's admitted figures), and its founded reports of unadmitted work.
/// </summary>
public sealed class VillageBurdenQuery(AppDbContext db)
{
    public async Task<IReadOnlyList<AssignmentBurden>> AssignmentsAsync(string village, BurdenFilter filter,
        IReadOnlyDictionary<string, (string NameZh, string NameEn)> departments, CancellationToken ct = default)
    {
        var period = filter.Period;
        var query = db.Assignments.AsNoTracking().Where(a => a.VillageCode == village && a.StartDate <= period.End && a.EndDate >= period.Start);
        if (filter.Department is { Length: > 0 } department)
        {
            query = query.Where(a => a.DepartmentCode == department);
        }
        var result = new List<AssignmentBurden>();
        foreach (var a in await query.OrderBy(a => a.StartDate).ThenBy(a => a.Title).ToListAsync(ct))
        {
            var deltas = BurdenSchedule.Of(a).Where(d => d.Year == period.Year && (filter.Kind is null || d.Kind == filter.Kind)).ToList();
            var items = deltas.Sum(d => d.Counts.Items(period));
            var submissions = deltas.Sum(d => d.Counts.Submissions(period));
            if (items + submissions == 0)
            {
                continue;
            }
            var (zh, en) = departments.TryGetValue(a.DepartmentCode, out var name) ? name : (a.DepartmentCode, a.DepartmentCode);
            result.Add(new AssignmentBurden(a.Id, a.SubmissionId, a.Title, a.DepartmentCode, zh, en, a.StartDate, a.EndDate, a.Status,
                deltas.Select(d => d.Kind).Distinct().Order().ToList(), items, submissions));
        }
        return result;
    }

    /// <summary>How many founded reports fall in the period, and (for a supervisor) which.</summary>
    public async Task<(int Count, IReadOnlyList<FoundedReportBurden> List)> ReportsAsync(string village, BurdenFilter filter, bool showList, CancellationToken ct = default)
    {
        var period = filter.Period;
        var query = db.UnadmittedReports.AsNoTracking()
            .Where(r => r.VillageCode == village && r.Finding == ReportFinding.Founded && r.DemandedOn >= period.Start && r.DemandedOn <= period.End);
        if (filter.Department is { Length: > 0 } department)
        {
            query = query.Where(r => (r.DepartmentCode ?? "") == department);
        }
        var reports = await query.OrderBy(r => r.DemandedOn).ToListAsync(ct);
        reports = reports.Where(r => filter.Kind is null || (r.Kind ?? DemandKind.None) == filter.Kind).ToList();
        return (reports.Count, showList
            ? reports.Select(r => new FoundedReportBurden(r.Id, r.Number, r.DepartmentName, r.Kind, r.DemandedOn, r.Demand)).ToList()
            : []);
    }
}
