using System.Text.Json;
using TaskAdmission.Workflows.Definitions;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Workflows.Execution;

/// <summary>Human-task routing: return, withdraw, add/remove signers, remind, carbon copy.</summary>
public sealed partial class WorkflowEngine
{
    /// <summary>User tasks this task may be returned to (completed earlier on the same path, not across a fork).</summary>
    public async Task<IReadOnlyList<string>> GetReturnTargetsAsync(Guid taskId, CancellationToken cancellationToken = default)
    {
        var task = await store.GetTaskAsync(taskId, cancellationToken) ?? throw new WorkflowOperationException($"task {taskId} does not exist");
        var records = await store.LoadInstanceAsync(task.InstanceId, cancellationToken);
        var state = InstanceState.Deserialize(records!.Instance.StateJson);
        var token = state.Token(task.TokenId);
        if (token is null || task.Status != UserTaskStatus.Open) return [];
        var activity = token.ParentId is { } p && state.Token(p) is { MultiInstance: not null } body && body.NodeId == token.NodeId ? body : token;
        return activity.Trail.Select(e => e.ElementId).Where(id => id != task.ElementId).Distinct().ToList();
    }

    /// <summary>Returns (退回) the process to an earlier user task on the same path; the current task(s) are cancelled.</summary>
    /// <remarks>The recreated task is assigned to whoever completed the target before.</remarks>
    public Task<WorkflowCommandResult> ReturnTaskAsync(Guid taskId, string actor, string targetElementId, string? comment = null, CancellationToken cancellationToken = default) =>
        OnOpenTaskAsync(taskId, (session, runner, token, task) =>
        {
            RequireAssignee(task, actor);
            var activity = runner.ActivityToken(token);
            var index = activity.Trail.FindLastIndex(e => e.ElementId == targetElementId);
            if (index < 0 || targetElementId == task.ElementId)
            {
                var valid = string.Join(", ", activity.Trail.Select(e => e.ElementId).Where(id => id != task.ElementId).Distinct());
                throw new WorkflowOperationException(
                    $"cannot return task {task.Id} to '{targetElementId}': only user tasks completed earlier on this path qualify (never across a parallel fork or into a sub-process); valid targets: {(valid.Length == 0 ? "none" : valid)}");
            }

            var target = activity.Trail[index];
            session.Journal(JournalEntryKind.TaskReturned, task.ElementId, actor, comment, taskId: task.Id, detail: $"returned to {targetElementId}");
            activity.Trail.RemoveRange(index, activity.Trail.Count - index);
            runner.Restart(activity, targetElementId, target.CompletedBy is "system" ? null : target.CompletedBy);
        }, cancellationToken);

    /// <summary>Withdraws (撤回) a task the actor completed, while the next user task has not been acted on: the next task is cancelled and the actor's task recreated.</summary>
    public async Task<WorkflowCommandResult> WithdrawTaskAsync(Guid completedTaskId, string actor, string? comment = null, CancellationToken cancellationToken = default)
    {
        var completed = await store.GetTaskAsync(completedTaskId, cancellationToken)
            ?? throw new WorkflowOperationException($"task {completedTaskId} does not exist");
        if (completed.Status != UserTaskStatus.Completed || completed.CompletedBy != actor)
        {
            throw new WorkflowOperationException($"task {completedTaskId} was not completed by {actor}, so {actor} cannot withdraw it");
        }

        return await RunCommandAsync(
            completed.InstanceId,
            (session, runner) =>
            {
                var token = session.State.Tokens.FirstOrDefault(t => t.Trail.Count > 0 && t.Trail[^1].TaskId == completedTaskId)
                    ?? throw new WorkflowOperationException($"cannot withdraw task {completedTaskId}: the process has moved past the next step, forked, or the task was returned");
                var next = runner.OpenTasksOf(token);
                if (session.Definition.Node(token.NodeId) is not UserTaskNode || next.Count == 0)
                {
                    throw new WorkflowOperationException($"cannot withdraw task {completedTaskId}: the process is not waiting at a user task right after it (now at '{token.NodeId}')");
                }

                if (token.MultiInstance?.Items.Any(i => i.State == MultiInstanceItemState.Completed) == true
                    || next.FirstOrDefault(t => t.LastActionAt is not null) is not null)
                {
                    var acted = next.FirstOrDefault(t => t.LastActionAt is not null);
                    throw new WorkflowOperationException($"cannot withdraw task {completedTaskId}: the next task '{token.NodeId}' was already acted on{(acted is null ? string.Empty : $" by {acted.Assignee} at {acted.LastActionAt:O}")}");
                }

                session.Journal(JournalEntryKind.TaskWithdrawn, completed.ElementId, actor, comment, taskId: completedTaskId, detail: $"cancelled '{token.NodeId}'");
                token.Trail.RemoveAt(token.Trail.Count - 1);
                runner.Restart(token, completed.ElementId, actor);
            },
            () => Task.FromResult<string?>($"instance {completed.InstanceId} changed while withdrawing task {completedTaskId}; reload and try again"),
            cancellationToken);
    }

