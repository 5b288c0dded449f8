using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using TaskAdmission.Application.Persistence;

namespace TaskAdmission.Web.Features.Health;

/// <summary>The outbox drains: Degraded when a message has waited longer than <see cref="Stale"/> (a failing sender, no dispatcher on any node).</summary>
public sealed class OutboxBacklogHealthCheck(AppDbContext db, TimeProvider clock) : IHealthCheck
{
    public static readonly TimeSpan Stale = TimeSpan.FromMinutes(10);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var pending = db.WorkflowOutbox.Where(m => m.DispatchedAtUtc == null);
        var count = await pending.CountAsync(cancellationToken);
        var oldest = await pending.MinAsync(m => (DateTime?)m.CreatedAtUtc, cancellationToken);
        var age = oldest is { } at ? clock.GetUtcNow().UtcDateTime - at : TimeSpan.Zero;
        var data = new Dictionary<string, object> { ["backlog"] = count, ["oldestSeconds"] = (long)age.TotalSeconds };
        return age <= Stale
            ? HealthCheckResult.Healthy($"{count} pending", data)
            : HealthCheckResult.Degraded($"{count} pending, the oldest for {age.TotalMinutes:0} min", data: data);
    }
}
