using Microsoft.Extensions.Diagnostics.HealthChecks;
using TaskAdmission.Application.Hosting;

namespace TaskAdmission.Web.Features.Health;

/// <summary>
/// A polling worker of this node is alive: its last poll succeeded within a few intervals (and at most
/// <see cref="Grace"/> after start). A worker switched off on this node is healthy by definition.
/// </summary>
public sealed class WorkerHealthCheck<TWorker>(IEnumerable<IHostedService> hosted, TimeProvider clock) : IHealthCheck
    where TWorker : PollingBackgroundService
{
    private static readonly TimeSpan Grace = TimeSpan.FromMinutes(1);

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var worker = hosted.OfType<TWorker>().SingleOrDefault();
        if (worker is null || !worker.IsEnabled) return Task.FromResult(HealthCheckResult.Healthy("off on this node"));
        var allowed = worker.Interval * 3 + Grace;
        // A check is a new instance each time: silence is measured from the worker's own start, never from the check's.
        var last = worker.LastPollSucceededAt ?? worker.StartedAt ?? clock.GetUtcNow();
        var silent = clock.GetUtcNow() - last;
        return Task.FromResult(silent <= allowed
            ? HealthCheckResult.Healthy($"last poll {silent.TotalSeconds:0}s ago")
            : HealthCheckResult.Unhealthy($"no successful poll for {silent.TotalSeconds:0}s (allowed {allowed.TotalSeconds:0}s); see the log"));
    }
}
