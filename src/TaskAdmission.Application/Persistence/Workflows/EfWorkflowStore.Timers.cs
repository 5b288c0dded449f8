using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Persistence.Workflows.Entities;
using TaskAdmission.Workflows.Persistence;
using static TaskAdmission.Application.Persistence.Workflows.WorkflowRowMapping;

namespace TaskAdmission.Application.Persistence.Workflows;

/// <summary>Timer leasing: outside the instance version, so a lease never conflicts with a user's command.</summary>
public sealed partial class EfWorkflowStore
{
    /// <inheritdoc />
    /// <remarks>
    /// PostgreSQL: one <c>UPDATE … FROM (SELECT … FOR UPDATE SKIP LOCKED)</c>, so concurrent workers on any number of
    /// nodes take disjoint batches without waiting for each other. SQLite has a single writer: one conditional
    /// <c>UPDATE … RETURNING</c> is atomic, preceded by a read so an idle poll takes no write lock.
    /// </remarks>
    public async Task<IReadOnlyList<TimerRecord>> LeaseDueTimersAsync(DateTimeOffset now, string owner, TimeSpan leaseDuration, int maxCount, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxCount);
        var at = Utc(now);
        var until = Utc(now + leaseDuration);
        List<WfTimer> rows;
        if (db.Database.IsNpgsql())
        {
            rows = await db.Set<WfTimer>().FromSql($"""
                WITH due AS (
                    SELECT "Id" FROM wf_timers
                    WHERE "Status" = 'Pending' AND "DueAtUtc" <= {at} AND ("LeasedUntilUtc" IS NULL OR "LeasedUntilUtc" < {at})
                    ORDER BY "DueAtUtc", "Id"
                    LIMIT {maxCount}
                    FOR UPDATE SKIP LOCKED)
                UPDATE wf_timers AS t SET "LeaseOwner" = {owner}, "LeasedUntilUtc" = {until}
                FROM due WHERE t."Id" = due."Id"
                RETURNING t.*
                """).AsNoTracking().ToListAsync(cancellationToken);
        }
        else
        {
            var anyDue = await db.Set<WfTimer>().AnyAsync(
                t => t.Status == TimerStatus.Pending && t.DueAtUtc <= at && (t.LeasedUntilUtc == null || t.LeasedUntilUtc < at), cancellationToken);
            if (!anyDue) return [];
            rows = await db.Set<WfTimer>().FromSql($"""
                UPDATE wf_timers SET "LeaseOwner" = {owner}, "LeasedUntilUtc" = {until}
                WHERE "Id" IN (
                    SELECT "Id" FROM wf_timers
                    WHERE "Status" = 'Pending' AND "DueAtUtc" <= {at} AND ("LeasedUntilUtc" IS NULL OR "LeasedUntilUtc" < {at})
                    ORDER BY "DueAtUtc", "Id"
                    LIMIT {maxCount})
                RETURNING *
                """).AsNoTracking().ToListAsync(cancellationToken);
        }

        return rows.OrderBy(t => t.DueAtUtc).ThenBy(t => t.Id).Select(ToRecord).ToList();
    }
}
