using TaskAdmission.Workflows.Execution;

namespace TaskAdmission.Workflows.Cli;

/// <summary>Resolves registered activities and replaces unregistered ones with a stub that only logs, so dry runs never stop at service tasks.</summary>
internal sealed class StubbingActivityResolver(IServiceActivityResolver? inner, TextWriter log) : IServiceActivityResolver
{
    public IServiceActivity? Resolve(string serviceType) => inner?.Resolve(serviceType) ?? new Stub(log);

    private sealed class Stub(TextWriter log) : IServiceActivity
    {
        public Task ExecuteAsync(ServiceActivityContext context, CancellationToken cancellationToken)
        {
            log.WriteLine($"stub: service task '{context.ElementId}' (ta:type '{context.ServiceType}') is not registered; skipped");
            return Task.CompletedTask;
        }
    }
}
