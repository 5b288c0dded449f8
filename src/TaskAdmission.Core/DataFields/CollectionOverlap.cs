using TaskAdmission.Core.Burden;

namespace TaskAdmission.Core.DataFields;

/// <summary>
/// Overlapping collections across departments (一次采集、多方利用), from the running collections of an area:
/// <list type="bullet">
/// <item>per field, the villages where more than one department collects it — a task that reuses another's collection
/// in a village does not collect the fields it shares with it there;</item>
/// <item>per task, what reusing the earliest other department's task that collects the same fields in the same villages
/// would save: its collecting demands in those villages, counted as the ledger counts them, in the given year.</item>
/// </list>
/// Field names are compared canonically (the caller normalises them with the dictionary).
/// </summary>
public static class CollectionOverlap
{
    public static IReadOnlyList<FieldCollectors> Fields(IReadOnlyList<RunningCollection> tasks)
    {
        var byId = tasks.ToDictionary(t => t.SubmissionId);
        // field key → village → (department → tasks)
        var map = new Dictionary<string, (string Name, Dictionary<string, Dictionary<string, List<Guid>>> Villages)>(StringComparer.Ordinal);
        foreach (var task in tasks)
        {
            var reusedKeys = task.ReusesSubmissionId is { } r && byId.TryGetValue(r, out var source)
                ? FieldOverlap.Shared(task.Fields, source.Fields).Select(FieldNames.Key).ToHashSet(StringComparer.Ordinal)
                : [];
            foreach (var field in task.Fields)
            {
                var key = FieldNames.Key(field);
                if (!map.TryGetValue(key, out var entry))
                {
                    map[key] = entry = (field, new Dictionary<string, Dictionary<string, List<Guid>>>(StringComparer.Ordinal));
                }
                foreach (var (village, reused) in task.Villages)
                {
                    if (reused && reusedKeys.Contains(key))
                    {
                        continue;
                    }
                    var departments = entry.Villages.TryGetValue(village, out var d) ? d : entry.Villages[village] = new(StringComparer.Ordinal);
                    (departments.TryGetValue(task.DepartmentCode, out var ids) ? ids : departments[task.DepartmentCode] = []).Add(task.SubmissionId);
                }
            }
        }
        var rows = new List<FieldCollectors>();
        foreach (var (name, villages) in map.Values)
        {
            var shared = villages.Values.Where(d => d.Count > 1).ToList();
            if (shared.Count == 0)
            {
                continue;
            }
            rows.Add(new FieldCollectors(name,
                [.. shared.SelectMany(d => d.Keys).Distinct().Order(StringComparer.Ordinal)],
                [.. shared.SelectMany(d => d.Values.SelectMany(ids => ids)).Distinct()],
                shared.Count));
        }
        return [.. rows.OrderByDescending(r => r.Villages).ThenByDescending(r => r.DepartmentCodes.Count).ThenBy(r => r.Field, StringComparer.Ordinal)];
    }

    public static IReadOnlyList<ReuseSaving> Savings(IReadOnlyList<RunningCollection> tasks, int year)
    {
        var savings = new List<ReuseSaving>();
        var period = BurdenPeriod.OfYear(year);
        foreach (var task in tasks)
        {
            var collecting = task.Demands.Where(d => CollectionDemands.Collects(d.Kind)).ToList();
            if (collecting.Count == 0)
            {
                continue;
            }
            // The earliest task of another department that shares fields and villages where this one still collects.
            var best = tasks
                .Where(s => s.DepartmentCode != task.DepartmentCode && s.SubmissionId != task.ReusesSubmissionId && Earlier(s, task))
                .Select(s => (Source: s, Shared: FieldOverlap.Shared(task.Fields, s.Fields),
                    // Where the source itself reuses a collection it collects nothing to reuse.
                    Villages: task.Villages.Count(v => !v.Value && s.Villages.TryGetValue(v.Key, out var reusedThere) && !reusedThere)))
                .Where(x => x.Shared.Count > 0 && x.Villages > 0)
                .OrderByDescending(x => x.Shared.Count).ThenByDescending(x => x.Villages).ThenBy(x => x.Source.StartDate).ThenBy(x => x.Source.Number, StringComparer.Ordinal)
                .FirstOrDefault();
            if (best.Source is null)
            {
                continue;
            }
            var counts = new BurdenCounts();
            foreach (var delta in BurdenSchedule.For(collecting, task.StartDate, task.EndDate).Where(d => d.Year == year))
            {
                counts.Add(delta.Counts);
            }
            savings.Add(new ReuseSaving(task, best.Source, best.Shared, best.Villages, counts.Items(period) * best.Villages, counts.Submissions(period) * best.Villages));
        }
        return [.. savings.OrderByDescending(s => s.Submissions).ThenBy(s => s.Task.Number, StringComparer.Ordinal)];
    }

    /// <summary>The task that started first collects; the later one could reuse (ties by number).</summary>
    private static bool Earlier(RunningCollection a, RunningCollection b) =>
        a.StartDate < b.StartDate || (a.StartDate == b.StartDate && string.CompareOrdinal(a.Number, b.Number) < 0);
}
