using Microsoft.Extensions.DependencyInjection;

namespace TaskAdmission.Application.Audit;

/// <summary>Registers the audit chain's use cases: verification and head, decision checks, the viewer, the head log.</summary>
public static class AuditServiceCollectionExtensions
{
    public static IServiceCollection AddTaskAdmissionAudit(this IServiceCollection services)
    {
        services.AddOptions<AuditOptions>().BindConfiguration(AuditOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<AuditChainService>();
        services.AddScoped<DecisionIntegrityService>();
        services.AddScoped<AuditViewService>();
        services.AddHostedService<AuditHeadLogWorker>();
        return services;
    }
}
