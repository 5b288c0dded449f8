using System.Text.Json;
using TaskAdmission.Workflows.Definitions;

namespace TaskAdmission.Workflows.Execution;

/// <summary>
/// Activities that own a body (user tasks, sub-processes, call activities): entering with boundary events and
/// multi-instance, running the body, and finishing back into the flow or into the multi-instance body.
/// </summary>
internal sealed partial class TokenRunner
{
    private void EnterActivity(TokenState token, FlowNode node)
    {
        var isInstance = IsMultiInstanceChild(token, out _);
        if (!isInstance) CreateBoundaries(token, node);
        if (node.MultiInstance is { } multi && !isInstance)
        {
            StartMultiInstance(token, node, multi);
            return;
        }

        RunActivityBody(token, node, null);
    }

    /// <summary>Runs one execution of an activity: a task, a sub-process scope, or a call.</summary>
    private void RunActivityBody(TokenState token, FlowNode node, MultiInstanceItem? item)
    {
        switch (node)
        {
            case UserTaskNode userTask:
                CreateTask(token, userTask, item);
                break;
            case SubProcessNode subProcess:
                token.Status = TokenStatus.Scope;
                foreach (var start in Definition.StartNodes(subProcess.Id)) Enqueue(State.NewToken(start.Id, token.Id));
                break;
            case CallActivityNode call:
                ScheduleCall(token, call);
                break;
        }
    }

    /// <summary>
    /// An activity execution ended normally: an instance of a multi-instance body reports to the body, anything else
    /// cancels its boundary events and leaves along its outgoing flow.
    /// </summary>
    private void FinishActivity(TokenState token, FlowNode node, string? actor, IReadOnlyDictionary<string, JsonElement>? variables, string? outcome)
    {
        if (IsMultiInstanceChild(token, out var body))
        {
            CompleteMultiInstanceItem(body, token, node, actor, variables ?? WorkflowVariables.Empty, outcome);
            return;
        }

        if (variables is not null)
        {
            foreach (var (name, value) in variables) State.Variables[name] = value;
        }

        CancelBoundaryTimers(token);
        Leave(token, node, variables);
    }

    /// <summary>True when <paramref name="token"/> is one instance of a multi-instance body (the body holds the same element).</summary>
    private bool IsMultiInstanceChild(TokenState token, out TokenState body)
    {
        if (token.ParentId is { } parentId && State.Token(parentId) is { MultiInstance: not null } parent && parent.NodeId == token.NodeId)
        {
            body = parent;
            return true;
        }

        body = null!;
        return false;
    }

    /// <summary>Arms the boundary events of an activity: timers and message/signal subscriptions.</summary>
    private void CreateBoundaries(TokenState token, FlowNode node)
    {
        foreach (var boundary in node.BoundaryEvents)
        {
            switch (boundary.Kind)
            {
                case BoundaryEventKind.Timer:
                    token.BoundaryTimerIds.Add(ScheduleTimer(token, boundary.Id, boundary.Timer!));
                    break;
                case BoundaryEventKind.Message or BoundaryEventKind.Signal:
                    (token.BoundarySubscriptionIds ??= []).Add(NewSubscription(token, boundary.Id, boundary.EventName!, boundary.Kind == BoundaryEventKind.Signal).Id);
                    break;
            }
        }
    }

    /// <summary>Takes a boundary event that fired on <paramref name="token"/>'s activity: interrupting moves the token, otherwise a new token starts there.</summary>
    private void FireBoundary(TokenState token, BoundaryEventNode boundary)
    {
        if (boundary.CancelActivity)
        {
            CancelActivity(token);
            token.NodeId = boundary.Id;
            token.ArrivedVia = null;
            Enqueue(token);
            return;
        }

        if (boundary.Kind is BoundaryEventKind.Message or BoundaryEventKind.Signal)
        {
            // A non-interrupting message or signal event stays armed while the activity runs.
            (token.BoundarySubscriptionIds ??= []).Add(NewSubscription(token, boundary.Id, boundary.EventName!, boundary.Kind == BoundaryEventKind.Signal).Id);
        }

        Enqueue(State.NewToken(boundary.Id, token.ParentId));
    }
}
