using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Web.Hosting;

namespace TaskAdmission.Web.Features.Health;

/// <summary>
/// /health/live says the process answers; /health/ready also checks the database (what a load balancer asks);
/// /health/operations reports every check with its detail — database, inbox listener, timer worker, outbox backlog —
/// to loopback and the operators' networks only (<see cref="ObservabilityOptions.AllowedNetworks"/>).
/// </summary>
public static class HealthEndpoints
{
    private const string Ready = "ready";
    private const string Operations = "operations";

    public static void AddTaskAdmissionHealth(this WebApplicationBuilder builder) =>
        builder.Services.AddHealthChecks()
            .AddDbContextCheck<AppDbContext>("database", tags: [Ready, Operations])
            .AddCheck<InboxListenerHealthCheck>("inbox-listener", tags: [Operations])
            .AddCheck<WorkerHealthCheck<TimerWorkerService>>("timer-worker", tags: [Operations])
            .AddCheck<WorkerHealthCheck<OutboxDispatcherService>>("outbox-dispatcher", tags: [Operations])
            .AddCheck<OutboxBacklogHealthCheck>("outbox-backlog", tags: [Operations]);

    public static void MapHealthEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready) }).AllowAnonymous();
        var options = app.Services.GetRequiredService<IOptions<ObservabilityOptions>>().Value;
        app.UseWhen(
            c => c.Request.Path.StartsWithSegments("/health/operations") && !options.Allows(c.Connection.RemoteIpAddress),
            branch => branch.Run(c => { c.Response.StatusCode = StatusCodes.Status404NotFound; return Task.CompletedTask; }));
        app.MapHealthChecks("/health/operations", new HealthCheckOptions
        {
            Predicate = c => c.Tags.Contains(Operations),
            ResponseWriter = WriteReportAsync,
            ResultStatusCodes = { [HealthStatus.Degraded] = StatusCodes.Status200OK },
        }).AllowAnonymous();
    }

    private static Task WriteReportAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new
            {
                status = e.Value.Status.ToString(),
                description = e.Value.Description,
                data = e.Value.Data.Count > 0 ? e.Value.Data : null,
                durationMs = Math.Round(e.Value.Duration.TotalMilliseconds, 1),
            }),
        }));
    }
}
