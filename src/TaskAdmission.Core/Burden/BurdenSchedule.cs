using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.DataFields;
using TaskAdmission.Core.Lists;
using TaskAdmission.Core.Villages;

namespace TaskAdmission.Core.Burden;

/// <summary>
/// What a piece of work puts on one village, per demand kind and calendar year, while it is in force from
/// <c>from</c> to <c>to</c> (China dates, both included):
/// <list type="bullet">
/// <item>items: 1 in every month, quarter and year the span touches, once per kind however many demands of that kind;</item>
/// <item>submissions: a demand recurring per week/month/quarter/half-year/year is due <c>Count</c> times in every such
/// calendar period the span touches (a partial first or last period counts whole), booked in the month where its
/// period and the span begin to overlap; <see cref="DemandPeriod.Once"/> is due once, in the span's first month.</item>
/// </list>
/// A monthly report in force all year is 12 submissions and 1 item; weeks are ISO weeks (Monday first).
/// </summary>
public static class BurdenSchedule
{
    /// <summary>What an assignment puts on its village as it stands now (see <see cref="BurdenSpan"/>).</summary>
    public static IReadOnlyList<BurdenDelta> Of(Assignment assignment)
    {
        var (from, to) = BurdenSpan.Of(assignment);
        return For(Counted(assignment.DemandsJson, assignment.CollectionReused), from, to);
    }

    /// <summary>
    /// The demands an assignment puts on its village as the ledger counts them: all it asks, less the collecting
    /// demands when it reuses a collection already running in the village (一次采集、多方利用: not counted twice).
    /// </summary>
    public static IReadOnlyList<DemandRequest> Counted(string demandsJson, bool collectionReused)
    {
        var demands = AssignmentDemands.Parse(demandsJson);
        return collectionReused ? [.. demands.Where(d => !CollectionDemands.Collects(d.Kind))] : demands;
    }

    public static IReadOnlyList<BurdenDelta> For(IEnumerable<DemandRequest> demands, DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return [];
        }
        var rows = new Dictionary<(DemandKind, int), BurdenCounts>();
        BurdenCounts Row(DemandKind kind, int year) =>
            rows.TryGetValue((kind, year), out var row) ? row : rows[(kind, year)] = new BurdenCounts();

        var list = demands.ToList();
        foreach (var kind in list.Select(d => d.Kind).Distinct())
        {
            for (var month = new DateOnly(from.Year, from.Month, 1); month <= to; month = month.AddMonths(1))
            {
                var row = Row(kind, month.Year);
                row[BurdenCounts.ItemsMonthColumn(month.Month)] = 1;
                row[BurdenCounts.ItemsQuarterColumn((month.Month + 2) / 3)] = 1;
                row[BurdenCounts.ItemsYearColumn] = 1;
            }
        }
        foreach (var demand in list)
        {
            foreach (var due in Occurrences(demand.Period, from, to))
            {
                Row(demand.Kind, due.Year)[BurdenCounts.SubmissionsMonthColumn(due.Month)] += demand.Count;
            }
        }
        return rows.OrderBy(r => r.Key.Item1).ThenBy(r => r.Key.Item2).Select(r => new BurdenDelta(r.Key.Item1, r.Key.Item2, r.Value)).ToList();
    }

    /// <summary>What changes when work in force over <paramref name="before"/> is cut to <paramref name="after"/> (negative counts remove).</summary>
    public static IReadOnlyList<BurdenDelta> Change(IEnumerable<DemandRequest> demands, (DateOnly From, DateOnly To) before, (DateOnly From, DateOnly To) after)
    {
        var list = demands.ToList();
        var rows = For(list, after.From, after.To).ToDictionary(d => (d.Kind, d.Year), d => d.Counts.Copy());
        foreach (var old in For(list, before.From, before.To))
        {
            if (!rows.TryGetValue((old.Kind, old.Year), out var row))
            {
                rows[(old.Kind, old.Year)] = row = new BurdenCounts();
            }
            row.Add(old.Counts, -1);
        }
        return rows.Where(r => !r.Value.IsZero).OrderBy(r => r.Key.Kind).ThenBy(r => r.Key.Year)
            .Select(r => new BurdenDelta(r.Key.Kind, r.Key.Year, r.Value)).ToList();
    }

    /// <summary>The day each occurrence is booked on: where its calendar period and the span begin to overlap.</summary>
    private static IEnumerable<DateOnly> Occurrences(DemandPeriod period, DateOnly from, DateOnly to)
    {
        if (period == DemandPeriod.Once)
        {
            yield return from;
            yield break;
        }
        if (period == DemandPeriod.Week)
        {
            for (var week = from.AddDays(-(((int)from.DayOfWeek + 6) % 7)); week <= to; week = week.AddDays(7))
            {
                yield return week < from ? from : week;
            }
            yield break;
        }
        var months = period switch
        {
            DemandPeriod.Month => 1,
            DemandPeriod.Quarter => 3,
            DemandPeriod.HalfYear => 6,
            _ => 12,
        };
        for (var start = new DateOnly(from.Year, (from.Month - 1) / months * months + 1, 1); start <= to; start = start.AddMonths(months))
        {
            yield return start < from ? from : start;
        }
    }
}
