using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TaskAdmission.Application.Hosting;

namespace TaskAdmission.Application.Villages.Dispatch;

/// <summary>
/// Runs queued dispatches (<see cref="DispatchJobRunner"/>) one chunk per poll, polling again at once while chunks are
/// left; woken by <see cref="DispatchSignal"/> when this node queues one, and every
/// <see cref="VillageOptions.DispatchPollSeconds"/> for jobs of other nodes or left by a restart (it also runs at start).
/// </summary>
public sealed class DispatchJobWorker(IServiceScopeFactory scopes, IOptions<VillageOptions> options, DispatchSignal signal, TimeProvider clock,
    ILogger<DispatchJobWorker> log) : PollingBackgroundService(scopes, clock, log)
{
    protected override bool Enabled => options.Value.DispatchPollSeconds > 0;

    protected override TimeSpan PollInterval => TimeSpan.FromSeconds(options.Value.DispatchPollSeconds);

    protected override Task<bool> PollOnceAsync(IServiceProvider services, CancellationToken stoppingToken) =>
        services.GetRequiredService<DispatchJobRunner>().RunOnceAsync(stoppingToken);

    protected override Task WaitAsync(CancellationToken stoppingToken) => signal.WaitAsync(PollInterval, stoppingToken);
}
