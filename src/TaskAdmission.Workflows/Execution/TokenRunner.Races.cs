using System.Text.Json;
using TaskAdmission.Workflows.Definitions;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Workflows.Execution;

/// <summary>Escalations and event-based gateways.</summary>
internal sealed partial class TokenRunner
{
    /// <summary>
    /// An escalation end event: the nearest enclosing sub-process with a matching escalation boundary event catches it
    /// (interrupting: the sub-process is cancelled; non-interrupting: it goes on). Uncaught escalations have no effect
    /// (BPMN), but the journal records them.
    /// </summary>
    private void ThrowEscalation(TokenState token, string code)
    {
        for (var scopeId = token.ParentId; scopeId is { } id;)
        {
            var scope = ActivityToken(State.Token(id)!);
            if (FindBoundary(Definition.Node(scope.NodeId), BoundaryEventKind.Escalation, code) is { } boundary)
            {
                session.Journal(JournalEntryKind.EscalationThrown, token.NodeId, detail: $"escalation '{code}' caught by {boundary.Id}");
                if (boundary.CancelActivity)
                {
                    FireBoundary(scope, boundary);
                    return;
                }

                Enqueue(State.NewToken(boundary.Id, scope.ParentId));
                RemoveAndCheckScope(token);
                return;
            }

            scopeId = scope.ParentId;
        }

        session.Journal(JournalEntryKind.EscalationThrown, token.NodeId, detail: $"escalation '{code}' was not caught; it has no effect");
        RemoveAndCheckScope(token);
    }

    /// <summary>An event-based gateway's race was won by <paramref name="winner"/>: the other waits are cancelled and the token goes on from the winner.</summary>
    private void ResolveRace(TokenState token, FlowNode winner, IReadOnlyDictionary<string, JsonElement>? variables)
    {
        var gateway = Definition.Node(token.NodeId);
        CancelBoundaryTimers(token);
        var flow = gateway.Outgoing.First(f => f.TargetId == winner.Id);
        session.Journal(JournalEntryKind.ElementCompleted, gateway.Id, detail: $"took {flow.Id}: {winner.Id} happened first");
        token.NodeId = winner.Id;
        token.ArrivedVia = flow.Id;
        session.Path.Add(winner.Id);
        session.Journal(JournalEntryKind.ElementEntered, winner.Id);
        Leave(token, winner, variables);
    }

    private void EnterEventGateway(TokenState token, GatewayNode gateway)
    {
        token.Status = TokenStatus.Waiting;
        foreach (var target in gateway.Outgoing.Select(f => Definition.Node(f.TargetId)))
        {
            switch (target)
            {
                case TimerCatchEventNode timer:
                    token.BoundaryTimerIds.Add(ScheduleTimer(token, timer.Id, timer.Timer));
                    break;
                case MessageCatchEventNode message:
                    (token.BoundarySubscriptionIds ??= []).Add(NewSubscription(token, message.Id, message.MessageName, signal: false).Id);
                    break;
                case ReceiveTaskNode receive:
                    (token.BoundarySubscriptionIds ??= []).Add(NewSubscription(token, receive.Id, receive.MessageName, signal: false).Id);
                    break;
                case SignalCatchEventNode signal:
                    (token.BoundarySubscriptionIds ??= []).Add(NewSubscription(token, signal.Id, signal.SignalName, signal: true).Id);
                    break;
            }
        }
    }
}
