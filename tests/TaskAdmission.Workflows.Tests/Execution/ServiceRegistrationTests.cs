using Microsoft.Extensions.DependencyInjection;
using TaskAdmission.Workflows.Execution;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Workflows.Tests.Execution;

public sealed class ServiceRegistrationTests
{
    [Fact]
    public void AddWorkflowEngine_RegistersEngineWorkerAndResolver_WithConfiguredOptions()
    {
        var services = new ServiceCollection();

        services.AddWorkflowEngine(o => o.MaxStepsPerCommand = 7).AddInMemoryWorkflowStore().AddServiceActivity<NoopActivity>("Noop");

        Assert.Contains(services, d => d.ServiceType == typeof(WorkflowEngine) && d.Lifetime == ServiceLifetime.Scoped);
        Assert.Contains(services, d => d.ServiceType == typeof(TimerWorker));
        Assert.Contains(services, d => d.ServiceType == typeof(IServiceActivityResolver) && d.ImplementationType == typeof(ServiceProviderActivityResolver));
        Assert.Contains(services, d => d.ServiceType == typeof(InMemoryWorkflowStore) && d.Lifetime == ServiceLifetime.Singleton);
        Assert.Contains(services, d => d.ServiceType == typeof(IWorkflowStore) && d.Lifetime == ServiceLifetime.Singleton);
        Assert.Contains(services, d => d.ServiceType == typeof(IStartTimerStore) && d.Lifetime == ServiceLifetime.Singleton);
        Assert.Contains(services, d => d.ServiceType == typeof(IServiceActivity) && d.IsKeyedService && Equals(d.ServiceKey, "Noop"));
        Assert.Equal(7, Assert.IsType<WorkflowEngineOptions>(services.Single(d => d.ServiceType == typeof(WorkflowEngineOptions)).ImplementationInstance).MaxStepsPerCommand);
    }

    [Fact]
    public void ServiceProviderActivityResolver_ResolvesKeyedActivity_OrNull()
    {
        var resolver = new ServiceProviderActivityResolver(new KeyedProvider(new Dictionary<object, object> { ["Noop"] = new NoopActivity() }));

        Assert.IsType<NoopActivity>(resolver.Resolve("Noop"));
        Assert.Null(resolver.Resolve("Missing"));
    }

    private sealed class NoopActivity : IServiceActivity
    {
        public Task ExecuteAsync(ServiceActivityContext context, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    /// <summary>Minimal keyed provider: only the DI abstractions are referenced, not the container.</summary>
    private sealed class KeyedProvider(Dictionary<object, object> keyed) : IKeyedServiceProvider
    {
        public object? GetService(Type serviceType) => null;

        public object? GetKeyedService(Type serviceType, object? serviceKey) => serviceKey is not null && keyed.TryGetValue(serviceKey, out var s) ? s : null;

        public object GetRequiredKeyedService(Type serviceType, object? serviceKey) => GetKeyedService(serviceType, serviceKey) ?? throw new InvalidOperationException();
    }
}
