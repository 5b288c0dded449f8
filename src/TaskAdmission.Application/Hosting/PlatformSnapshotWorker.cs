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
        var pending = db.WorkflowOutbox.Where(m => m.DispatchedAtUtc == null);
        var backlog = await pending.CountAsync(ct);
        var oldestMessage = await pending.MinAsync(m => (DateTime?)m.CreatedAtUtc, ct);
        return new PlatformSnapshot(now, incidents, taskCount, Age(oldestTask), Age(mostOverdue), backlog, Age(oldestMessage));

        TimeSpan Age(DateTime? since) => since is { } at && at < utc ? utc - at : TimeSpan.Zero;
    }
}
