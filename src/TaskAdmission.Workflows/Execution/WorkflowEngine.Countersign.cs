using System.Text.Json;
using TaskAdmission.Workflows.Definitions;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Workflows.Execution;

/// <summary>Reads of running countersigns, and the operator's cancellation of an instance.</summary>
public sealed partial class WorkflowEngine
{
    /// <summary>The running multi-instance user tasks of an instance with each signer's state (empty when none runs).</summary>
    public async Task<IReadOnlyList<CountersignView>> GetCountersignsAsync(Guid instanceId, CancellationToken cancellationToken = default)
    {
        var records = await store.LoadInstanceAsync(instanceId, cancellationToken);
        if (records is null) return [];
        var state = InstanceState.Deserialize(records.Instance.StateJson);
        var definition = await GetDefinitionAsync(records.Instance.ProcessId, records.Instance.DefinitionVersion, cancellationToken);
        var views = new List<CountersignView>();
        foreach (var body in state.Tokens.Where(t => t.MultiInstance is not null))
        {
            if (definition.Node(body.NodeId) is not UserTaskNode { MultiInstance: { } spec }) continue;
            var signers = body.MultiInstance!.Items.Select(item =>
            {
                var taskId = item.TokenId is { } tokenId ? state.Token(tokenId)?.TaskId : null;
                return new CountersignSigner(ElementText(item.Value), SignerState(item.State), item.Outcome, item.CompletedBy, taskId);
            }).ToList();
            views.Add(new CountersignView(body.NodeId, spec.IsSequential, spec.CompletionCondition?.Text, signers));
        }

        return views;
    }

    /// <summary>Cancels a running instance (an operator's decision): every open task, timer and subscription is cancelled, status <c>Cancelled</c>.</summary>
    /// <exception cref="WorkflowOperationException">The instance does not exist or has already ended.</exception>
    public Task<WorkflowCommandResult> CancelInstanceAsync(Guid instanceId, string operatorName, string reason, CancellationToken cancellationToken = default) =>
        RunCommandAsync(
            instanceId,
            (session, runner) =>
            {
                runner.CancelAll();
                session.State.Status = InstanceStatus.Cancelled;
                session.State.EndedAt = session.Now;
                session.Journal(JournalEntryKind.InstanceCancelled, actor: operatorName, comment: reason, detail: "cancelled by an operator");
            },
            () => Task.FromResult<string?>($"instance {instanceId} changed while it was being cancelled; reload and try again"),
            cancellationToken);

    private static string ElementText(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();

    private static CountersignSignerState SignerState(MultiInstanceItemState state) => state switch
    {
        MultiInstanceItemState.Pending => CountersignSignerState.Waiting,
        MultiInstanceItemState.Active => CountersignSignerState.Active,
        MultiInstanceItemState.Completed => CountersignSignerState.Signed,
        MultiInstanceItemState.Removed => CountersignSignerState.Removed,
        _ => CountersignSignerState.Skipped,
    };
}
