using System.Text.Json;
using TaskAdmission.Workflows.Definitions;
using TaskAdmission.Workflows.Expressions;

namespace TaskAdmission.Workflows.Execution;

/// <summary>
/// Multi-instance activities (user tasks, sub-processes, call activities): one child token per collection element or
/// per loopCardinality count, counters, and the completion condition.
/// </summary>
internal sealed partial class TokenRunner
{
    private void StartMultiInstance(TokenState body, FlowNode node, MultiInstanceSpec multi)
    {
        List<JsonElement> elements;
        try
        {
            elements = MultiInstanceElements(body, node, multi);
        }
        catch (ExpressionEvaluationException e)
        {
            RaiseIncident(body, e.Message, null);
            return;
        }

        body.Status = TokenStatus.Scope;
        body.MultiInstance = new MultiInstanceState
        {
            Items = elements.Select((value, index) => new MultiInstanceItem { Index = index, Value = value, State = MultiInstanceItemState.Pending }).ToList(),
        };
        ContinueMultiInstance(body);
    }

    private List<JsonElement> MultiInstanceElements(TokenState body, FlowNode node, MultiInstanceSpec multi)
    {
        if (multi.Collection is { } collectionExpression)
        {
            JsonElement collection;
            try
            {
                collection = collectionExpression.Evaluate(Variables(body));
            }
            catch (ExpressionEvaluationException e)
            {
                throw new ExpressionEvaluationException($"cannot evaluate the collection '{collectionExpression.Text}' of '{node.Id}': {e.Message}");
            }

            return collection.ValueKind == JsonValueKind.Array
                ? collection.EnumerateArray().Select(v => v.Clone()).ToList()
                : throw new ExpressionEvaluationException($"the collection '{collectionExpression.Text}' of '{node.Id}' must be a list but was {collection.ValueKind.ToString().ToLowerInvariant()}");
        }

        var cardinality = multi.LoopCardinality!;
        JsonElement count;
        try
        {
            count = cardinality.Evaluate(Variables(body));
        }
        catch (ExpressionEvaluationException e)
        {
            throw new ExpressionEvaluationException($"cannot evaluate the loopCardinality '{cardinality.Text}' of '{node.Id}': {e.Message}");
        }

        return count.ValueKind == JsonValueKind.Number && count.TryGetInt32(out var n) && n is >= 0 and <= 10_000
            ? Enumerable.Range(0, n).Select(i => WorkflowVariables.Value(i)).ToList()
            : throw new ExpressionEvaluationException($"the loopCardinality '{cardinality.Text}' of '{node.Id}' must be a whole number from 0 to 10000 but was {count.GetRawText()}");
    }

    /// <summary>Starts pending instances (all when parallel, the next when sequential) or finishes the body.</summary>
    public void ContinueMultiInstance(TokenState body)
    {
        var node = Definition.Node(body.NodeId);
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
            child.Locals = new Dictionary<string, JsonElement>(StringComparer.Ordinal) { ["loopCounter"] = WorkflowVariables.Value(item.Index) };
            if (multi.ElementVariable is { } variable) child.Locals[variable] = item.Value;
            item.State = MultiInstanceItemState.Active;
            item.TokenId = child.Id;
            child.Status = TokenStatus.Waiting;
            RunActivityBody(child, node, item);
        }
    }

    private void CompleteMultiInstanceItem(TokenState body, TokenState child, FlowNode node, string? actor, IReadOnlyDictionary<string, JsonElement> variables, string? outcome)
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
        var node = Definition.Node(body.NodeId);
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

    private void FinishMultiInstance(TokenState body, FlowNode node, MultiInstanceSpec multi)
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
