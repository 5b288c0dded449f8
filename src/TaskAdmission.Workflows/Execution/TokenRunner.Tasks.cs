using System.Text.Json;
using TaskAdmission.Workflows.Definitions;
using TaskAdmission.Workflows.Expressions;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Workflows.Execution;

/// <summary>User tasks: creation, completion, and multi-instance bodies.</summary>
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
            Id = Guid.NewGuid(),
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

    private void StartMultiInstance(TokenState body, UserTaskNode node, MultiInstanceSpec multi)
    {
        JsonElement collection;
        try
        {
            collection = multi.Collection.Evaluate(Variables(body));
        }
        catch (ExpressionEvaluationException e)
        {
            RaiseIncident(body, $"cannot evaluate ta:collection '{multi.Collection.Text}' of '{node.Id}': {e.Message}", null);
            return;
        }

        if (collection.ValueKind != JsonValueKind.Array)
        {
            RaiseIncident(body, $"ta:collection '{multi.Collection.Text}' of '{node.Id}' must be a list but was {collection.ValueKind.ToString().ToLowerInvariant()}", null);
            return;
        }

        body.Status = TokenStatus.Scope;
        body.MultiInstance = new MultiInstanceState
        {
            Items = collection.EnumerateArray()
                .Select((value, index) => new MultiInstanceItem { Index = index, Value = value.Clone(), State = MultiInstanceItemState.Pending })
                .ToList(),
        };
        ContinueMultiInstance(body);
    }

    /// <summary>Starts pending instances (all when parallel, the next when sequential) or finishes the body.</summary>
    public void ContinueMultiInstance(TokenState body)
    {
        var node = (UserTaskNode)Definition.Node(body.NodeId);
        var multi = node.MultiInstance!;
        var items = body.MultiInstance!.Items;
        var pending = items.Where(i => i.State == MultiInstanceItemState.Pending).ToList();
        if (pending.Count == 0 && items.All(i => i.State != MultiInstanceItemState.Active))
        {
            FinishMultiInstance(body, node, multi);
            return;
        }

        if (multi.IsSequential && items.Any(i => i.State == MultiInstanceItemState.Active)) return;
        foreach (var item in multi.IsSequential ? pending.Take(1) : pending)
        {
            var child = State.NewToken(node.Id, body.Id);
            child.Locals = new Dictionary<string, JsonElement>(StringComparer.Ordinal)
            {
                [multi.ElementVariable] = item.Value,
                ["loopCounter"] = WorkflowVariables.Value(item.Index),
            };
            item.State = MultiInstanceItemState.Active;
            item.TokenId = child.Id;
            CreateTask(child, node, item);
        }
    }

    private void CompleteMultiInstanceItem(TokenState body, TokenState child, UserTaskNode node, string actor, Dictionary<string, JsonElement> variables, string? outcome)
    {
        var multi = node.MultiInstance!;
        var item = body.MultiInstance!.Items.First(i => i.TokenId == child.Id);
        item.State = MultiInstanceItemState.Completed;
        item.Outcome = outcome;
        item.CompletedBy = actor;

        // Each signer's outcome is collected in the result; writing it to the process would let the last signer win.
        foreach (var (name, value) in variables.Where(v => v.Key != multi.OutcomeVariable)) State.Variables[name] = value;
        State.Tokens.Remove(child);
        EvaluateMultiInstance(body);
    }

    /// <summary>Checks the completion condition after an instance completed or a signer was removed.</summary>
    public void EvaluateMultiInstance(TokenState body)
    {
        var node = (UserTaskNode)Definition.Node(body.NodeId);
        if (node.MultiInstance!.CompletionCondition is { } condition)
        {
            bool done;
            try
            {
                done = condition.EvaluateBoolean(MultiInstanceVariables(body));
            }
            catch (ExpressionEvaluationException e)
            {
                RaiseIncident(body, $"completionCondition of '{node.Id}' failed: {e.Message}", null);
                return;
            }

            if (done)
            {
                FinishMultiInstance(body, node, node.MultiInstance);
                return;
            }
        }

        ContinueMultiInstance(body);
    }

    private Dictionary<string, JsonElement> MultiInstanceVariables(TokenState body)
    {
        var state = body.MultiInstance!;
        var variables = new Dictionary<string, JsonElement>(Variables(body), StringComparer.Ordinal);
        foreach (var (name, value) in Counters(state)) variables[name] = WorkflowVariables.Value(value);
        return variables;
    }

    private static IEnumerable<(string Name, int Value)> Counters(MultiInstanceState state) =>
    [
        ("nrOfInstances", state.Instances),
        ("nrOfCompletedInstances", state.Completed),
        ("nrOfActiveInstances", state.Active),
        ("nrOfApproved", state.CountOutcome("approve")),
        ("nrOfRejected", state.CountOutcome("reject")),
    ];

    private void FinishMultiInstance(TokenState body, UserTaskNode node, MultiInstanceSpec multi)
    {
        var state = body.MultiInstance!;
        foreach (var item in state.Items.Where(i => i.State is MultiInstanceItemState.Active or MultiInstanceItemState.Pending))
        {
            if (item.TokenId is { } id && State.Token(id) is { } child) RemoveTree(child);
            item.State = MultiInstanceItemState.Skipped;
        }

        var result = Counters(state).ToDictionary(c => c.Name, c => (object?)c.Value);
        result["outcomes"] = state.Items
            .Where(i => i.State == MultiInstanceItemState.Completed)
            .Select(i => new Dictionary<string, object?> { ["element"] = i.Value, ["outcome"] = i.Outcome, ["completedBy"] = i.CompletedBy })
            .ToList();
        var resultJson = JsonSerializer.SerializeToElement(result, WorkflowJson.Options);
        State.Variables[multi.ResultVariable] = resultJson;
        body.MultiInstance = null;
        CancelBoundaryTimers(body);
        body.Trail.Add(new TrailEntry { ElementId = node.Id, CompletedAt = session.Now });
        Leave(body, node, new Dictionary<string, JsonElement> { [multi.ResultVariable] = resultJson });
    }
}
