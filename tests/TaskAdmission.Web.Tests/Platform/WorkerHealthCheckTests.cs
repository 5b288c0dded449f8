using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using TaskAdmission.Application.Hosting;
using TaskAdmission.Web.Features.Health;

namespace TaskAdmission.Web.Tests.Platform;

/// <summary>The worker check an operator's probe relies on: a worker whose every poll fails turns Unhealthy once it has been silent too long.</summary>
public sealed class WorkerHealthCheckTests
{
    [Theory]
    [InlineData(true, HealthStatus.Healthy)]
    [InlineData(false, HealthStatus.Unhealthy)]
    public async Task AWorkerSilentForThreeIntervalsAndAMinute_IsUnhealthy(bool pollsSucceed, HealthStatus expected)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 2, 1, 0, 0, TimeSpan.Zero));
        await using var services = new ServiceCollection().BuildServiceProvider();
        var worker = new Worker(services.GetRequiredService<IServiceScopeFactory>(), clock, pollsSucceed);
        await worker.StartAsync(CancellationToken.None);
        try
        {
            // The health-check service makes a new check for every probe, as here.
            WorkerHealthCheck<Worker> Check() => new([worker], clock);
            Assert.Equal(HealthStatus.Healthy, (await Check().CheckHealthAsync(new HealthCheckContext())).Status);

            for (var i = 0; i < 14; i++)
            {
                clock.Advance(TimeSpan.FromSeconds(10)); // 140 s > 3 × 10 s + 60 s
                await Task.Delay(20);
            }

            Assert.Equal(expected, (await Check().CheckHealthAsync(new HealthCheckContext())).Status);
        }
        finally
        {
            await worker.StopAsync(CancellationToken.None);
        }
    }

    private sealed class Worker(IServiceScopeFactory scopes, TimeProvider clock, bool pollsSucceed)
        : PollingBackgroundService(scopes, clock, NullLogger.Instance), IHostedService
    {
        protected override bool Enabled => true;

        protected override TimeSpan PollInterval => TimeSpan.FromSeconds(10);

        protected override Task<bool> PollOnceAsync(IServiceProvider services, CancellationToken stoppingToken) =>
            pollsSucceed ? Task.FromResult(false) : throw new InvalidOperationException("the database is gone");
    }
}
