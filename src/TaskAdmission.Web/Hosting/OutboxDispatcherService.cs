using Microsoft.Extensions.Options;
using TaskAdmission.Application.Hosting;
using TaskAdmission.Application.Workflows.Outbox;

namespace TaskAdmission.Web.Hosting;

/// <summary>Hosts the <see cref="OutboxDispatcher"/>: sends committed workflow messages through the registered <see cref="IOutboxSender"/>.</summary>
public sealed class OutboxDispatcherService(IServiceScopeFactory scopes, IOptions<WorkflowHostingOptions> options, TimeProvider time, ILogger<OutboxDispatcherService> logger)
    : PollingBackgroundService(scopes, time, logger)
{
    protected override bool Enabled => options.Value.OutboxDispatcherEnabled;

    protected override TimeSpan PollInterval => options.Value.OutboxPollInterval;

    protected override async Task<bool> PollOnceAsync(IServiceProvider services, CancellationToken stoppingToken) =>
        await services.GetRequiredService<OutboxDispatcher>().RunOnceAsync(options.Value.OutboxBatchSize, stoppingToken) >= options.Value.OutboxBatchSize;
}
