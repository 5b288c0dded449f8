using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using TaskAdmission.Application;
using TaskAdmission.Application.Persistence;

namespace TaskAdmission.Web.Features.Health;

/// <summary>/health/live says the process answers; /health/ready also checks the database.</summary>
public static class HealthEndpoints
{
    private const string Ready = "ready";

    public static void AddTaskAdmissionHealth(this WebApplicationBuilder builder) =>
        builder.Services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database", tags: [Ready]);

    public static void MapHealthEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready) }).AllowAnonymous();
    }
}
