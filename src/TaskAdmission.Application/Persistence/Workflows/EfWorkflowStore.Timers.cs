using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Persistence.Workflows.Entities;
using TaskAdmission.Workflows.Persistence;
using static TaskAdmission.Application.Persistence.Workflows.WorkflowRowMapping;

namespace TaskAdmission.Application.Persistence.Workflows;

/// <summary>Timer and outbox leasing: outside the instance version, so a lease never conflicts with a user's command.</summary>
public sealed partial class EfWorkflowStore
{
    /// <inheritdoc />
    /// <remarks>See <see cref="RowLease"/>: <c>FOR UPDATE SKIP LOCKED</c> on PostgreSQL, one conditional update on SQLite.</remarks>
    public async Task<IReadOnlyList<TimerRecord>> LeaseDueTimersAsync(DateTimeOffset now, string owner, TimeSpan leaseDuration, int maxCount, CancellationToken cancellationToken = default)
    {
        var rows = await RowLease.TakeAsync<WfTimer>(db, "wf_timers", "\"Status\" = 'Pending' AND \"DueAtUtc\" <= {0}", "\"DueAtUtc\", \"Id\"",
            Utc(now), Utc(now + leaseDuration), owner, maxCount, cancellationToken);
        return rows.OrderBy(t => t.DueAtUtc).ThenBy(t => t.Id).Select(ToRecord).ToList();
    }

    /// <inheritdoc />
    /// <remarks>See <see cref="RowLease"/>. A failed send is retried when its lease runs out; the sender deduplicates by message id.</remarks>
    public async Task<IReadOnlyList<OutboxMessage>> LeaseOutboxAsync(DateTimeOffset now, string owner, TimeSpan leaseDuration, int maxCount, CancellationToken cancellationToken = default)
    {
        var rows = await RowLease.TakeAsync<WfOutboxMessage>(db, "wf_outbox", "\"DispatchedAtUtc\" IS NULL", "\"CreatedAtUtc\", \"Id\"",
            Utc(now), Utc(now + leaseDuration), owner, maxCount, cancellationToken);
        return rows.OrderBy(m => m.CreatedAtUtc).ThenBy(m => m.Id).Select(ToRecord).ToList();
    }
}
