using System.Text.Json;
using TaskAdmission.Application.Workflows.Inbox;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Security;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Application.Workflows.Tasks;

/// <summary>Who holds the task: claim, release, transfer, delegate, resolve; and completing a step without a business screen.</summary>
public sealed partial class TaskOperationsService
{
    /// <summary>Claims a task the actor is a candidate of. Of two people claiming at once, one wins; the other gets a conflict.</summary>
    public async Task ClaimAsync(Guid taskId, Actor actor, CancellationToken ct = default)
    {
        var task = await VisibleAsync(taskId, actor, ct);
        if (task.Status != UserTaskStatus.Open || !TaskVisibility.MayClaim(task, actor))
        {
            throw RefusalException.Conflict(task.Assignee is null ? "TaskClosed" : "AlreadyClaimed");
        }
        await RunAsync(actor, "task.claim", task, task.ElementId, "AlreadyClaimed", () => engine.ClaimTaskAsync(taskId, actor.UserName, null, ct));
    }

    /// <summary>Gives a claimed task back to its candidates.</summary>
    public async Task ReleaseAsync(Guid taskId, Actor actor, CancellationToken ct = default)
    {
        var task = await AssignedAsync(taskId, actor, ct);
        await RunAsync(actor, "task.release", task, task.ElementId, "NotReleasable", () => engine.ReleaseTaskAsync(taskId, actor.UserName, null, ct));
    }

    /// <summary>Transfers (转办) the task to a colleague of the same role and scope, who owns it from now on.</summary>
    public async Task TransferAsync(Guid taskId, Actor actor, string toUser, string? comment, CancellationToken ct = default)
    {
        var text = RequireComment(comment);
        var task = await AssignedAsync(taskId, actor, ct);
        var to = await ColleagueAsync(actor, toUser, ct);
        if (task.Delegation == DelegationState.Pending)
        {
            throw RefusalException.Conflict("TaskDelegated");
        }
        await RunAsync(actor, "task.transfer", task, $"to {to.UserName}; {text}", "TaskChanged",
            () => engine.TransferTaskAsync(taskId, actor.UserName, to.UserName, text, ct));
    }

    /// <summary>Delegates (委派) the task to a colleague, who works on it and gives it back (resolve); the actor then decides.</summary>
    public async Task DelegateAsync(Guid taskId, Actor actor, string toUser, string? comment, CancellationToken ct = default)
    {
        var text = RequireComment(comment);
        var task = await AssignedAsync(taskId, actor, ct);
        var to = await ColleagueAsync(actor, toUser, ct);
        await RunAsync(actor, "task.delegate", task, $"to {to.UserName}; {text}", "TaskDelegated",
            () => engine.DelegateTaskAsync(taskId, actor.UserName, to.UserName, text, ct));
    }

    /// <summary>The delegate gives the task back to its owner with their opinion.</summary>
    public async Task ResolveAsync(Guid taskId, Actor actor, string? comment, CancellationToken ct = default)
    {
        var text = RequireComment(comment);
        var task = await AssignedAsync(taskId, actor, ct);
        await RunAsync(actor, "task.resolve", task, $"back to {task.Owner}; {text}", "NotDelegated",
            () => engine.ResolveTaskAsync(taskId, actor.UserName, null, text, ct));
    }

    /// <summary>Approves or rejects a step that has no business screen (a process deployed at run time), with the reason.</summary>
    public async Task CompleteAsync(Guid taskId, Actor actor, bool approve, string? comment, CancellationToken ct = default)
    {
        var text = RequireComment(comment);
        var task = await AssignedAsync(taskId, actor, ct);
        if (BusinessScreens.Decides(task.FormKey))
        {
            throw RefusalException.Conflict("UseBusinessScreen");
        }
        var outcome = approve ? "approve" : "reject";
        await RunAsync(actor, "task.complete", task, $"{outcome}; {text}", "TaskDelegated",
            () => engine.CompleteTaskAsync(taskId, actor.UserName, new Dictionary<string, JsonElement> { ["outcome"] = JsonSerializer.SerializeToElement(outcome) }, text, ct));
    }

    private async Task<Person> ColleagueAsync(Actor actor, string userName, CancellationToken ct) =>
        (await people.ColleaguesAsync(actor, ct)).FirstOrDefault(p => p.UserName == userName?.Trim())
        ?? throw RefusalException.Invalid("to", "NotAColleague");
}
