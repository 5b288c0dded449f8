using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace TaskAdmission.Application.Hosting;

/// <summary>
/// Polls in a fresh DI scope each time (a scope = one DbContext, as a request would have), pauses when there is no
/// more work, logs and carries on after a failure, and returns promptly when the host stops.
/// </summary>
public abstract class PollingBackgroundService(IServiceScopeFactory scopes, TimeProvider time, ILogger logger) : BackgroundService
{
    /// <summary>False turns the service off (it returns at once).</summary>
    protected abstract bool Enabled { get; }

    /// <summary>Pause after a poll that left no more work.</summary>
    protected abstract TimeSpan PollInterval { get; }

    /// <summary>Does one batch; returns true when more work is probably waiting (poll again at once).</summary>
    protected abstract Task<bool> PollOnceAsync(IServiceProvider services, CancellationToken stoppingToken);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled)
        {
            logger.LogInformation("{Service} is disabled on this node.", GetType().Name);
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var more = false;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                more = await PollOnceAsync(scope.ServiceProvider, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "{Service} poll failed; next attempt in {Interval}.", GetType().Name, PollInterval);
            }

            if (more) continue;
            try
            {
                await Task.Delay(PollInterval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
