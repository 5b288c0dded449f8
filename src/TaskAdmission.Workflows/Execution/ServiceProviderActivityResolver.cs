using Microsoft.Extensions.DependencyInjection;

namespace TaskAdmission.Workflows.Execution;

/// <summary>Resolves activities registered as keyed <see cref="IServiceActivity"/> services (key = type name).</summary>
public sealed class ServiceProviderActivityResolver(IServiceProvider services) : IServiceActivityResolver
{
    /// <inheritdoc />
    public IServiceActivity? Resolve(string serviceType) => services.GetKeyedService<IServiceActivity>(serviceType);
}
