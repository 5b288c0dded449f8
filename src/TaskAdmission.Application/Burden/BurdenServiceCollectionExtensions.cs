using Microsoft.Extensions.DependencyInjection;

namespace TaskAdmission.Application.Burden;

/// <summary>Registers the burden ledger, baselines, targets, dashboards and scorecards.</summary>
public static class BurdenServiceCollectionExtensions
{
    public static IServiceCollection AddTaskAdmissionBurden(this IServiceCollection services)
    {
        services.AddOptions<BurdenOptions>().BindConfiguration(BurdenOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<BurdenLedger>();
        services.AddScoped<BurdenRebuildService>();
        services.AddScoped<VillageBurdenQuery>();
        services.AddScoped<TargetProgressService>();
        services.AddScoped<BurdenDashboardService>();
        services.AddScoped<BaselineService>();
        services.AddScoped<TargetService>();
        services.AddScoped<ScorecardService>();
        services.AddScoped<BurdenHeadlineService>();
        services.AddScoped<BurdenDemoSeeder>();
        services.AddScoped<DataFields.DataFieldService>();
        services.AddScoped<DataFields.CollectionRegisterService>();
        return services;
    }
}
