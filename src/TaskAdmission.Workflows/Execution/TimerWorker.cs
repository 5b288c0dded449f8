using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace TaskAdmission.Workflows.Execution;

/// <summary>Leases due timers through the store and fires each through the engine; safe to run on several nodes.</summary>
public sealed class TimerWorker(WorkflowEngine engine, TimerWorkerOptions? options = null, TimeProvider? timeProvider = null, ILogger<TimerWorker>? logger = null)
{
    private readonly TimerWorkerOptions options = options ?? new TimerWorkerOptions();
    private readonly TimeProvider time = timeProvider ?? TimeProvider.System;
    private readonly ILogger logger = logger ?? NullLogger<TimerWorker>.Instance;

    /// <summary>Leases one batch of due timers and timer-start schedules and fires them; returns how many this worker fired.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        var fired = await engine.FireDueStartTimersAsync(options.WorkerId, options.LeaseDuration, options.BatchSize, cancellationToken);
        var leased = await engine.Store.LeaseDueTimersAsync(time.GetUtcNow(), options.WorkerId, options.LeaseDuration, options.BatchSize, cancellationToken);
        foreach (var timer in leased)
        {
            try
            {
                await engine.FireTimerAsync(timer.Id, cancellationToken);
                fired++;
            }
            catch (WorkflowConflictException e)
            {
                // Another worker or a user command won; the timer is handled or will be leased again.
                logger.LogDebug("Timer {TimerId} skipped: {Reason}", timer.Id, e.Message);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Firing timer {TimerId} of instance {InstanceId} failed", timer.Id, timer.InstanceId);
            }
        }

        return fired;
    }

    /// <summary>Polls until cancelled.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var fired = await RunOnceAsync(cancellationToken);
            if (fired < options.BatchSize) await Task.Delay(options.PollInterval, time, cancellationToken);
        }
    }
}
