using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace TaskAdmission.Application.Hosting;

/// <summary>
/// The one base of every background worker that polls (timers, outbox, calendar refresh, village checks, notification
/// delivery): polls in a fresh DI scope each time (a scope = one DbContext, as a request would have), pauses when
/// there is no more work, logs and carries on after a failure, and returns promptly when the host stops.
/// </summary>
public abstract class PollingBackgroundService(IServiceScopeFactory scopes, TimeProvider time, ILogger logger) : BackgroundService
{
    protected TimeProvider Time => time;

    protected ILogger Logger => logger;

    /// <summary>When this worker began polling on this node (health checks measure silence from here until the first poll).</summary>
    public DateTimeOffset? StartedAt { get; private set; }

    /// <summary>When the last poll finished without an error (health checks); null before the first.</summary>
    public DateTimeOffset? LastPollSucceededAt { get; private set; }

    /// <summary>Whether this node runs the worker (health checks do not expect polls from a disabled one).</summary>
    public bool IsEnabled => Enabled;

    /// <summary>The pause between polls when idle (health checks allow a few of them).</summary>
    public TimeSpan Interval => PollInterval;

    /// <summary>False turns the service off (it returns at once).</summary>
    protected abstract bool Enabled { get; }

    /// <summary>Pause after a poll that left no more work.</summary>
    protected abstract TimeSpan PollInterval { get; }

    /// <summary>False waits one interval before the first poll (work that is due hourly need not run at every start).</summary>
    protected virtual bool PollAtStart => true;

    /// <summary>Does one batch; returns true when more work is probably waiting (poll again at once).</summary>
    protected abstract Task<bool> PollOnceAsync(IServiceProvider services, CancellationToken stoppingToken);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled)
        {
            logger.LogInformation("{Service} is disabled on this node.", GetType().Name);
            return;
        }

        StartedAt = time.GetUtcNow();
        if (!PollAtStart && !await PauseAsync(stoppingToken))
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var more = false;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                more = await PollOnceAsync(scope.ServiceProvider, stoppingToken);
                LastPollSucceededAt = time.GetUtcNow();
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "{Service} poll failed; next attempt in {Interval}.", GetType().Name, PollInterval);
            }

            if (!more && !await PauseAsync(stoppingToken))
            {
                return;
            }
        }
    }

    /// <summary>The pause between polls: one interval on the registered clock, unless a worker can be woken sooner.</summary>
    protected virtual Task WaitAsync(CancellationToken stoppingToken) => Task.Delay(PollInterval, time, stoppingToken);

    /// <summary>Waits one interval on the registered clock; false when the host is stopping.</summary>
    private async Task<bool> PauseAsync(CancellationToken stoppingToken)
    {
        try
        {
            await WaitAsync(stoppingToken);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
