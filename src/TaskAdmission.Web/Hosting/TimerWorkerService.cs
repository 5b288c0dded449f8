using Microsoft.Extensions.Options;
using TaskAdmission.Application.Hosting;
using TaskAdmission.Workflows.Execution;

namespace TaskAdmission.Web.Hosting;

/// <summary>Hosts the engine's <see cref="TimerWorker"/>: leases due timers and fires them (reminders, timeouts, waits).</summary>
public sealed class TimerWorkerService(IServiceScopeFactory scopes, IOptions<WorkflowHostingOptions> options, TimeProvider time, ILogger<TimerWorkerService> logger)
    : PollingBackgroundService(scopes, time, logger)
{
    protected override bool Enabled => options.Value.TimerWorkerEnabled;

    protected override TimeSpan PollInterval => options.Value.TimerPollInterval;

    protected override async Task<bool> PollOnceAsync(IServiceProvider services, CancellationToken stoppingToken) =>
        await services.GetRequiredService<TimerWorker>().RunOnceAsync(stoppingToken) >= options.Value.TimerBatchSize;
}
