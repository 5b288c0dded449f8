using TaskAdmission.Core.Admission.Matching;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Admission.Precheck;

internal sealed partial class PrecheckRun
{
    private const DemandKind Collecting = DemandKind.Report | DemandKind.Survey | DemandKind.Ledger;

    /// <summary>Demands per village per year by kind, over the task's duration (a task shorter than a year counts what it asks in that time).</summary>
    private Dictionary<DemandKind, double> ProjectBurden()
    {
        var days = Math.Max(1, request.EndDate.DayNumber - request.StartDate.DayNumber + 1);
        var years = Math.Max(1.0, days / 365.0);
        var burden = new Dictionary<DemandKind, double>();
        foreach (var demand in request.Demands)
        {
            var occurrences = demand.Count * Periods(demand.Period, days);
            burden[demand.Kind] = Math.Round(burden.GetValueOrDefault(demand.Kind) + occurrences / years, 2);
        }
        return burden;
    }

    private static double Periods(DemandPeriod period, int days) => period switch
    {
        DemandPeriod.Once => 1,
        DemandPeriod.Week => Math.Ceiling(days / 7.0),
        DemandPeriod.Month => Math.Ceiling(days / 30.4375),
        DemandPeriod.Quarter => Math.Ceiling(days / 91.3125),
        DemandPeriod.HalfYear => Math.Ceiling(days / 182.625),
        _ => Math.Ceiling(days / 365.25),
    };

    private void CheckBurdenCap(Dictionary<DemandKind, double> burden)
    {
        var total = Math.Round(burden.Values.Sum(), 1);
        if (total > context.Settings.BurdenCapPerVillagePerYear)
        {
            Add(PrecheckRules.BurdenCap, FindingSeverity.Warn, null, "BURDEN_CAP", total, context.Settings.BurdenCapPerVillagePerYear);
        }
    }

    /// <summary>一次采集、多方利用: warn when an admitted task already collects similar data from the same villages.</summary>
    private void CheckDuplicates()
    {
        if ((Declared & Collecting) == DemandKind.None || context.ActiveTasks.Count == 0)
        {
            return;
        }
        var villages = context.Villages.Select(v => v.VillageCode).ToHashSet();
        var candidates = context.ActiveTasks.Where(t => (t.Demands & Collecting) != 0 && t.VillageCodes.Overlaps(villages)).ToList();
        var matcher = new TextMatcher<ActiveTask>(candidates.Select(t => (t, t.Title)));
        foreach (var (task, _) in matcher.Rank(request.Title + "\n" + request.Description).Where(r => r.Score >= context.Settings.DuplicateSimilarity).Take(3))
        {
            Add(PrecheckRules.DuplicateCollection, FindingSeverity.Warn, null, "DUPLICATE_COLLECTION", task.Title);
        }
    }
}
