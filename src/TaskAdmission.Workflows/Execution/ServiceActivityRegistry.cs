namespace TaskAdmission.Workflows.Execution;

/// <summary>A dictionary of service activities by type name, for hosts without DI, tests and the CLI.</summary>
public sealed class ServiceActivityRegistry : IServiceActivityResolver
{
    private readonly Dictionary<string, IServiceActivity> activities = new(StringComparer.Ordinal);

    /// <summary>Registers (or replaces) the activity for a type name.</summary>
    public ServiceActivityRegistry Register(string serviceType, IServiceActivity activity)
    {
        activities[serviceType] = activity;
        return this;
    }

    /// <summary>Registers a delegate as the activity for a type name.</summary>
    public ServiceActivityRegistry Register(string serviceType, Func<ServiceActivityContext, CancellationToken, Task> execute) =>
        Register(serviceType, new DelegateActivity(execute));

    /// <summary>Registers a synchronous delegate as the activity for a type name.</summary>
    public ServiceActivityRegistry Register(string serviceType, Action<ServiceActivityContext> execute) =>
        Register(serviceType, new DelegateActivity((context, _) =>
        {
            execute(context);
            return Task.CompletedTask;
        }));

    /// <inheritdoc />
    public IServiceActivity? Resolve(string serviceType) => activities.GetValueOrDefault(serviceType);

    private sealed class DelegateActivity(Func<ServiceActivityContext, CancellationToken, Task> execute) : IServiceActivity
    {
        public Task ExecuteAsync(ServiceActivityContext context, CancellationToken cancellationToken) => execute(context, cancellationToken);
    }
}
