using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Workflows.Inbox;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Security;
using TaskAdmission.Workflows.Definitions;
using TaskAdmission.Workflows.Execution;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Application.Workflows.Tasks;

/// <summary>
/// Every approval operation of the console on one task — claim, release, transfer (转办), delegate (委派) and resolve,
/// complete, return (退回) to a chosen step, withdraw (撤回), add/remove signers (加签/减签), remind (催办), carbon copy
/// (抄送) — each checked against the person's role and scope, with a required comment where the operation is a decision,
/// audited, journaled by the engine and notified, all in one transaction.
/// </summary>
public sealed partial class TaskOperationsService(
    AppDbContext db, WorkflowEngine engine, AuditedCommand audited, WorkflowPeople people, WorkflowSubjects subjects)
{
    /// <summary>Longest comment an operation accepts.</summary>
    public const int CommentMax = 500;

    /// <summary>The task as the actor may see it, with the operations open to them; NotFound when it is not theirs to see.</summary>
    public async Task<TaskDetail> GetAsync(Guid taskId, Actor actor, CancellationToken ct = default)
    {
        var task = await VisibleAsync(taskId, actor, ct);
        var instance = await db.WorkflowInstances.AsNoTracking().Where(i => i.Id == task.InstanceId)
            .Select(i => new { i.Status, i.Initiator, i.DefinitionVersion }).FirstAsync(ct);
        var definition = await engine.GetDefinitionAsync(task.ProcessId, instance.DefinitionVersion, ct);
        var running = instance.Status == InstanceStatus.Running;
        var open = task.Status == UserTaskStatus.Open && running;
        var mine = open && task.Assignee == actor.UserName;
        var screen = BusinessScreens.Decides(task.FormKey);
        var waiting = open && TaskVisibility.IsWaitingFor(task, actor);
        var countersign = open ? (await engine.GetCountersignsAsync(task.InstanceId, ct)).FirstOrDefault(c => c.ElementId == task.ElementId) : null;
        var targets = mine && !screen && task.Delegation == DelegationState.None
            ? (await engine.GetReturnTargetsAsync(taskId, ct)).Select(id => (id, Name(definition, id))).ToList()
            : [];
        return new TaskDetail
        {
            Task = task,
            Subject = await subjects.DescribeAsync(task.BusinessKey, ct),
            ProcessName = definition.Name ?? task.ProcessId,
            InstanceStatus = instance.Status,
            Initiator = instance.Initiator,
            Countersign = countersign,
            ReturnTargets = targets,
            WaitingForMe = waiting,
            CanClaim = open && TaskVisibility.MayClaim(task, actor),
            CanRelease = mine && task.Delegation != DelegationState.Pending && task.CandidateRoles.Count > 0,
            CanHandOver = mine && task.Delegation != DelegationState.Pending,
            CanResolve = mine && task.Delegation == DelegationState.Pending,
            CanComplete = mine && !screen && task.Delegation != DelegationState.Pending,
            CanWithdraw = running && !screen && task.Status == UserTaskStatus.Completed && task.CompletedBy == actor.UserName,
            CanRemind = open && !waiting,
            CanChangeSigners = mine && countersign is not null && SignsByName(task),
            HasBusinessScreen = screen,
        };
    }

    /// <summary>
    /// A task the actor may see: one waiting for them or that they are a candidate of (a colleague may hold it), one they
    /// completed, or any task of an instance they started, took part
    /// in or were copied on. Anything else is NotFound (never told apart from a task that does not exist).
    /// </summary>
    private async Task<UserTaskRecord> VisibleAsync(Guid taskId, Actor actor, CancellationToken ct)
    {
        var task = await engine.Store.GetTaskAsync(taskId, ct) ?? throw RefusalException.NotFound();
        if (TaskVisibility.IsWaitingFor(task, actor) || TaskVisibility.IsCandidate(task, actor) || task.CompletedBy == actor.UserName || task.Owner == actor.UserName)
        {
            return task;
        }
        var me = actor.UserName;
        var involved = await db.WorkflowInstances.AsNoTracking().AnyAsync(i => i.Id == task.InstanceId && i.Initiator == me, ct)
            || await db.WorkflowTasks.AsNoTracking().AnyAsync(t => t.InstanceId == task.InstanceId && (t.CompletedBy == me || t.Owner == me), ct)
            || await db.WorkflowCarbonCopies.AsNoTracking().AnyAsync(c => c.InstanceId == task.InstanceId && c.Recipient == me, ct);
        return involved ? task : throw RefusalException.NotFound();
    }

    /// <summary>An open task assigned to the actor (claimed, transferred or delegated to them).</summary>
    private async Task<UserTaskRecord> AssignedAsync(Guid taskId, Actor actor, CancellationToken ct)
    {
        var task = await VisibleAsync(taskId, actor, ct);
        if (task.Status != UserTaskStatus.Open)
        {
            throw RefusalException.Conflict("TaskClosed");
        }
        return task.Assignee == actor.UserName ? task : throw RefusalException.Conflict("NotAssignedToYou");
    }

    /// <summary>A countersign whose signers are people (the task is assigned to its own collection element), not e.g. townships.</summary>
    private static bool SignsByName(UserTaskRecord task) =>
        task.ElementValueJson is { } value && task.Assignee is { } assignee && value == System.Text.Json.JsonSerializer.Serialize(assignee);

    private static string Name(ProcessDefinition definition, string elementId) =>
        definition.Nodes.TryGetValue(elementId, out var node) ? node.Name ?? elementId : elementId;

    private static string RequireComment(string? comment, string field = "comment")
    {
        var text = comment?.Trim() ?? "";
        return text.Length is > 0 and <= CommentMax ? text : throw RefusalException.Invalid(field, "CommentRequired", CommentMax);
    }

    /// <summary>Runs the engine command audited; an engine refusal becomes a conflict with <paramref name="refusedCode"/>.</summary>
    private async Task RunAsync(Actor actor, string action, UserTaskRecord task, string details, string refusedCode, Func<Task<WorkflowCommandResult>> command)
    {
        try
        {
            await audited.RunAsync(actor.UserName, action, $"workflow-task:{task.Id}", details, command);
        }
        catch (WorkflowConflictException ex)
        {
            throw RefusalException.Conflict("TaskChanged", ex);
        }
        catch (WorkflowOperationException ex)
        {
            throw RefusalException.Conflict(refusedCode, ex);
        }
    }
}
