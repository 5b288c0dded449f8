using Microsoft.EntityFrameworkCore;
using TaskAdmission.Core.Common;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Application.Workflows.Viewer;

/// <summary>The heat view: instances passed and waiting per element of one version, and the average time spent there.</summary>
public sealed partial class InstanceViewService
{
    /// <summary>How many of a version's most recent instances the heat view reads (their journals are read whole).</summary>
    public const int HeatInstances = 2000;

    public async Task<(IReadOnlyList<ElementHeat> Elements, int Instances, string Xml)> HeatAsync(string processId, int version, CancellationToken ct = default)
    {
        var deployed = await engine.Store.GetDefinitionAsync(processId, version, ct) ?? throw RefusalException.NotFound();
        var definition = await engine.GetDefinitionAsync(processId, version, ct);
        var ids = await db.WorkflowInstances.AsNoTracking().Where(i => i.ProcessId == processId && i.DefinitionVersion == version)
            .OrderByDescending(i => i.StartedAtUtc).Select(i => i.Id).Take(HeatInstances).ToListAsync(ct);
        var pages = await db.WorkflowJournalPages.AsNoTracking().Where(p => ids.Contains(p.InstanceId)).ToListAsync(ct);
        var passed = new Dictionary<string, int>();
        var spent = new Dictionary<string, (TimeSpan Sum, int Count)>();
        foreach (var instance in pages.GroupBy(p => p.InstanceId))
        {
            var entered = new Dictionary<string, Stack<DateTimeOffset>>();
            foreach (var entry in instance.OrderBy(p => p.FirstSequence).SelectMany(Persistence.Workflows.JournalPageJson.Entries))
            {
                if (entry.ElementId is not { } element)
                {
                    continue;
                }
                if (entry.Kind == JournalEntryKind.ElementEntered)
                {
                    (entered.TryGetValue(element, out var s) ? s : entered[element] = new()).Push(entry.At);
                }
                else if (entry.Kind == JournalEntryKind.ElementCompleted)
                {
                    passed[element] = passed.GetValueOrDefault(element) + 1;
                    if (entered.TryGetValue(element, out var s) && s.Count > 0)
                    {
                        var (sum, count) = spent.GetValueOrDefault(element);
                        spent[element] = (sum + (entry.At - s.Pop()), count + 1);
                    }
                }
            }
        }
        var waiting = await db.WorkflowTasks.AsNoTracking()
            .Where(t => t.ProcessId == processId && t.Status == UserTaskStatus.Open && ids.Contains(t.InstanceId))
            .GroupBy(t => t.ElementId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var heat = definition.Nodes.Values.Select(n => new ElementHeat(n.Id, n.Name ?? n.Id, passed.GetValueOrDefault(n.Id), waiting.GetValueOrDefault(n.Id),
                spent.TryGetValue(n.Id, out var t) && t.Count > 0 ? t.Sum / t.Count : null))
            .OrderByDescending(h => h.Passed + h.Waiting).ThenBy(h => h.ElementId, StringComparer.Ordinal).ToList();
        return (heat, ids.Count, deployed.Xml);
    }
}