    /// <summary>The initiator withdraws (撤回) the whole instance, allowed until someone else has acted on any task.</summary>
    public async Task<WorkflowCommandResult> WithdrawInstanceAsync(Guid instanceId, string actor, string? comment = null, CancellationToken cancellationToken = default)
    {
        var journal = await store.GetJournalAsync(instanceId, cancellationToken);
        var acted = journal.FirstOrDefault(j => j.Actor is not null && j.Actor != actor && j.Kind is JournalEntryKind.TaskCompleted
            or JournalEntryKind.TaskClaimed or JournalEntryKind.TaskTransferred or JournalEntryKind.TaskDelegated
            or JournalEntryKind.TaskResolved or JournalEntryKind.TaskReturned);
        return await RunCommandAsync(
            instanceId,
            (session, runner) =>
            {
                if (session.State.Initiator != actor)
                {
                    throw new WorkflowOperationException($"only the initiator ({session.State.Initiator ?? "unknown"}) can withdraw instance {instanceId}");
                }

                if (acted is not null)
                {
                    throw new WorkflowOperationException($"cannot withdraw instance {instanceId}: {acted.Actor} already acted on '{acted.ElementId}' at {acted.At:O}");
                }

                runner.CancelAll();
                session.State.Status = InstanceStatus.Withdrawn;
                session.State.EndedAt = session.Now;
                session.Journal(JournalEntryKind.InstanceWithdrawn, actor: actor, comment: comment);
            },
            () => Task.FromResult<string?>($"instance {instanceId} changed while it was being withdrawn; reload and try again"),
            cancellationToken);
    }

    /// <summary>Adds signers (加签) to a running multi-instance user task.</summary>
    public Task<WorkflowCommandResult> AddSignersAsync(Guid instanceId, string elementId, string actor, IReadOnlyList<string> signers, string? comment = null, CancellationToken cancellationToken = default) =>
        OnMultiInstanceAsync(instanceId, elementId, (session, runner, body) =>
        {
            if (signers.Count == 0) throw new WorkflowOperationException("no signers given");
            session.Journal(JournalEntryKind.SignersAdded, elementId, actor, comment, detail: string.Join(", ", signers));
            runner.AddSigners(body, signers.Select(s => WorkflowVariables.Value(s)));
        }, cancellationToken);

    /// <summary>Removes a signer (减签) who has not completed; at least one signer must remain.</summary>
    public Task<WorkflowCommandResult> RemoveSignerAsync(Guid instanceId, string elementId, string actor, string signer, string? comment = null, CancellationToken cancellationToken = default) =>
        OnMultiInstanceAsync(instanceId, elementId, (session, runner, body) =>
        {
            var state = body.MultiInstance!;
            var matching = state.Items.Where(i => i.Value.ValueKind == JsonValueKind.String && i.Value.GetString() == signer && i.State != MultiInstanceItemState.Removed).ToList();
            var item = matching.FirstOrDefault(i => i.State is MultiInstanceItemState.Pending or MultiInstanceItemState.Active);
            if (item is null)
            {
                throw new WorkflowOperationException(matching.Count > 0
                    ? $"signer {signer} has already completed '{elementId}' and cannot be removed"
                    : $"signer {signer} is not a signer of '{elementId}'");
            }

            if (state.Instances <= 1) throw new WorkflowOperationException($"cannot remove {signer}: '{elementId}' needs at least one signer");
            session.Journal(JournalEntryKind.SignerRemoved, elementId, actor, comment, detail: signer);
            runner.RemoveSigner(body, item);
        }, cancellationToken);

