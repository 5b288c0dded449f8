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
                await FireHoldingLeaseAsync(timer.Id, cancellationToken);
                fired++;
            }
            catch (WorkflowConflictException e)
            {
                // The timer was closed meanwhile, or the instance kept changing: closed, or leased again after the lease.
                logger.LogDebug("Timer {TimerId} skipped: {Reason}", timer.Id, e.Message);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Firing timer {TimerId} of instance {InstanceId} failed", timer.Id, timer.InstanceId);
            }
        }

        return fired;
    }

    /// <summary>
    /// Fires a leased timer, trying again while a concurrent command on its instance wins the race (a user acting on
    /// the instance at the same moment, on this node or another): the lease is still this worker's, so a retry cannot
    /// double-fire, and the timer does not wait out its lease (minutes) for a conflict that lasted milliseconds.
    /// </summary>
    private async Task FireHoldingLeaseAsync(Guid timerId, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await engine.FireTimerAsync(timerId, cancellationToken);
                return;
            }
            catch (WorkflowConflictException) when (attempt < ConflictAttempts)
            {
            }
        }
    }

    private const int ConflictAttempts = 3;

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
