using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Persistence.Workflows.Entities;
using TaskAdmission.Workflows.Persistence;
using static TaskAdmission.Application.Persistence.Workflows.WorkflowRowMapping;

namespace TaskAdmission.Application.Persistence.Workflows;

/// <summary>
/// Timer-start schedules in wf_start_timers. Leasing works like wf_timers' (PostgreSQL: <c>FOR UPDATE SKIP LOCKED</c>;
/// SQLite: one conditional <c>UPDATE … RETURNING</c>); a schedule only advances from the due time it was leased at.
/// Exactly once per occurrence does not rest on the lease but on the occurrence's instance id (see <see cref="IStartTimerStore"/>).
/// </summary>
public sealed class EfStartTimerStore(AppDbContext db) : IStartTimerStore
{
    /// <inheritdoc />
    public async Task ReplaceStartTimersAsync(string processId, IReadOnlyList<StartTimerRecord> timers, CancellationToken cancellationToken = default)
    {
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        await db.Set<WfStartTimer>().Where(t => t.ProcessId == processId).ExecuteDeleteAsync(cancellationToken);
        var rows = timers.Select(t => new WfStartTimer
        {
            Id = t.Id, ProcessId = t.ProcessId, Version = t.Version, ElementId = t.ElementId, DueAtUtc = Utc(t.DueAt), Fired = t.Fired,
        }).ToList();
        db.Set<WfStartTimer>().AddRange(rows);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var row in rows) db.Entry(row).State = EntityState.Detached;
        if (transaction is not null) await transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StartTimerRecord>> LeaseDueStartTimersAsync(DateTimeOffset now, string owner, TimeSpan leaseDuration, int maxCount, CancellationToken cancellationToken = default)
    {
        var rows = await RowLease.TakeAsync<WfStartTimer>(db, "wf_start_timers", "\"DueAtUtc\" <= {0}", "\"DueAtUtc\", \"Id\"",
            Utc(now), Utc(now + leaseDuration), owner, maxCount, cancellationToken);
        return rows.OrderBy(t => t.DueAtUtc).ThenBy(t => t.Id).Select(ToRecord).ToList();
    }

    /// <inheritdoc />
    public async Task<bool> AdvanceStartTimerAsync(StartTimerRecord leased, DateTimeOffset? nextDue, int fired, CancellationToken cancellationToken = default)
    {
        var expected = Utc(leased.DueAt);
        var rows = db.Set<WfStartTimer>().Where(t => t.Id == leased.Id && t.DueAtUtc == expected);
        if (nextDue is not { } due) return await rows.ExecuteDeleteAsync(cancellationToken) == 1;
        var next = Utc(due);
        return await rows.ExecuteUpdateAsync(
            s => s.SetProperty(t => t.DueAtUtc, next).SetProperty(t => t.Fired, fired).SetProperty(t => t.LeaseOwner, (string?)null).SetProperty(t => t.LeasedUntilUtc, (DateTime?)null),
            cancellationToken) == 1;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StartTimerRecord>> GetStartTimersAsync(string? processId, CancellationToken cancellationToken = default)
    {
        var rows = await db.Set<WfStartTimer>().AsNoTracking()
            .Where(t => processId == null || t.ProcessId == processId)
            .OrderBy(t => t.DueAtUtc).ThenBy(t => t.Id)
            .ToListAsync(cancellationToken);
        return rows.Select(ToRecord).ToList();
    }

    private static StartTimerRecord ToRecord(WfStartTimer t) => new()
    {
        Id = t.Id, ProcessId = t.ProcessId, Version = t.Version, ElementId = t.ElementId, DueAt = Offset(t.DueAtUtc), Fired = t.Fired,
        LeaseOwner = t.LeaseOwner, LeasedUntil = Offset(t.LeasedUntilUtc),
    };
}
