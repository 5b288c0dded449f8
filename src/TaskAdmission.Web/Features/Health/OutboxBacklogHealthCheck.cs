using Microsoft.Extensions.Diagnostics.HealthChecks;
using TaskAdmission.Application.Hosting;
using TaskAdmission.Application.Persistence;

namespace TaskAdmission.Web.Features.Health;

/// <summary>The outbox drains: Degraded when a message has waited longer than <see cref="Stale"/> (a failing sender, no dispatcher on any node).</summary>
public sealed class OutboxBacklogHealthCheck(AppDbContext db, TimeProvider clock) : IHealthCheck
{
    public static readonly TimeSpan Stale = TimeSpan.FromMinutes(10);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var (count, age) = await PlatformSnapshotWorker.OutboxBacklogAsync(db, clock.GetUtcNow(), cancellationToken);
        var data = new Dictionary<string, object> { ["backlog"] = count, ["oldestSeconds"] = (long)age.TotalSeconds };
        return age <= Stale
            ? HealthCheckResult.Healthy($"{count} pending", data)
            : HealthCheckResult.Degraded($"{count} pending, the oldest for {age.TotalMinutes:0} min", data: data);
    }
}
