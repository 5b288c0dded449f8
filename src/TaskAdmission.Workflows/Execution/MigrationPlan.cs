namespace TaskAdmission.Workflows.Execution;

/// <summary>Dry-run report of migrating an instance to another version: per-token mapping, blocking problems and warnings.</summary>
/// <param name="InstanceId">The instance.</param>
/// <param name="FromVersion">Current version.</param>
/// <param name="ToVersion">Target version.</param>
/// <param name="Items">One entry per token (multi-instance signers follow their task).</param>
/// <param name="Warnings">Non-blocking consequences, e.g. boundary timers that will be cancelled.</param>
public sealed record MigrationPlan(Guid InstanceId, int FromVersion, int ToVersion, IReadOnlyList<MigrationPlanItem> Items, IReadOnlyList<string> Warnings)
{
    /// <summary>The blocking problems; empty when the migration can run.</summary>
    public IReadOnlyList<string> Problems => Items.Where(i => i.Problem is not null).Select(i => i.Problem!).ToList();

    /// <summary>True when every token can be mapped.</summary>
    public bool CanMigrate => Problems.Count == 0;
}
