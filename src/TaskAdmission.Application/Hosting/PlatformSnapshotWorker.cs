using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Application.Hosting;

/// <summary>Samples the workflow tables every <see cref="SampleEvery"/> for the gauges of <see cref="PlatformMetrics"/>: five indexed aggregates.</summary>
public sealed class PlatformSnapshotWorker(IServiceScopeFactory scopes, TimeProvider clock, ILogger<PlatformSnapshotWorker> log)
    : PollingBackgroundService(scopes, clock, log)
{
    public static readonly TimeSpan SampleEvery = TimeSpan.FromSeconds(15);

    protected override bool Enabled => true;

    protected override TimeSpan PollInterval => SampleEvery;

    protected override async Task<bool> PollOnceAsync(IServiceProvider services, CancellationToken stoppingToken)
    {
        PlatformMetrics.Publish(await TakeAsync(services.GetRequiredService<AppDbContext>(), Time.GetUtcNow(), stoppingToken));
        return false;
    }

    public static async Task<PlatformSnapshot> TakeAsync(AppDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        var utc = now.UtcDateTime;
        var incidents = await db.WorkflowIncidents.CountAsync(i => i.Status == IncidentStatus.Open, ct);
        var openTasks = db.WorkflowTasks.Where(t => t.Status == UserTaskStatus.Open);
        var taskCount = await openTasks.CountAsync(ct);
        var oldestTask = await openTasks.MinAsync(t => (DateTime?)t.CreatedAtUtc, ct);
        var mostOverdue = await db.WorkflowTimers.Where(t => t.Status == TimerStatus.Pending && t.DueAtUtc <= utc).MinAsync(t => (DateTime?)t.DueAtUtc, ct);
        var (backlog, oldestMessage) = await OutboxBacklogAsync(db, now, ct);
        return new PlatformSnapshot(now, incidents, taskCount, Age(oldestTask, now), Age(mostOverdue, now), backlog, oldestMessage);
    }

    /// <summary>Outbox messages not yet sent, and how long the oldest has waited (the snapshot and the health check).</summary>
    public static async Task<(int Count, TimeSpan OldestAge)> OutboxBacklogAsync(AppDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        var pending = db.WorkflowOutbox.Where(m => m.DispatchedAtUtc == null);
        return (await pending.CountAsync(ct), Age(await pending.MinAsync(m => (DateTime?)m.CreatedAtUtc, ct), now));
    }

    private static TimeSpan Age(DateTime? since, DateTimeOffset now) =>
        since is { } at && at < now.UtcDateTime ? now.UtcDateTime - at : TimeSpan.Zero;
}
