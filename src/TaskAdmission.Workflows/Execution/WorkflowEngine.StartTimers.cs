using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using TaskAdmission.Workflows.Definitions;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Workflows.Execution;

/// <summary>Timer start events: schedules written at deploy time, fired exactly once per occurrence across nodes.</summary>
public sealed partial class WorkflowEngine
{
    /// <summary>Leases due timer-start schedules and starts one instance per occurrence; returns how many instances this call started.</summary>
    /// <remarks>Does nothing when the host registered no <see cref="IStartTimerStore"/>.</remarks>
    public async Task<int> FireDueStartTimersAsync(string owner, TimeSpan leaseDuration, int maxCount, CancellationToken cancellationToken = default)
    {
        if (startTimers is null) return 0;
        var started = 0;
        var now = time.GetUtcNow();
        foreach (var schedule in await startTimers.LeaseDueStartTimersAsync(now, owner, leaseDuration, maxCount, cancellationToken))
        {
            try
            {
                if (await StartOccurrenceAsync(schedule, cancellationToken)) started++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The lease runs out and another poll (here or on another node) tries the same occurrence again.
                logger.LogError(e, "Timer start {ElementId} of {ProcessId} due {DueAt} failed", schedule.ElementId, schedule.ProcessId, schedule.DueAt);
            }
        }

        return started;
    }

    private async Task<bool> StartOccurrenceAsync(StartTimerRecord schedule, CancellationToken cancellationToken)
    {
        var deployed = await store.GetDefinitionAsync(schedule.ProcessId, schedule.Version, cancellationToken)
            ?? throw new WorkflowOperationException($"process '{schedule.ProcessId}' version {schedule.Version} is not deployed");
        var definition = Definition(deployed);
        var start = (StartEventNode)definition.Node(schedule.ElementId);
        var started = false;
        try
        {
            var request = new StartInstanceRequest { ProcessId = deployed.ProcessId, Version = deployed.Version };
            var session = await StartCoreAsync(deployed, definition, OccurrenceId(schedule), request, start, null, cancellationToken, schedule.DueAt);
            await FireImmediateTimersAsync(session.ImmediateTimers, cancellationToken);
            started = true;
        }
        catch (WorkflowConflictException)
        {
            // This occurrence's instance exists: another node (or an earlier attempt of ours) started it.
        }

        // Occurrences missed while no node ran are made up once, not one by one: the next is the first after now.
        var now = time.GetUtcNow();
        var next = start.Timer!.NextDue(schedule.DueAt, schedule.Fired + 1, options.Calendar, options.TimeZone);
        while (next is { } due && due <= now) next = start.Timer.NextDue(due, schedule.Fired + 1, options.Calendar, options.TimeZone);
        await startTimers!.AdvanceStartTimerAsync(schedule, next, schedule.Fired + 1, cancellationToken);
        return started;
    }

    /// <summary>Writes the schedules of a freshly deployed version (replacing the previous version's).</summary>
    internal async Task ScheduleStartTimersAsync(DeployedDefinition deployed, ProcessDefinition definition, CancellationToken cancellationToken)
    {
        if (startTimers is null) return;
        var schedules = new List<StartTimerRecord>();
        foreach (var start in definition.TimerStartEvents)
        {
            if (start.Timer!.FirstDue(deployed.DeployedAt, options.Calendar, options.TimeZone) is not { } due) continue;
            schedules.Add(new StartTimerRecord { Id = RowIds.New(), ProcessId = deployed.ProcessId, Version = deployed.Version, ElementId = start.Id, DueAt = due });
        }

        await startTimers.ReplaceStartTimersAsync(deployed.ProcessId, schedules, cancellationToken);
    }

    /// <summary>The one instance id an occurrence may have: a name-based UUID of process, event and due time.</summary>
    internal static Guid OccurrenceId(StartTimerRecord schedule)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes($"{schedule.ProcessId}\n{schedule.ElementId}\n{schedule.DueAt.UtcTicks}"))[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80); // version 8: a custom, name-based UUID
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 9562 variant
        return new Guid(bytes, bigEndian: true);
    }
}
