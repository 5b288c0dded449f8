using System.Text.Json;
using TaskAdmission.Workflows.Definitions;
using TaskAdmission.Workflows.Expressions;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Workflows.Execution;

/// <summary>User tasks: creation and completion (multi-instance bodies are in TokenRunner.MultiInstance).</summary>
internal sealed partial class TokenRunner
{
    private void EnterUserTask(TokenState token, UserTaskNode node)
    {
        CreateBoundaryTimers(token, node);
        if (node.MultiInstance is { } multi)
        {
            StartMultiInstance(token, node, multi);
        }
        else
        {
            CreateTask(token, node, null);
        }
    }

    private void CreateTask(TokenState token, UserTaskNode node, MultiInstanceItem? item)
    {
        var variables = Variables(token);
        string? assignee;
        string? scope;
        try
        {
            assignee = token.AssigneeOverride ?? node.Assignee?.Resolve(variables);
            scope = node.CandidateScope?.Resolve(variables);
        }
        catch (ExpressionEvaluationException e)
        {
            RaiseIncident(token, $"cannot resolve the assignee or candidate scope of '{node.Id}': {e.Message}", null);
            return;
        }

        token.AssigneeOverride = null;
        var task = new UserTaskRecord
        {
            Id = RowIds.New(),
            InstanceId = State.Id,
            ProcessId = State.ProcessId,
            BusinessKey = State.BusinessKey,
            ElementId = node.Id,
            Name = node.Name,
            TokenId = token.Id,
            Status = UserTaskStatus.Open,
            Assignee = assignee,
            Owner = assignee,
            CandidateRoles = node.CandidateRoles,
            CandidateScope = scope,
            FormKey = node.FormKey,
            DueDate = node.DueInWorkingDays is { } days ? options.Calendar.AddWorkingDays(LocalToday, days) : null,
            CreatedAt = session.Now,
            LoopIndex = item?.Index,
            ElementValueJson = item?.Value.GetRawText(),
        };
        session.Put(task);
        token.TaskId = task.Id;
        token.Status = TokenStatus.Waiting;
        session.Journal(JournalEntryKind.TaskCreated, node.Id, taskId: task.Id, detail: assignee is null ? null : $"assigned to {assignee}");
    }

    /// <summary>Completes the open task of <paramref name="token"/> and continues the process.</summary>
    public void CompleteUserTask(TokenState token, string actor, IReadOnlyDictionary<string, JsonElement> variables, string? comment)
    {
        var task = session.Task(token.TaskId!.Value);
        var node = (UserTaskNode)Definition.Node(token.NodeId);
        var merged = new Dictionary<string, JsonElement>(token.ResolvedVariables ?? [], StringComparer.Ordinal);
        foreach (var (name, value) in variables) merged[name] = value;
        var outcomeName = node.MultiInstance?.OutcomeVariable ?? "outcome";
        var outcome = merged.TryGetValue(outcomeName, out var o) ? ExpressionValues.ToText(ExpressionValues.FromJson(o)) : null;
        session.Put(task with
        {
            Status = UserTaskStatus.Completed,
            ClosedAt = session.Now,
            CompletedBy = actor,
            Outcome = outcome,
            LastActionAt = session.Now,
        });
        session.Journal(JournalEntryKind.TaskCompleted, node.Id, actor, comment, merged, task.Id, outcome);
        token.TaskId = null;
        token.ResolvedVariables = null;

        if (token.ParentId is { } parentId && State.Token(parentId) is { MultiInstance: not null } body && body.NodeId == token.NodeId)
        {
            CompleteMultiInstanceItem(body, token, node, actor, merged, outcome);
            return;
        }

        foreach (var (name, value) in merged) State.Variables[name] = value;
        CancelBoundaryTimers(token);
        token.Trail.Add(new TrailEntry { ElementId = node.Id, TaskId = task.Id, CompletedBy = actor, CompletedAt = session.Now });
        Leave(token, node, merged);
    }
}
