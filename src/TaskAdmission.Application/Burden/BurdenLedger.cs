using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Burden;
using TaskAdmission.Core.Lists;
using TaskAdmission.Core.Villages;
using TaskAdmission.Core.Villages.Reports;

namespace TaskAdmission.Application.Burden;

/// <summary>
/// Keeps the burden ledger current, in the caller's transaction: what a dispatch adds, what a cancellation or
/// completion takes away (the demands after the day it closed), and a founded report of unadmitted work. Each change
/// is one set-based upsert per department and schedule (<see cref="LedgerStorage"/>): increments, never
/// read-modify-write, so two transactions touching the same village's rows both count.
/// </summary>
public sealed class BurdenLedger(AppDbContext db)
{
    /// <summary>Adds freshly dispatched assignments (just written, open).</summary>
    public async Task DispatchedAsync(IReadOnlyCollection<Assignment> assignments, CancellationToken ct = default)
    {
        foreach (var group in assignments.GroupBy(a => (a.DepartmentCode, a.DemandsJson, a.CollectionReused, Span: BurdenSpan.Of(a))))
        {
            var deltas = BurdenSchedule.For(BurdenSchedule.Counted(group.Key.DemandsJson, group.Key.CollectionReused), group.Key.Span.From, group.Key.Span.To);
            await AddAsync(BurdenSource.Admitted, group.Key.DepartmentCode, Villages(group), deltas, ct);
        }
    }

    /// <summary>Takes away what assignments that were open no longer ask, now that they are done or cancelled (given as they are now).</summary>
    public async Task ClosedAsync(IReadOnlyCollection<Assignment> assignments, CancellationToken ct = default)
    {
        foreach (var group in assignments.GroupBy(a => (a.DepartmentCode, a.DemandsJson, a.CollectionReused, Before: BurdenSpan.Open(a), After: BurdenSpan.Of(a))))
        {
            var deltas = BurdenSchedule.Change(BurdenSchedule.Counted(group.Key.DemandsJson, group.Key.CollectionReused), group.Key.Before, group.Key.After);
            await AddAsync(BurdenSource.Admitted, group.Key.DepartmentCode, Villages(group), deltas, ct);
        }
    }

    /// <summary>Counts a report of unadmitted work the supervisor has just found founded: one item and one submission on the day demanded.</summary>
    public Task ReportFoundedAsync(UnadmittedReport report, CancellationToken ct = default) =>
        AddAsync(BurdenSource.Unadmitted, report.DepartmentCode ?? "", [new LedgerVillage(report.VillageCode, report.TownshipCode, report.DistrictCode)],
            ReportDeltas(report), ct);

    /// <summary>What a founded report adds.</summary>
    public static IReadOnlyList<BurdenDelta> ReportDeltas(UnadmittedReport report) =>
        BurdenSchedule.For([new DemandRequest(report.Kind ?? DemandKind.None, 1, DemandPeriod.Once)], report.DemandedOn, report.DemandedOn);

    private static List<LedgerVillage> Villages(IEnumerable<Assignment> assignments) =>
        assignments.Select(a => new LedgerVillage(a.VillageCode, a.TownshipCode, a.DistrictCode)).ToList();

    private Task AddAsync(BurdenSource source, string departmentCode, IReadOnlyCollection<LedgerVillage> villages, IReadOnlyList<BurdenDelta> deltas,
        CancellationToken ct) => LedgerStorage.AddAsync(db, source, departmentCode, villages, deltas, ct);
}