    /// <summary>Reminds (催办) the assignee or candidates of an open task through the outbox.</summary>
    public Task<WorkflowCommandResult> RemindAsync(Guid taskId, string actor, string? comment = null, CancellationToken cancellationToken = default) =>
        OnOpenTaskAsync(taskId, (_, runner, _, task) => runner.Remind(task, actor, comment), cancellationToken);

    /// <summary>Sends read-only carbon copies (抄送) of an instance, optionally from a task, to recipients.</summary>
    public Task<WorkflowCommandResult> CarbonCopyAsync(Guid instanceId, string actor, IReadOnlyList<string> recipients, string? comment = null, Guid? taskId = null, CancellationToken cancellationToken = default) =>
        RunCommandAsync(
            instanceId,
            (session, _) =>
            {
                if (recipients.Count == 0) throw new WorkflowOperationException("no recipients given");
                string? elementId = null;
                if (taskId is { } id)
                {
                    elementId = session.TryGetTask(id, out var task) ? task.ElementId : throw new WorkflowOperationException($"task {id} is not open in instance {instanceId}");
                }

                foreach (var recipient in recipients.Distinct(StringComparer.Ordinal))
                {
                    var copy = new CarbonCopyRecord
                    {
                        Id = RowIds.New(), InstanceId = instanceId, TaskId = taskId, ElementId = elementId,
                        Recipient = recipient, From = actor, Comment = comment, CreatedAt = session.Now,
                    };
                    session.Add(copy);
                    session.Outbox("CarbonCopy", new { carbonCopyId = copy.Id, instanceId, taskId, elementId, recipient, from = actor, comment });
                }

                session.Journal(JournalEntryKind.CarbonCopied, elementId, actor, comment, taskId: taskId, detail: string.Join(", ", recipients));
            },
            null,
            cancellationToken);

    /// <summary>Carbon copies for a recipient, newest first.</summary>
    public Task<PagedResult<CarbonCopyRecord>> QueryCarbonCopiesAsync(string recipient, bool unreadOnly = false, int skip = 0, int take = 50, CancellationToken cancellationToken = default) =>
        store.QueryCarbonCopiesAsync(recipient, unreadOnly, skip, take, cancellationToken);

    /// <summary>Marks a carbon copy read by its recipient.</summary>
    public async Task MarkCarbonCopyReadAsync(Guid carbonCopyId, string recipient, CancellationToken cancellationToken = default)
    {
        if (!await store.MarkCarbonCopyReadAsync(carbonCopyId, recipient, time.GetUtcNow(), cancellationToken))
        {
            throw new WorkflowOperationException($"carbon copy {carbonCopyId} does not exist or is not addressed to {recipient}");
        }
    }

    private Task<WorkflowCommandResult> OnMultiInstanceAsync(Guid instanceId, string elementId, Action<InstanceSession, TokenRunner, TokenState> apply, CancellationToken cancellationToken) =>
        RunCommandAsync(
            instanceId,
            (session, runner) =>
            {
                var body = session.State.Tokens.FirstOrDefault(t => t.NodeId == elementId && t.MultiInstance is not null)
                    ?? throw new WorkflowOperationException($"no multi-instance task '{elementId}' is running in instance {instanceId}");
                apply(session, runner, body);
            },
            () => Task.FromResult<string?>($"instance {instanceId} changed while changing the signers of '{elementId}'; reload and try again"),
            cancellationToken);
}
