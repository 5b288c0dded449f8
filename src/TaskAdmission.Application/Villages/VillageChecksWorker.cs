using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TaskAdmission.Application.Villages;

/// <summary>Runs <see cref="VillageChecksService"/> every <see cref="VillageOptions.CheckIntervalMinutes"/> minutes.</summary>
public sealed class VillageChecksWorker(IServiceScopeFactory scopes, IOptions<VillageOptions> options, TimeProvider clock, ILogger<VillageChecksWorker> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var minutes = options.Value.CheckIntervalMinutes;
        if (minutes <= 0)
        {
            return;
        }
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(minutes), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var (flagged, reminded) = await scope.ServiceProvider.GetRequiredService<VillageChecksService>().RunOnceAsync(stoppingToken);
                log.LogInformation("Village checks: {Flagged} assignments flagged for support, {Reminded} due reminders.", flagged, reminded);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogWarning(ex, "Village checks failed; retrying next round.");
            }
        }
    }
}
