using System.Text.Json;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Workflows.Execution;

/// <summary>Human-task commands on a single task: complete, claim, release, transfer, delegate, resolve.</summary>
public sealed partial class WorkflowEngine
{
    /// <summary>Completes an open task with variables (e.g. <c>outcome</c>) and continues the process.</summary>
    /// <exception cref="WorkflowConflictException">The task was already completed or cancelled (the message says by whom and when).</exception>
    /// <exception cref="WorkflowOperationException">The actor is not the assignee, or the task is delegated.</exception>
    public Task<WorkflowCommandResult> CompleteTaskAsync(Guid taskId, string actor, IReadOnlyDictionary<string, JsonElement>? variables = null, string? comment = null, CancellationToken cancellationToken = default) =>
        OnOpenTaskAsync(taskId, (_, runner, token, task) =>
        {
            if (task.Delegation == DelegationState.Pending)
            {
                throw new WorkflowOperationException($"task {task.Id} is delegated to {task.Assignee}; it must be resolved before it can be completed");
            }

            RequireAssignee(task, actor);
            runner.CompleteUserTask(token, actor, variables ?? WorkflowVariables.Empty, comment);
        }, cancellationToken);

    /// <summary>Claims an unassigned task for <paramref name="actor"/>.</summary>
    public Task<WorkflowCommandResult> ClaimTaskAsync(Guid taskId, string actor, string? comment = null, CancellationToken cancellationToken = default) =>
        OnOpenTaskAsync(taskId, (session, _, _, task) =>
        {
            if (task.Assignee is not null && task.Assignee != actor)
            {
                throw new WorkflowConflictException($"task {task.Id} is already claimed by {task.Assignee}");
            }

            var now = session.Now;
            session.Put(task with { Assignee = actor, Owner = actor, LastActionAt = now });
            session.Journal(JournalEntryKind.TaskClaimed, task.ElementId, actor, comment, taskId: task.Id);
        }, cancellationToken);

    /// <summary>Releases a claimed task back to its candidates.</summary>
    public Task<WorkflowCommandResult> ReleaseTaskAsync(Guid taskId, string actor, string? comment = null, CancellationToken cancellationToken = default) =>
        OnOpenTaskAsync(taskId, (session, _, _, task) =>
        {
            RequireAssignee(task, actor);
            if (task.Delegation == DelegationState.Pending)
            {
                throw new WorkflowOperationException($"task {task.Id} is delegated; the delegate must resolve it instead of releasing it");
            }

            if (task.CandidateRoles.Count == 0)
            {
                throw new WorkflowOperationException($"task {task.Id} has no candidate roles, so releasing it would leave nobody to claim it");
            }

            session.Put(task with { Assignee = null, Owner = null });
            session.Journal(JournalEntryKind.TaskReleased, task.ElementId, actor, comment, taskId: task.Id);
        }, cancellationToken);

    /// <summary>Transfers (转办) the task: the new assignee owns it from now on.</summary>
    public Task<WorkflowCommandResult> TransferTaskAsync(Guid taskId, string actor, string newAssignee, string? comment = null, CancellationToken cancellationToken = default) =>
        OnOpenTaskAsync(taskId, (session, _, _, task) =>
        {
            RequireAssignee(task, actor);
            session.Put(task with { Assignee = newAssignee, Owner = newAssignee, Delegation = DelegationState.None, LastActionAt = session.Now });
            session.Journal(JournalEntryKind.TaskTransferred, task.ElementId, actor, comment, taskId: task.Id, detail: $"transferred to {newAssignee}");
        }, cancellationToken);

    /// <summary>Delegates (委派) the task: the delegate works on it and resolves it back to the owner, who completes it.</summary>
    public Task<WorkflowCommandResult> DelegateTaskAsync(Guid taskId, string actor, string delegateTo, string? comment = null, CancellationToken cancellationToken = default) =>
        OnOpenTaskAsync(taskId, (session, _, _, task) =>
        {
            RequireAssignee(task, actor);
            if (task.Delegation == DelegationState.Pending)
            {
                throw new WorkflowOperationException($"task {task.Id} is already delegated to {task.Assignee}");
            }

            session.Put(task with { Owner = actor, Assignee = delegateTo, Delegation = DelegationState.Pending, LastActionAt = session.Now });
            session.Journal(JournalEntryKind.TaskDelegated, task.ElementId, actor, comment, taskId: task.Id, detail: $"delegated to {delegateTo}");
        }, cancellationToken);

