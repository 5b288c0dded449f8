using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Admission;
using TaskAdmission.Application.Common;
using TaskAdmission.Application.Lists;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Security;
using TaskAdmission.Workflows.Execution;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Application.Workflows.Operations;

/// <summary>
/// The operator's side of the engine: find stuck instances, retry incidents, move tokens, set variables and migrate
/// instances to another deployed version.
/// Each action records an app audit row that commits in the engine's own transaction (the store shares the context),
/// so the audit trail and the engine journal never disagree.
/// </summary>
public sealed class WorkflowOperationsService(AppDbContext db, WorkflowEngine engine, AuditLog audit)
{
    /// <summary>Longest operator reason the forms accept.</summary>
    public const int ReasonMaxLength = 500;

    /// <summary>Open incidents, newest first, with their instance.</summary>
    public async Task<IReadOnlyList<OpenIncidentRow>> ListOpenIncidentsAsync(int take = 200, CancellationToken cancellationToken = default)
    {
        return await (
            from i in db.WorkflowIncidents.AsNoTracking()
            join w in db.WorkflowInstances.AsNoTracking() on i.InstanceId equals w.Id
            where i.Status == IncidentStatus.Open
            orderby i.CreatedAtUtc descending, i.Id
            select new OpenIncidentRow(i.Id, w.Id, w.ProcessId, w.DefinitionVersion, w.BusinessKey, i.ElementId, i.Message, i.CreatedAtUtc))
            .Take(take)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Instances whose id is <paramref name="query"/> or whose business key equals it (at most 50).</summary>
    public async Task<IReadOnlyList<InstanceSummary>> FindInstancesAsync(string query, CancellationToken cancellationToken = default)
    {
        var text = query.Trim();
        var instances = db.WorkflowInstances.AsNoTracking();
        instances = Guid.TryParse(text, out var id) ? instances.Where(w => w.Id == id) : instances.Where(w => w.BusinessKey == text);
        var rows = await instances
            .Select(w => new InstanceSummary(w.Id, w.ProcessId, w.DefinitionVersion, w.BusinessKey, w.Status, w.HasOpenIncidents, w.StartedAtUtc))
            .Take(50)
            .ToListAsync(cancellationToken);
        return rows.OrderByDescending(r => r.StartedAtUtc).ToList();
    }

    /// <summary>All incidents of an instance (open and resolved), newest first.</summary>
    public async Task<IReadOnlyList<IncidentRecord>> GetIncidentsAsync(Guid instanceId, CancellationToken cancellationToken = default) =>
        (await engine.Store.GetIncidentsAsync(instanceId, cancellationToken)).OrderByDescending(i => i.CreatedAt).ToList();

    /// <summary>Retries an open incident.</summary>
    /// <exception cref="WorkflowOperationException">The incident or its instance does not exist, or the instance has ended.</exception>
    /// <exception cref="WorkflowConflictException">Someone resolved or changed it first.</exception>
    public async Task<WorkflowCommandResult> RetryAsync(Guid incidentId, Actor actor, string? comment = null, CancellationToken cancellationToken = default)
    {
        var incident = await engine.Store.GetIncidentAsync(incidentId, cancellationToken)
            ?? throw new WorkflowOperationException($"incident {incidentId} does not exist");
        return await AuditedAsync(
            actor.UserName, "workflow.retry", incident.InstanceId, $"incident {incidentId} at {incident.ElementId}: {incident.Message}",
            () => engine.RetryIncidentAsync(incidentId, actor.UserName, comment, cancellationToken));
    }

    /// <summary>Moves the single token at <paramref name="from"/> to <paramref name="to"/>.</summary>
    public Task<WorkflowCommandResult> MoveTokenAsync(Guid instanceId, string from, string to, Actor actor, string reason, CancellationToken cancellationToken = default) =>
        AuditedAsync(
            actor.UserName, "workflow.move", instanceId, $"{from} -> {to}; reason: {reason}",
            () => engine.MoveTokenAsync(instanceId, from, to, actor.UserName, reason, cancellationToken));

    /// <summary>Sets a process variable.</summary>
    public Task<WorkflowCommandResult> SetVariableAsync(Guid instanceId, string name, JsonElement value, Actor actor, string reason, CancellationToken cancellationToken = default) =>
        AuditedAsync(
            actor.UserName, "workflow.set-variable", instanceId, $"{name} = {value.GetRawText()}; reason: {reason}",
            () => engine.SetVariableAsync(instanceId, name, value, actor.UserName, reason, cancellationToken));

    /// <summary>The process's deployed versions other than <paramref name="currentVersion"/>, newest first (from wf_definitions).</summary>
    public async Task<IReadOnlyList<DeployedVersionRow>> GetOtherVersionsAsync(string processId, int currentVersion, CancellationToken cancellationToken = default)
    {
        var rows = await db.WorkflowDefinitions.AsNoTracking()
            .Where(d => d.ProcessId == processId && d.Version != currentVersion)
            .Select(d => new DeployedVersionRow(d.Version, d.Name, d.DeployedAtUtc))
            .ToListAsync(cancellationToken);
        return rows.OrderByDescending(r => r.Version).ToList();
    }

    /// <summary>The elements of a deployed version (id, name, BPMN element type), ordered by id: the choices of the move and mapping forms.</summary>
    public async Task<IReadOnlyList<ElementChoice>> GetElementsAsync(string processId, int version, CancellationToken cancellationToken = default) =>
        (await engine.GetDefinitionAsync(processId, version, cancellationToken)).Nodes.Values
            .Select(n => new ElementChoice(n.Id, n.Name, n.ElementType))
            .OrderBy(e => e.Id, StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// Dry run: where each token of the instance would go in <paramref name="targetVersion"/>, with problems and warnings.
    /// <paramref name="mapping"/> sends an active element to a differently named one (unmapped elements keep their id).
    /// </summary>
    /// <exception cref="WorkflowOperationException">The instance or the version does not exist.</exception>
    public Task<MigrationPlan> PlanMigrationAsync(Guid instanceId, int targetVersion, IReadOnlyDictionary<string, string>? mapping = null, CancellationToken cancellationToken = default) =>
        engine.PlanMigrationAsync(instanceId, targetVersion, mapping, cancellationToken);

    /// <summary>
    /// Migrates the instance to <paramref name="targetVersion"/> with <paramref name="mapping"/> (element ids kept where
    /// it says nothing). Plans again first and refuses with the plan's problems when it cannot migrate; the engine checks
    /// once more inside its transaction. The audit row records the versions, the mapping and the reason.
    /// </summary>
    /// <exception cref="WorkflowOperationException">The plan has problems, or the instance or version does not exist.</exception>
    /// <exception cref="WorkflowConflictException">The instance changed meanwhile.</exception>
    public async Task<WorkflowCommandResult> MigrateAsync(
        Guid instanceId, int targetVersion, IReadOnlyDictionary<string, string>? mapping, Actor actor, string reason, CancellationToken cancellationToken = default)
    {
        var plan = await engine.PlanMigrationAsync(instanceId, targetVersion, mapping, cancellationToken);
        if (!plan.CanMigrate)
        {
            throw new WorkflowOperationException($"instance {instanceId} cannot be migrated to version {targetVersion}: {string.Join("; ", plan.Problems)}");
        }
        var renamed = plan.Items.Where(i => i.SourceElementId != i.TargetElementId).Select(i => $"{i.SourceElementId} -> {i.TargetElementId}").ToList();
        // The reason before the mapping: a long mapping may be cut at the audit row's length, the reason never is.
        var details = $"version {plan.FromVersion} -> {targetVersion}; reason: {reason}" + (renamed.Count == 0 ? "" : $"; mapping {string.Join(", ", renamed)}");
        return await AuditedAsync(actor.UserName, "workflow.migrate", instanceId, details, () => engine.MigrateAsync(instanceId, targetVersion, mapping, actor.UserName, reason, cancellationToken));
    }

    private async Task<WorkflowCommandResult> AuditedAsync(string actor, string action, Guid instanceId, string details, Func<Task<WorkflowCommandResult>> command)
    {
        // Staged first so the engine's commit saves it; dropped again if the command never commits.
        audit.Record(actor, action, $"workflow-instance:{instanceId}", details);
        try
        {
            return await command();
        }
        catch
        {
            foreach (var entry in db.ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added).ToList())
            {
                entry.State = EntityState.Detached;
            }
            throw;
        }
    }
}
