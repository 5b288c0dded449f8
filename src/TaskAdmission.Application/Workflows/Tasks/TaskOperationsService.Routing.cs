using TaskAdmission.Core.Common;
using TaskAdmission.Core.Security;
using TaskAdmission.Workflows.Execution;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Application.Workflows.Tasks;

/// <summary>Where the process goes: return to a chosen step, withdraw, signers, remind, carbon copy.</summary>
public sealed partial class TaskOperationsService
{
    /// <summary>Returns (退回) the process to an earlier step of this path; whoever did that step gets it again.</summary>
    public async Task ReturnAsync(Guid taskId, Actor actor, string targetElementId, string? comment, CancellationToken ct = default)
    {
        var text = RequireComment(comment);
        var task = await AssignedAsync(taskId, actor, ct);
        if (BusinessScreens.Decides(task.FormKey))
        {
            throw RefusalException.Conflict("UseBusinessScreen");
        }
        if (!(await engine.GetReturnTargetsAsync(taskId, ct)).Contains(targetElementId))
        {
            throw RefusalException.Invalid("target", "NotAReturnTarget");
        }
        await RunAsync(actor, "task.return", task, $"to {targetElementId}; {text}", "NotAReturnTarget",
            () => engine.ReturnTaskAsync(taskId, actor.UserName, targetElementId, text, ct));
    }

    /// <summary>Withdraws (撤回) the actor's own decision while the next step has not acted on it; refused (conflict) once it has.</summary>
    public async Task WithdrawAsync(Guid taskId, Actor actor, string? comment, CancellationToken ct = default)
    {
        var text = RequireComment(comment);
        var task = await VisibleAsync(taskId, actor, ct);
        if (task.Status != UserTaskStatus.Completed || task.CompletedBy != actor.UserName)
        {
            throw RefusalException.NotFound();
        }
        if (BusinessScreens.Decides(task.FormKey))
        {
            throw RefusalException.Conflict("UseBusinessScreen");
        }
        await RunAsync(actor, "task.withdraw", task, text, "WithdrawTooLate", () => engine.WithdrawTaskAsync(taskId, actor.UserName, text, ct));
    }

    /// <summary>Adds signers (加签) to the countersign of the actor's task: colleagues of the same role and scope who are not signing yet.</summary>
    public async Task AddSignersAsync(Guid taskId, Actor actor, IReadOnlyList<string> signers, string? comment, CancellationToken ct = default)
    {
        var text = RequireComment(comment);
        var (task, countersign) = await CountersignAsync(taskId, actor, ct);
        var colleagues = (await people.ColleaguesAsync(actor, ct)).Select(p => p.UserName).ToHashSet();
        var signing = countersign.Signers.Where(s => s.State is CountersignSignerState.Active or CountersignSignerState.Waiting).Select(s => s.Element).ToHashSet();
        var added = signers.Select(s => s.Trim()).Where(s => s.Length > 0).Distinct().ToList();
        if (added.Count == 0 || added.Any(s => !colleagues.Contains(s) || signing.Contains(s)))
        {
            throw RefusalException.Invalid("signers", "NotAddableSigner");
        }
        await RunAsync(actor, "task.add-signers", task, $"{string.Join(", ", added)}; {text}", "TaskChanged",
            () => engine.AddSignersAsync(task.InstanceId, task.ElementId, actor.UserName, added, text, ct));
    }

    /// <summary>Removes a signer (减签) who has not signed; at least one signer stays.</summary>
    public async Task RemoveSignerAsync(Guid taskId, Actor actor, string signer, string? comment, CancellationToken ct = default)
    {
        var text = RequireComment(comment);
        var (task, countersign) = await CountersignAsync(taskId, actor, ct);
        if (!countersign.Signers.Any(s => s.Element == signer && s.State is CountersignSignerState.Active or CountersignSignerState.Waiting))
        {
            throw RefusalException.Invalid("signer", "NotRemovableSigner");
        }
        await RunAsync(actor, "task.remove-signer", task, $"{signer}; {text}", "NotRemovableSigner",
            () => engine.RemoveSignerAsync(task.InstanceId, task.ElementId, actor.UserName, signer, text, ct));
    }

    /// <summary>Reminds (催办) whoever an open task waits for, with a message; for those who started or took part in the process.</summary>
    public async Task RemindAsync(Guid taskId, Actor actor, string? message, CancellationToken ct = default)
    {
        var text = RequireComment(message, "message");
        var task = await VisibleAsync(taskId, actor, ct);
        if (task.Status != UserTaskStatus.Open)
        {
            throw RefusalException.Conflict("TaskClosed");
        }
        await RunAsync(actor, "task.remind", task, text, "TaskChanged", () => engine.RemindAsync(taskId, actor.UserName, text, ct));
    }

    /// <summary>Sends carbon copies (抄送) of the task's process to people and roles of the actor's area (never village committees).</summary>
    public async Task<int> CarbonCopyAsync(Guid taskId, Actor actor, IReadOnlyList<string> users, IReadOnlyList<string> roles, string? comment, CancellationToken ct = default)
    {
        var text = RequireComment(comment);
        var task = await VisibleAsync(taskId, actor, ct);
        var candidates = await people.CopyCandidatesAsync(actor, ct);
        var named = users.Select(u => u.Trim()).Where(u => u.Length > 0).ToHashSet();
        if (named.Any(u => candidates.All(c => c.UserName != u)) || roles.Any(r => candidates.All(c => c.Role != r)))
        {
            throw RefusalException.Invalid("recipients", "NotACopyRecipient");
        }
        var recipients = candidates.Where(c => named.Contains(c.UserName) || roles.Contains(c.Role)).Select(c => c.UserName).Distinct().ToList();
        if (recipients.Count == 0)
        {
            throw RefusalException.Invalid("recipients", "RecipientsRequired");
        }
        var fromTask = task.Status == UserTaskStatus.Open ? task.Id : (Guid?)null;
        await RunAsync(actor, "task.copy", task, $"{string.Join(", ", recipients)}; {text}", "TaskChanged",
            () => engine.CarbonCopyAsync(task.InstanceId, actor.UserName, recipients, text, fromTask, ct));
        return recipients.Count;
    }

    private async Task<(UserTaskRecord Task, CountersignView Countersign)> CountersignAsync(Guid taskId, Actor actor, CancellationToken ct)
    {
        var task = await AssignedAsync(taskId, actor, ct);
        var countersign = (await engine.GetCountersignsAsync(task.InstanceId, ct)).FirstOrDefault(c => c.ElementId == task.ElementId);
        return countersign is not null && SignsByName(task) ? (task, countersign) : throw RefusalException.Conflict("NotACountersign");
    }
}
