namespace TaskAdmission.Workflows.Persistence;

/// <summary>Timer-start schedules, under the store's one lock.</summary>
public sealed partial class InMemoryWorkflowStore
{
    /// <inheritdoc />
    public Task ReplaceStartTimersAsync(string processId, IReadOnlyList<StartTimerRecord> timers, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            foreach (var id in startTimers.Values.Where(t => t.ProcessId == processId).Select(t => t.Id).ToList()) startTimers.Remove(id);
            foreach (var timer in timers) startTimers[timer.Id] = timer;
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<StartTimerRecord>> LeaseDueStartTimersAsync(DateTimeOffset now, string owner, TimeSpan leaseDuration, int maxCount, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            var leased = startTimers.Values
                .Where(t => t.DueAt <= now && (t.LeasedUntil is null || t.LeasedUntil < now))
                .OrderBy(t => t.DueAt).ThenBy(t => t.Id)
                .Take(maxCount)
                .Select(t => t with { LeaseOwner = owner, LeasedUntil = now + leaseDuration })
                .ToList();
            foreach (var timer in leased) startTimers[timer.Id] = timer;
            return Task.FromResult<IReadOnlyList<StartTimerRecord>>(leased);
        }
    }

    /// <inheritdoc />
    public Task<bool> AdvanceStartTimerAsync(StartTimerRecord leased, DateTimeOffset? nextDue, int fired, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            if (!startTimers.TryGetValue(leased.Id, out var current) || current.DueAt != leased.DueAt) return Task.FromResult(false);
            if (nextDue is { } due) startTimers[leased.Id] = current with { DueAt = due, Fired = fired, LeaseOwner = null, LeasedUntil = null };
            else startTimers.Remove(leased.Id);
            return Task.FromResult(true);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<StartTimerRecord>> GetStartTimersAsync(string? processId, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            IReadOnlyList<StartTimerRecord> found = startTimers.Values.Where(t => processId is null || t.ProcessId == processId).OrderBy(t => t.DueAt).ToList();
            return Task.FromResult(found);
        }
    }

    private static bool Matches(UserTaskRecord task, TaskQuery query)
    {
        if (query.Assignee is null && query.CandidateRoles is null) return true;
        if (query.Assignee is not null && (task.Assignee == query.Assignee || (task.Assignee is null && task.CandidateUsers.Contains(query.Assignee, StringComparer.Ordinal)))) return true;
        return query.CandidateRoles is { } roles
            && task.Assignee is null
            && task.CandidateRoles.Intersect(roles, StringComparer.Ordinal).Any()
            && (task.CandidateScope is null || query.CandidateScopes is null || query.CandidateScopes.Contains(task.CandidateScope, StringComparer.Ordinal));
    }
}
