using Microsoft.Extensions.Diagnostics.HealthChecks;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Villages.Caching;

namespace TaskAdmission.Web.Features.Health;

/// <summary>
/// PostgreSQL: the inbox listener proves its LISTEN connection. While it does not, the cache fails closed (every inbox
/// read goes to the database), so this is Degraded, not Unhealthy. SQLite has no listener and no cache.
/// </summary>
public sealed class InboxListenerHealthCheck(VillageInboxCache cache, AppDbContext db) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(!cache.Enabled || !Microsoft.EntityFrameworkCore.NpgsqlDatabaseFacadeExtensions.IsNpgsql(db.Database)
            ? HealthCheckResult.Healthy("no inbox cache on this node")
            : cache.IsLive
                ? HealthCheckResult.Healthy($"listening; {cache.Count} inboxes cached")
                : HealthCheckResult.Degraded("not listening: inboxes are read from the database until the listener reconnects"));
}
