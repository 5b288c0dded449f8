using System.Text.Json;
using TaskAdmission.Workflows.Definitions;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Workflows.Execution;

/// <summary>Operator alterations, each journaled with the operator and a reason: move a token, set a variable, migrate.</summary>
public sealed partial class WorkflowEngine
{
    /// <summary>Moves the token at <paramref name="fromElementId"/> to <paramref name="toElementId"/> in the same scope; what it waited on is cancelled.</summary>
    public Task<WorkflowCommandResult> MoveTokenAsync(Guid instanceId, string fromElementId, string toElementId, string operatorName, string reason, CancellationToken cancellationToken = default) =>
        RunCommandAsync(
            instanceId,
            (session, runner) =>
            {
                var tokens = session.State.Tokens.Where(t => t.NodeId == fromElementId && runner.ActivityToken(t) == t).ToList();
                if (tokens.Count != 1)
                {
                    throw new WorkflowOperationException(tokens.Count == 0
                        ? $"no token is at '{fromElementId}' in instance {instanceId}"
                        : $"{tokens.Count} tokens are at '{fromElementId}'; move is only supported for a single token");
                }

                if (!session.Definition.Nodes.TryGetValue(toElementId, out var target))
                {
                    throw new WorkflowOperationException($"'{toElementId}' does not exist in process '{session.Definition.ProcessId}'");
                }

                if (target.ScopeId != session.Definition.Node(fromElementId).ScopeId)
                {
                    throw new WorkflowOperationException($"cannot move from '{fromElementId}' to '{toElementId}': they are in different scopes");
                }

                var token = tokens[0];
                session.Journal(JournalEntryKind.TokenMoved, fromElementId, operatorName, reason, detail: $"moved from {fromElementId} to {toElementId}");

                // Return targets recorded before the move may no longer precede the new position.
                token.Trail.Clear();
                runner.Restart(token, toElementId, null);
            },
            () => Task.FromResult<string?>($"instance {instanceId} changed while moving its token; reload and try again"),
            cancellationToken);

    /// <summary>Sets a process variable.</summary>
    public Task<WorkflowCommandResult> SetVariableAsync(Guid instanceId, string name, JsonElement value, string operatorName, string reason, CancellationToken cancellationToken = default) =>
        RunCommandAsync(
            instanceId,
            (session, _) =>
            {
                session.State.Variables[name] = value.Clone();
                session.Journal(JournalEntryKind.VariableSet, actor: operatorName, comment: reason, variables: new Dictionary<string, JsonElement> { [name] = value });
            },
            () => Task.FromResult<string?>($"instance {instanceId} changed while setting '{name}'; reload and try again"),
            cancellationToken);

    /// <summary>Dry run: how the instance's tokens would map onto <paramref name="targetVersion"/> (element ids map to themselves unless <paramref name="mapping"/> says otherwise).</summary>
    public async Task<MigrationPlan> PlanMigrationAsync(Guid instanceId, int targetVersion, IReadOnlyDictionary<string, string>? mapping = null, CancellationToken cancellationToken = default)
    {
        var records = await store.LoadInstanceAsync(instanceId, cancellationToken)
            ?? throw new WorkflowOperationException($"instance {instanceId} does not exist");
        var state = InstanceState.Deserialize(records.Instance.StateJson);
        var planner = await PlannerAsync(state, records.PendingTimers, targetVersion, mapping, cancellationToken);
        return planner.Plan();
    }

    /// <summary>Migrates a running instance to <paramref name="targetVersion"/>; refuses with every problem when the plan has any.</summary>
    public async Task<WorkflowCommandResult> MigrateAsync(Guid instanceId, int targetVersion, IReadOnlyDictionary<string, string>? mapping, string operatorName, string reason, CancellationToken cancellationToken = default)
    {
        var records = await store.LoadInstanceAsync(instanceId, cancellationToken)
            ?? throw new WorkflowOperationException($"instance {instanceId} does not exist");
        var state = InstanceState.Deserialize(records.Instance.StateJson);
        var planner = await PlannerAsync(state, records.PendingTimers, targetVersion, mapping, cancellationToken);
        var plan = planner.Plan();
        if (!plan.CanMigrate)
        {
            throw new WorkflowOperationException($"instance {instanceId} cannot be migrated to version {targetVersion}: {string.Join("; ", plan.Problems)}");
        }

        var target = await GetDefinitionAsync(state.ProcessId, targetVersion, cancellationToken);
        return await RunCommandAsync(
            instanceId,
            (session, _) =>
            {
                if (session.State.DefinitionVersion != plan.FromVersion) throw new WorkflowConflictException($"instance {instanceId} was migrated concurrently");
                new MigrationApplier(session, planner, target, targetVersion).Apply();
                session.Journal(JournalEntryKind.InstanceMigrated, actor: operatorName, comment: reason, detail: $"version {plan.FromVersion} -> {targetVersion}" + (plan.Warnings.Count > 0 ? "; " + string.Join("; ", plan.Warnings) : string.Empty));
            },
            () => Task.FromResult<string?>($"instance {instanceId} changed during migration; plan again"),
            cancellationToken);
    }

    private async Task<MigrationPlanner> PlannerAsync(InstanceState state, IEnumerable<TimerRecord> timers, int targetVersion, IReadOnlyDictionary<string, string>? mapping, CancellationToken cancellationToken)
    {
        var source = await GetDefinitionAsync(state.ProcessId, state.DefinitionVersion, cancellationToken);
        var target = await GetDefinitionAsync(state.ProcessId, targetVersion, cancellationToken);
        return new MigrationPlanner(state, source, target, targetVersion, mapping ?? new Dictionary<string, string>(), timers);
    }
}
