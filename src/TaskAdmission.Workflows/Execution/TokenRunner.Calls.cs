using System.Text.Json;
using TaskAdmission.Workflows.Definitions;
using TaskAdmission.Workflows.Expressions;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Workflows.Execution;

/// <summary>
/// Call activities. A call and its return cross instances, and a command commits one instance, so each crossing is a
/// timer due at once: the caller's start timer (the engine starts the child under the id the caller recorded, so a
/// repeated start is recognised), the child's return timer on the caller, and the caller's cancel timer on the child.
/// The engine fires them right after the command that made them; if that attempt dies, the timer worker fires them.
/// </summary>
internal sealed partial class TokenRunner
{
    /// <summary>The element id of a timer that cancels a called instance (never a valid BPMN id).</summary>
    public const string CancelCallElementId = "#cancel";

    private void ScheduleCall(TokenState token, CallActivityNode node)
    {
        token.CalledInstanceId = RowIds.New();
        token.CallStarted = false;
        token.Status = TokenStatus.Waiting;
        token.TimerId = ImmediateTimer(State.Id, token.Id, node.Id);
    }

    /// <summary>Records that the child instance runs; its end will come back as a return timer.</summary>
    public void MarkCallStarted(TokenState token, TimerRecord startTimer, string detail)
    {
        session.Put(startTimer with { Status = TimerStatus.Fired, ClosedAt = session.Now });
        token.TimerId = null;
        token.CallStarted = true;
        session.Journal(JournalEntryKind.CallStarted, token.NodeId, detail: detail);
    }

    /// <summary>The variables a called process starts with: all of the caller's when inherited, then the input mappings.</summary>
    public Dictionary<string, JsonElement> CallInputs(TokenState token, CallActivityNode node)
    {
        var source = Variables(token);
        var inputs = new Dictionary<string, JsonElement>(node.InheritVariables ? source : new Dictionary<string, JsonElement>(), StringComparer.Ordinal);
        foreach (var mapping in node.Inputs) inputs[mapping.Target] = MapValue(mapping, source);
        return inputs;
    }

    /// <summary>The called instance ended: its error goes to the call activity's boundary events, otherwise its outputs come back and the token moves on.</summary>
    public void ReturnFromCall(TokenState token, TimerRecord returnTimer, InstanceState child)
    {
        var node = (CallActivityNode)Definition.Node(token.NodeId);
        session.Put(returnTimer with { Status = TimerStatus.Fired, ClosedAt = session.Now });
        token.CalledInstanceId = null;
        token.CallStarted = false;
        session.Journal(JournalEntryKind.CallEnded, node.Id, detail: $"instance {child.Id} of {child.ProcessId} ended {child.Status.ToString().ToLowerInvariant()}");
        if (child.Status != InstanceStatus.Completed)
        {
            RaiseIncident(token, $"called instance {child.Id} ({child.ProcessId}) ended {child.Status.ToString().ToLowerInvariant()} instead of completing", null);
            return;
        }

        if (child.EndErrorCode is { } code)
        {
            ThrowError(token, code, fromEndEvent: false);
            return;
        }

        var outputs = new Dictionary<string, JsonElement>(node.ReturnAllVariables ? child.Variables : new Dictionary<string, JsonElement>(), StringComparer.Ordinal);
        try
        {
            foreach (var mapping in node.Outputs) outputs[mapping.Target] = MapValue(mapping, child.Variables);
        }
        catch (ExpressionEvaluationException e)
        {
            RaiseIncident(token, $"output mapping of '{node.Id}' failed: {e.Message}", null);
            return;
        }

        FinishActivity(token, node, null, outputs, null);
    }

    /// <summary>A called instance that ends tells its caller through a return timer on the caller's waiting token.</summary>
    private void ReturnToCaller()
    {
        if (State.Caller is { } caller) ImmediateTimer(caller.InstanceId, caller.TokenId, caller.ElementId);
    }

    private void CancelCalledInstance(TokenState token, Guid childId)
    {
        ImmediateTimer(childId, 0, CancelCallElementId);
        session.Journal(JournalEntryKind.CallEnded, token.NodeId, detail: $"called instance {childId} is cancelled with the call");
    }

    private Guid ImmediateTimer(Guid instanceId, int tokenId, string elementId)
    {
        var timer = new TimerRecord
        {
            Id = RowIds.New(),
            InstanceId = instanceId,
            TokenId = tokenId,
            ElementId = elementId,
            DueAt = session.Now,
            Status = TimerStatus.Pending,
            CreatedAt = session.Now,
        };
        session.Put(timer);
        session.ImmediateTimers.Add(timer.Id);
        return timer.Id;
    }

    private static JsonElement MapValue(VariableMapping mapping, IReadOnlyDictionary<string, JsonElement> source) =>
        mapping.SourceExpression is { } expression ? expression.Evaluate(source)
        : source.TryGetValue(mapping.Source!, out var value) ? value
        : WorkflowVariables.Value(null);
}
