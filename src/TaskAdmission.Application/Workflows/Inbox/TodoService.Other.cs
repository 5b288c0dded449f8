using Microsoft.EntityFrameworkCore;
using TaskAdmission.Core.Security;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Application.Workflows.Inbox;

/// <summary>The 抄送我的 and 我发起的 tabs.</summary>
public sealed partial class TodoService
{
    private async Task<TodoPage> CopiedAsync(Actor actor, TodoFilter filter, CancellationToken ct)
    {
        var copies = from c in db.WorkflowCarbonCopies.AsNoTracking()
                     join i in db.WorkflowInstances.AsNoTracking() on c.InstanceId equals i.Id
                     where c.Recipient == actor.UserName
                     select new { Copy = c, i.ProcessId, i.BusinessKey, i.Status };
        if (filter.Process is { } process)
        {
            copies = copies.Where(c => c.ProcessId == process);
        }
        if (filter.Text is { } text)
        {
            var keys = await subjects.KeysOfNumberAsync(text, ct);
            keys.Add(text);
            copies = copies.Where(c => c.BusinessKey != null && keys.Contains(c.BusinessKey));
        }
        var total = await copies.CountAsync(ct);
        var page = await copies.OrderByDescending(c => c.Copy.CreatedAtUtc).ThenBy(c => c.Copy.Id).Skip(Skip(filter)).Take(TodoFilter.PageSize).ToListAsync(ct);
        var (names, described) = await WordsAsync(page.Select(c => c.ProcessId), page.Select(c => c.BusinessKey), ct);
        var rows = page.Select(c => new TodoRow
        {
            InstanceId = c.Copy.InstanceId,
            ProcessId = c.ProcessId,
            ProcessName = names.GetValueOrDefault(c.ProcessId) ?? c.ProcessId,
            ElementId = c.Copy.ElementId,
            Subject = c.BusinessKey is null ? "" : described.GetValueOrDefault(c.BusinessKey) ?? c.BusinessKey,
            BusinessKey = c.BusinessKey,
            At = Offset(c.Copy.CreatedAtUtc),
            Status = c.Status,
            CopyId = c.Copy.Id,
            Unread = c.Copy.ReadAtUtc == null,
            From = c.Copy.From,
            Comment = c.Copy.Comment,
        }).ToList();
        return new TodoPage(rows, total, filter);
    }

    private async Task<TodoPage> StartedAsync(Actor actor, TodoFilter filter, CancellationToken ct)
    {
        var instances = db.WorkflowInstances.AsNoTracking().Where(i => i.Initiator == actor.UserName);
        if (filter.Process is { } process)
        {
            instances = instances.Where(i => i.ProcessId == process);
        }
        if (filter.Text is { } text)
        {
            var keys = await subjects.KeysOfNumberAsync(text, ct);
            keys.Add(text);
            instances = instances.Where(i => i.BusinessKey != null && keys.Contains(i.BusinessKey));
        }
        var total = await instances.CountAsync(ct);
        var page = await instances.OrderByDescending(i => i.StartedAtUtc).ThenBy(i => i.Id).Skip(Skip(filter)).Take(TodoFilter.PageSize)
            .Select(i => new { i.Id, i.ProcessId, i.BusinessKey, i.Status, i.StartedAtUtc }).ToListAsync(ct);
        var ids = page.Select(i => i.Id).ToList();
        var waiting = (await db.WorkflowTasks.AsNoTracking().Where(t => ids.Contains(t.InstanceId) && t.Status == UserTaskStatus.Open)
                .Select(t => new { t.InstanceId, Step = t.Name ?? t.ElementId }).ToListAsync(ct))
            .GroupBy(t => t.InstanceId).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(t => t.Step).Distinct().ToList());
        var (names, described) = await WordsAsync(page.Select(i => i.ProcessId), page.Select(i => i.BusinessKey), ct);
        var rows = page.Select(i => new TodoRow
        {
            InstanceId = i.Id,
            ProcessId = i.ProcessId,
            ProcessName = names.GetValueOrDefault(i.ProcessId) ?? i.ProcessId,
            Subject = i.BusinessKey is null ? "" : described.GetValueOrDefault(i.BusinessKey) ?? i.BusinessKey,
            BusinessKey = i.BusinessKey,
            At = Offset(i.StartedAtUtc),
            Status = i.Status,
            WaitingAt = waiting.GetValueOrDefault(i.Id) ?? [],
        }).ToList();
        return new TodoPage(rows, total, filter);
    }

    /// <summary>Marks the actor's carbon copies of an instance read (they opened it).</summary>
    public async Task MarkCopiesReadAsync(Guid instanceId, Actor actor, CancellationToken ct = default)
    {
        var now = clock.UtcNow;
        await db.WorkflowCarbonCopies.Where(c => c.InstanceId == instanceId && c.Recipient == actor.UserName && c.ReadAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.ReadAtUtc, now), ct);
    }

    /// <summary>The processes the person can filter by (every deployed process, latest name).</summary>
    public async Task<IReadOnlyList<(string Id, string Name)>> ProcessesAsync(CancellationToken ct = default) =>
        (await db.WorkflowDefinitions.AsNoTracking().Select(d => new { d.ProcessId, d.Version, d.Name }).ToListAsync(ct))
            .GroupBy(d => d.ProcessId)
            .Select(g => (g.Key, g.MaxBy(d => d.Version)!.Name ?? g.Key))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .ToList();
}
