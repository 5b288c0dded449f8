using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TaskAdmission.Application.Hosting;

namespace TaskAdmission.Application.Villages;

/// <summary>Runs <see cref="VillageChecksService"/> every <see cref="VillageOptions.CheckIntervalMinutes"/> minutes (0 turns it off).</summary>
public sealed class VillageChecksWorker(IServiceScopeFactory scopes, IOptions<VillageOptions> options, TimeProvider clock, ILogger<VillageChecksWorker> log)
    : PollingBackgroundService(scopes, clock, log)
{
    protected override bool Enabled => options.Value.CheckIntervalMinutes > 0;

    protected override TimeSpan PollInterval => TimeSpan.FromMinutes(options.Value.CheckIntervalMinutes);

    protected override bool PollAtStart => false;

    protected override async Task<bool> PollOnceAsync(IServiceProvider services, CancellationToken stoppingToken)
    {
        var (flagged, reminded) = await services.GetRequiredService<VillageChecksService>().RunOnceAsync(stoppingToken);
        Logger.LogInformation("Village checks: {Flagged} assignments flagged for support, {Reminded} due reminders.", flagged, reminded);
        return false;
    }
}
