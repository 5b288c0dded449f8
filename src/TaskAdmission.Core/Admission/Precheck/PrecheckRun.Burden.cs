using TaskAdmission.Core.Admission.Matching;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.DataFields;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Admission.Precheck;

internal sealed partial class PrecheckRun
{
    private const DemandKind Collecting = CollectionDemands.Kinds;
    private const int MaxDuplicates = 3;

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

    private bool Reaches(ActiveTask task)
    {
        foreach (var village in context.Villages)
        {
            if (task.VillageCodes.Contains(village.VillageCode))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// 一次采集、多方利用: warn when an admitted task still running in the same villages already collects fields this task
    /// declares (naming the task and the shared fields), or — for a task that declares no fields but asks for reports,
    /// surveys or ledgers — one whose title reads like this task. The task it declares it reuses is not a duplicate.
    /// </summary>
    private void CheckDuplicates()
    {
        if (context.ActiveTasks.Count == 0)
        {
            return;
        }
        // Whether a task reaches a target village, asked of the task's own set: no set of the 750 targets per pre-check
        // (it is built below only when a shared-village count is not already known).
        var nearby = context.ActiveTasks.Where(t => t.Id != request.ReusesSubmissionId && Reaches(t)).ToList();
        HashSet<string>? villages = null;
        if (request.CollectedFields.Count > 0)
        {
            var overlaps = nearby
                .Select(t => (Task: t, Shared: FieldOverlap.Shared(context.Fields.Normalise(request.CollectedFields), context.Fields.Normalise(t.Fields))))
                .Where(x => x.Shared.Count > 0)
                .OrderByDescending(x => x.Shared.Count).ThenBy(x => x.Task.Number, StringComparer.Ordinal)
                .Take(MaxDuplicates);
            foreach (var (task, shared) in overlaps)
            {
                var fields = string.Join("、", shared);
                findings.Add(Finding(PrecheckRules.DuplicateCollection, FindingSeverity.Warn, null, "DUPLICATE_COLLECTION.fields",
                    [task.Title, task.Number, language == AppLanguage.En ? task.DepartmentNameEn : task.DepartmentNameZh, task.SharedVillages ?? task.VillageCodes.Count((villages ??= context.Villages.Select(v => v.VillageCode).ToHashSet()).Contains), fields])
                    with { MatchedText = fields, Reason = PrecheckMessages.Text("DUPLICATE_COLLECTION.reason", language) });
            }
            return;
        }
        if ((Declared & Collecting) == DemandKind.None)
        {
            return;
        }
        var candidates = nearby.Where(t => (t.Demands & Collecting) != 0).ToList();
        var matcher = new TextMatcher<ActiveTask>(candidates.Select(t => (t, t.Title)));
        foreach (var (task, _) in matcher.Rank(request.Title + "\n" + request.Description).Where(r => r.Score >= context.Settings.DuplicateSimilarity).Take(MaxDuplicates))
        {
            Add(PrecheckRules.DuplicateCollection, FindingSeverity.Warn, null, "DUPLICATE_COLLECTION", task.Title);
        }
    }
}
