using Microsoft.Extensions.Logging;
using TaskAdmission.Workflows.Definitions;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Workflows.Execution;

/// <summary>Timers that cross instances: a call activity's start, a called instance's return, and its cancellation.</summary>
public sealed partial class WorkflowEngine
{
    // Each crossing fires the next one right away; deeper chains (a process calling itself) are left to the timer worker.
    private static readonly AsyncLocal<int> ImmediateDepth = new();

    /// <summary>A call activity's timer: the start of its called instance, or that instance's return.</summary>
    private async Task<WorkflowCommandResult> CrossInstanceTimerAsync(TimerRecord timer, CancellationToken cancellationToken)
    {
        var records = await store.LoadInstanceAsync(timer.InstanceId, cancellationToken)
            ?? throw new WorkflowOperationException($"instance {timer.InstanceId} does not exist");
        var definition = await GetDefinitionAsync(records.Instance.ProcessId, records.Instance.DefinitionVersion, cancellationToken);
        var call = (CallActivityNode)definition.Node(timer.ElementId);

        var state = InstanceState.Deserialize(records.Instance.StateJson);
        var token = state.Token(timer.TokenId);
        if (records.Instance.Status != InstanceStatus.Running || token is null || token.CalledInstanceId is null)
        {
            // The caller moved on (cancelled, ended); the crossing has nowhere to go.
            return await RunCommandAsync(timer.InstanceId, (session, _) => Retire(session, timer.Id), null, cancellationToken, allowEnded: true);
        }

        return token.CallStarted
            ? await ReturnFromCallAsync(timer, token.CalledInstanceId.Value, cancellationToken)
            : await StartCalledAsync(timer, state, token, call, cancellationToken);
    }

    private async Task<WorkflowCommandResult> StartCalledAsync(TimerRecord timer, InstanceState caller, TokenState token, CallActivityNode call, CancellationToken cancellationToken)
    {
        var childId = token.CalledInstanceId!.Value;
        var deployed = await store.GetDefinitionAsync(call.CalledElement, call.CalledVersion, cancellationToken);
        var callerDefinition = await GetDefinitionAsync(caller.ProcessId, caller.DefinitionVersion, cancellationToken);
        if (deployed is null)
        {
            return await RunCommandAsync(timer.InstanceId, (session, runner) =>
            {
                if (Retire(session, timer.Id) && session.State.Token(token.Id) is { } current)
                {
                    current.TimerId = null;
                    runner.RaiseIncident(current, $"called process '{call.CalledElement}'{(call.CalledVersion is { } v ? $" version {v}" : string.Empty)} is not deployed", null);
                }
            }, null, cancellationToken);
        }

        var definition = Definition(deployed);
        InstanceSession? child = null;
        if (definition.StartNodes(null).Count == 0)
        {
            return await RunCommandAsync(timer.InstanceId, (session, runner) =>
            {
                if (Retire(session, timer.Id) && session.State.Token(token.Id) is { } current)
                {
                    current.TimerId = null;
                    runner.RaiseIncident(current, $"called process '{call.CalledElement}' has no none start event", null);
                }
            }, null, cancellationToken);
        }

        var inputs = new TokenRunner(InstanceSession.Create(callerDefinition, caller, time.GetUtcNow()), activities, options, logger).CallInputs(token, call);
        var request = new StartInstanceRequest { ProcessId = deployed.ProcessId, Version = deployed.Version, BusinessKey = caller.BusinessKey, Initiator = caller.Initiator, Variables = inputs };
        try
        {
            child = await StartCoreAsync(deployed, definition, childId, request, definition.StartNodes(null)[0], new CallerLink(caller.Id, token.Id, call.Id), cancellationToken);
        }
        catch (WorkflowConflictException)
        {
            // Started before (an earlier attempt died after the child's commit): the caller only needs to record it.
        }

        var result = await RunCommandAsync(timer.InstanceId, (session, runner) =>
        {
            if (session.Timer(timer.Id) is not { Status: TimerStatus.Pending } current || session.State.Token(token.Id) is not { } waiting) throw new TimerClosedMeanwhileException();
            runner.MarkCallStarted(waiting, current, $"started instance {childId} of {deployed.ProcessId} version {deployed.Version}");
        }, null, cancellationToken);
        if (child is not null) await FireImmediateTimersAsync(child.ImmediateTimers, cancellationToken);
        return result;
    }

    private async Task<WorkflowCommandResult> ReturnFromCallAsync(TimerRecord timer, Guid childId, CancellationToken cancellationToken)
    {
        var child = await store.LoadInstanceAsync(childId, cancellationToken)
            ?? throw new WorkflowOperationException($"called instance {childId} does not exist");
        var childState = InstanceState.Deserialize(child.Instance.StateJson);
        childState.Status = child.Instance.Status;
        return await RunCommandAsync(timer.InstanceId, (session, runner) =>
        {
            if (session.Timer(timer.Id) is not { Status: TimerStatus.Pending } current || session.State.Token(timer.TokenId) is not { } token) throw new TimerClosedMeanwhileException();
            runner.ReturnFromCall(token, current, childState);
        }, null, cancellationToken);
    }

    private async Task<WorkflowCommandResult> CancelCalledAsync(TimerRecord timer, CancellationToken cancellationToken) =>
        await RunCommandAsync(timer.InstanceId, (session, runner) =>
        {
            if (!Retire(session, timer.Id, TimerStatus.Fired) || session.State.Status != InstanceStatus.Running) return;
            runner.CancelAll();
            session.State.Status = InstanceStatus.Cancelled;
            session.State.EndedAt = session.Now;
            session.Journal(JournalEntryKind.InstanceCancelled, actor: "system", detail: "its call activity was cancelled");
        }, null, cancellationToken, allowEnded: true);

    /// <summary>Closes a pending timer without running anything; false when it was no longer pending.</summary>
    private static bool Retire(InstanceSession session, Guid timerId, TimerStatus status = TimerStatus.Cancelled)
    {
        if (session.Timer(timerId) is not { Status: TimerStatus.Pending } timer) return false;
        session.Put(timer with { Status = status, ClosedAt = session.Now });
        return true;
    }

    /// <summary>Fires the cross-instance timers a commit produced; failures are logged and left to the timer worker.</summary>
    private async Task FireImmediateTimersAsync(IReadOnlyList<Guid> timerIds, CancellationToken cancellationToken)
    {
        if (timerIds.Count == 0 || ImmediateDepth.Value >= 8) return;
        ImmediateDepth.Value++;
        try
        {
            foreach (var id in timerIds)
            {
                try
                {
                    await FireTimerAsync(id, cancellationToken);
                }
                catch (Exception e) when (e is WorkflowConflictException or WorkflowOperationException)
                {
                    logger.LogDebug("Immediate timer {TimerId} left to the timer worker: {Reason}", id, e.Message);
                }
            }
        }
        finally
        {
            ImmediateDepth.Value--;
        }
    }
}
