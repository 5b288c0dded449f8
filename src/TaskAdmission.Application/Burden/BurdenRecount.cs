using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Burden;
using TaskAdmission.Core.Lists;
using TaskAdmission.Core.Villages;
using TaskAdmission.Core.Villages.Reports;

namespace TaskAdmission.Application.Burden;

/// <summary>
/// The ledger counted from scratch: every assignment over its span as it stands (<see cref="BurdenSpan"/>), every
/// founded report. The incremental ledger must always equal this (a property test holds it to that); the rebuild
/// uses it after an upgrade or a repair.
/// </summary>
public static class BurdenRecount
{
    /// <summary>The rows of these villages (all villages when null), without all-zero rows.</summary>
    public static async Task<List<BurdenLedgerRow>> ComputeAsync(AppDbContext db, IReadOnlyCollection<string>? villages = null, CancellationToken ct = default)
    {
        var rows = new Dictionary<(string, string, BurdenSource, DemandKind, int), BurdenLedgerRow>();
        void Add(string village, string township, string district, string department, BurdenSource source, IEnumerable<BurdenDelta> deltas)
        {
            foreach (var delta in deltas)
            {
                if (!rows.TryGetValue((village, department, source, delta.Kind, delta.Year), out var row))
                {
                    rows[(village, department, source, delta.Kind, delta.Year)] = row = new BurdenLedgerRow
                    {
                        VillageCode = village, TownshipCode = township, DistrictCode = district, DepartmentCode = department,
                        Source = source, Kind = delta.Kind, Year = delta.Year,
                    };
                }
                var counts = row.Counts;
                counts.Add(delta.Counts);
                row.Counts = counts;
            }
        }

        var assignments = db.Assignments.AsNoTracking();
        var reports = db.UnadmittedReports.AsNoTracking().Where(r => r.Finding == ReportFinding.Founded);
        if (villages is not null)
        {
            assignments = assignments.Where(a => villages.Contains(a.VillageCode));
            reports = reports.Where(r => villages.Contains(r.VillageCode));
        }
        // Schedules repeat (one submission reaches many villages on one day): compute each distinct one once.
        var schedules = new Dictionary<(string, bool, DateOnly, DateOnly), IReadOnlyList<BurdenDelta>>();
        await foreach (var a in assignments.AsAsyncEnumerable().WithCancellation(ct))
        {
            var span = BurdenSpan.Of(a);
            if (!schedules.TryGetValue((a.DemandsJson, a.CollectionReused, span.From, span.To), out var deltas))
            {
                schedules[(a.DemandsJson, a.CollectionReused, span.From, span.To)] = deltas =
                    BurdenSchedule.For(BurdenSchedule.Counted(a.DemandsJson, a.CollectionReused), span.From, span.To);
            }
            Add(a.VillageCode, a.TownshipCode, a.DistrictCode, a.DepartmentCode, BurdenSource.Admitted, deltas);
        }
        foreach (var r in await reports.ToListAsync(ct))
        {
            Add(r.VillageCode, r.TownshipCode, r.DistrictCode, r.DepartmentCode ?? "", BurdenSource.Unadmitted, BurdenLedger.ReportDeltas(r));
        }
        return rows.Values.Where(r => !r.Counts.IsZero).ToList();
    }
}
