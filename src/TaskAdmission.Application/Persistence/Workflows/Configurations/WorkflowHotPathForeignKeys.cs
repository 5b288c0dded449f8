using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using TaskAdmission.Application.Persistence.Workflows.Entities;

namespace TaskAdmission.Application.Persistence.Workflows.Configurations;

/// <summary>
/// On PostgreSQL the rows every engine step inserts — tasks, their candidate roles, timers and journal pages — carry no
/// foreign key to their instance (or task). Each such key made PostgreSQL run a nested
/// <c>SELECT … FOR KEY SHARE</c> of the parent row per row inserted (six per instance of the durability load) and lock
/// the parent row (a WAL record and a dirtied page per command): 8.7 % of the server's CPU per instance in a CPU
/// profile of the engine-cost harness, the largest part of a row write that is not the row itself
/// (migration WorkflowHotPathForeignKeys, docs/benchmarks.md).
/// <para>
/// What the keys guarded is kept by the write path instead: the engine writes these rows in the batch of a command on
/// their instance, in the same statement as a new instance's insert or after the instance's version-guarded update
/// (PostgresWorkflowWriter, MergedInserts), so a batch
/// whose instance is missing or moved on fails before any child is kept; a candidate row is inserted in the same
/// statement as its task. Two timers are written for ANOTHER instance than the command's, not behind its guard: the
/// caller's resume when a called instance ends (TokenRunner.Calls ReturnToCaller) and the child's cancel when its
/// caller is cancelled (CancelCalledInstance). Their parents exist by order, not by guard: the caller made the call,
/// and a child is cancelled only once its call is marked started, after the child's start committed
/// (WorkflowEngine.Calls). Instances and tasks are never deleted, so there was no cascade to lose. The rarer
/// rows (subscriptions, incidents, carbon copies, outbox) keep their keys: they cost nothing per ordinary step. SQLite
/// (development, tests) keeps every key: there the cost does not matter and the check still catches a bug early.
/// </para>
/// </summary>
internal static class WorkflowHotPathForeignKeys
{
    /// <summary>Removes the four keys from the model when it is built for PostgreSQL.</summary>
    public static void RemoveOnPostgres(ModelBuilder builder, bool postgres)
    {
        if (!postgres) return;
        Remove<WfUserTask, WfInstance>(builder);
        Remove<WfTimer, WfInstance>(builder);
        Remove<WfJournalPage, WfInstance>(builder);
        Remove<WfTaskCandidate, WfUserTask>(builder);
    }

    private static void Remove<TDependent, TPrincipal>(ModelBuilder builder)
        where TDependent : class
    {
        var dependent = builder.Entity<TDependent>().Metadata;
        foreach (IMutableForeignKey key in dependent.GetForeignKeys().Where(k => k.PrincipalEntityType.ClrType == typeof(TPrincipal)).ToList())
        {
            dependent.RemoveForeignKey(key);
        }
    }
}
