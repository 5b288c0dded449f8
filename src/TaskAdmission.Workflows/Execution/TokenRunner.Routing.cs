using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Workflows.Execution;

/// <summary>Token moves requested by people or operators: restart at an element, add or remove signers.</summary>
internal sealed partial class TokenRunner
{
    /// <summary>The token that represents the activity: the multi-instance body for an instance token, else the token itself.</summary>
    public TokenState ActivityToken(TokenState token) =>
        token.ParentId is { } parentId && State.Token(parentId) is { MultiInstance: not null } body && body.NodeId == token.NodeId
            ? body
            : token;

    /// <summary>Cancels what the token does now and runs it again from <paramref name="elementId"/>.</summary>
    public void Restart(TokenState token, string elementId, string? assignee)
    {
        CancelActivity(token);
        token.NodeId = elementId;
        token.ArrivedVia = null;
        token.StepId = null;
        token.AssigneeOverride = assignee;
        Enqueue(token);
    }

    /// <summary>Appends signers to a running multi-instance body (parallel: started now; sequential: queued).</summary>
    public void AddSigners(TokenState body, IEnumerable<System.Text.Json.JsonElement> values)
    {
        var items = body.MultiInstance!.Items;
        foreach (var value in values)
        {
            items.Add(new MultiInstanceItem { Index = items.Count, Value = value, State = MultiInstanceItemState.Pending });
        }

        ContinueMultiInstance(body);
    }

    /// <summary>Removes a signer that has not completed; re-evaluates the body afterwards.</summary>
    public void RemoveSigner(TokenState body, MultiInstanceItem item)
    {
        if (item.State == MultiInstanceItemState.Active && item.TokenId is { } id && State.Token(id) is { } child)
        {
            RemoveTree(child);
        }

        item.State = MultiInstanceItemState.Removed;
        EvaluateMultiInstance(body);
    }

    /// <summary>Cancels every token; used when the initiator withdraws the instance.</summary>
    public void CancelAll()
    {
        foreach (var token in State.Children(null).ToList()) RemoveTree(token);
    }

    /// <summary>Open task records of the activity (one, or one per active multi-instance signer).</summary>
    public IReadOnlyList<UserTaskRecord> OpenTasksOf(TokenState activityToken) => OpenTasksUnder(activityToken).ToList();
}
