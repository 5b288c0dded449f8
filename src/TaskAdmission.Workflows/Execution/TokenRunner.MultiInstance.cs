using System.Text.Json;
using TaskAdmission.Workflows.Definitions;
using TaskAdmission.Workflows.Expressions;

namespace TaskAdmission.Workflows.Execution;

/// <summary>Multi-instance user tasks: one child token and task per collection element, counters, completion condition.</summary>
internal sealed partial class TokenRunner
{
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
