using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using TaskAdmission.Workflows.Execution;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Workflows;

/// <summary>DI registration of the engine, its timer worker and service activities.</summary>
public static class WorkflowServiceCollectionExtensions
{
    /// <summary>Registers <see cref="WorkflowEngine"/> and <see cref="TimerWorker"/> (scoped, so activities may use scoped services); the host registers an <see cref="IWorkflowStore"/>.</summary>
    public static IServiceCollection AddWorkflowEngine(this IServiceCollection services, Action<WorkflowEngineOptions>? configure = null)
    {
        var options = new WorkflowEngineOptions();
        configure?.Invoke(options);
        services.TryAddSingleton(options);
        services.TryAddSingleton(new TimerWorkerOptions());
        services.TryAddSingleton<ParsedDefinitionCache>();
        services.TryAddSingleton<InstanceStateCache>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<IServiceActivityResolver, ServiceProviderActivityResolver>();
        services.TryAddScoped(sp => new WorkflowEngine(
            sp.GetRequiredService<IWorkflowStore>(),
            sp.GetRequiredService<IServiceActivityResolver>(),
            sp.GetRequiredService<WorkflowEngineOptions>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<ILogger<WorkflowEngine>>(),
            sp.GetRequiredService<ParsedDefinitionCache>(),
            sp.GetService<IStartTimerStore>(),
            sp.GetRequiredService<InstanceStateCache>()));
        services.TryAddScoped(sp => new TimerWorker(
            sp.GetRequiredService<WorkflowEngine>(),
            sp.GetRequiredService<TimerWorkerOptions>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<ILogger<TimerWorker>>()));
        return services;
    }

    /// <summary>Registers the thread-safe in-memory store as a singleton (also the timer-start schedule store).</summary>
    public static IServiceCollection AddInMemoryWorkflowStore(this IServiceCollection services)
    {
        services.TryAddSingleton<InMemoryWorkflowStore>();
        services.TryAddSingleton<IWorkflowStore>(sp => sp.GetRequiredService<InMemoryWorkflowStore>());
        services.TryAddSingleton<IStartTimerStore>(sp => sp.GetRequiredService<InMemoryWorkflowStore>());
        return services;
    }

    /// <summary>Registers a service activity for the BPMN <c>ta:type</c> <paramref name="serviceType"/> (keyed scoped service).</summary>
    public static IServiceCollection AddServiceActivity<TActivity>(this IServiceCollection services, string serviceType)
        where TActivity : class, IServiceActivity =>
        services.AddKeyedScoped<IServiceActivity, TActivity>(serviceType);
}