    /// <summary>The delegate resolves a delegated task; its variables are applied when the owner completes.</summary>
    public Task<WorkflowCommandResult> ResolveTaskAsync(Guid taskId, string actor, IReadOnlyDictionary<string, JsonElement>? variables = null, string? comment = null, CancellationToken cancellationToken = default) =>
        OnOpenTaskAsync(taskId, (session, _, token, task) =>
        {
            if (task.Delegation != DelegationState.Pending)
            {
                throw new WorkflowOperationException($"task {task.Id} is not delegated");
            }

            RequireAssignee(task, actor);
            token.ResolvedVariables = new Dictionary<string, JsonElement>(variables ?? WorkflowVariables.Empty, StringComparer.Ordinal);
            session.Put(task with { Assignee = task.Owner, Delegation = DelegationState.Resolved, LastActionAt = session.Now });
            session.Journal(JournalEntryKind.TaskResolved, task.ElementId, actor, comment, variables, task.Id, detail: $"returned to {task.Owner}");
        }, cancellationToken);

    private static void RequireAssignee(UserTaskRecord task, string actor)
    {
        if (task.Assignee is not null && task.Assignee != actor)
        {
            throw new WorkflowOperationException($"task {task.Id} is assigned to {task.Assignee}, not {actor}");
        }
    }

    private static string DescribeClosed(UserTaskRecord task) => task.Status == UserTaskStatus.Completed
        ? $"task {task.Id} ({task.ElementId}) was already completed by {task.CompletedBy} at {task.ClosedAt:O}"
        : $"task {task.Id} ({task.ElementId}) was cancelled at {task.ClosedAt:O}";

    /// <summary>Runs a command on an open task, turning "someone else got there first" into a descriptive conflict.</summary>
    private async Task<WorkflowCommandResult> OnOpenTaskAsync(
        Guid taskId,
        Action<InstanceSession, TokenRunner, TokenState, UserTaskRecord> apply,
        CancellationToken cancellationToken,
        [System.Runtime.CompilerServices.CallerMemberName] string command = "")
    {
        var loaded = await store.LoadTaskWithInstanceAsync(taskId, cancellationToken)
            ?? throw new WorkflowOperationException($"task {taskId} does not exist");
        var task = loaded.Task;
        if (task.Status != UserTaskStatus.Open) throw new WorkflowConflictException(DescribeClosed(task));

        async Task<string?> Describe() => await store.GetTaskAsync(taskId, cancellationToken) is { Status: not UserTaskStatus.Open } latest
            ? DescribeClosed(latest)
            : $"task {taskId} was changed concurrently by another command; reload it and try again";

        try
        {
            return await RunCommandAsync(
                task.InstanceId,
                (session, runner) =>
                {
                    // The task closed between the read above and loading the instance: another command won.
                    if (!session.TryGetTask(taskId, out var current) || current.Status != UserTaskStatus.Open) throw new TaskClosedMeanwhileException();
                    var token = session.State.Token(current.TokenId)
                        ?? throw new InvalidOperationException($"task {taskId} has no token in instance {task.InstanceId}");
                    apply(session, runner, token, current);
                },
                Describe,
                cancellationToken,
                loaded.Instance,
                command: command);
        }
        catch (TaskClosedMeanwhileException)
        {
            throw new WorkflowConflictException(await Describe() ?? $"task {taskId} is no longer open");
        }
        catch (WorkflowOperationException e) when (e.Message.StartsWith($"instance {task.InstanceId} is ", StringComparison.Ordinal))
        {
            // The winner completed the last task and with it the instance.
            throw new WorkflowConflictException(await Describe() ?? e.Message, e);
        }
    }

    private sealed class TaskClosedMeanwhileException : Exception;
}
