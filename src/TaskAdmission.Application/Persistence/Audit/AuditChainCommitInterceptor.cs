using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TaskAdmission.Application.Persistence.Audit;

/// <summary>
/// Links the audit rows a transaction saved into the chain just before it commits (<see cref="AppDbContext"/> saves
/// them unsealed while the caller's transaction is open). The chain lock is then held from the head read to the COMMIT
/// only — not across the work of the transaction (a city-wide submission's pre-check, a dispatch to 10,000 villages),
/// which serialised every audited write of the platform behind the slowest one.
/// </summary>
public sealed class AuditChainCommitInterceptor : DbTransactionInterceptor
{
    public static readonly AuditChainCommitInterceptor Instance = new();

    public override async ValueTask<InterceptionResult> TransactionCommittingAsync(
        DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not AppDbContext db)
        {
            return result;
        }
        RefuseInDoubt(db);
        if (db.UnchainedAudit.Count > 0)
        {
            try
            {
                await AuditChainWriter.ChainAsync(db, db.UnchainedAudit, cancellationToken);
            }
            catch
            {
                // The rows stay saved and unsealed in the still open transaction: it must not commit them so.
                db.AuditChainInDoubt = true;
                throw;
            }
            db.UnchainedAudit.Clear();
        }
        return result;
    }

    public override InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
    {
        if (eventData.Context is AppDbContext db)
        {
            RefuseInDoubt(db);
            if (db.UnchainedAudit.Count > 0)
            {
                throw new NotSupportedException("A transaction holding audit entries is committed with CommitAsync (they are chained as it commits).");
            }
        }
        return result;
    }

    private static void RefuseInDoubt(AppDbContext db)
    {
        if (db.AuditChainInDoubt)
        {
            throw new InvalidOperationException(
                "A transaction operation of this transaction failed, so which of its audit entries are still there is not known: roll it back.");
        }
    }

    public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        Forget(eventData);
        return result;
    }

    public override ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        Forget(eventData);
        return ValueTask.FromResult(result);
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData);

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData);
        return Task.CompletedTask;
    }

    // EF reports a failed savepoint create, release or rollback-to this way too, and swallows a failed release: the
    // transaction may go on, with the savepoint stack no longer matching the database. Nothing is forgotten here (a
    // retried commit would then write the rows unsealed); the commit is refused until the next transaction starts.
    public override void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => InDoubt(eventData);

    public override Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        InDoubt(eventData);
        return Task.CompletedTask;
    }

    private static void InDoubt(DbContextEventData eventData)
    {
        if (eventData.Context is AppDbContext db)
        {
            db.AuditChainInDoubt = true;
        }
    }

    // A rollback to a savepoint (the engine's step inside a caller's transaction) takes the rows saved after it away.
    public override void CreatedSavepoint(DbTransaction transaction, TransactionEventData eventData) => Mark(eventData);

    public override Task CreatedSavepointAsync(DbTransaction transaction, TransactionEventData eventData, CancellationToken cancellationToken = default)
    {
        Mark(eventData);
        return Task.CompletedTask;
    }

    public override void RolledBackToSavepoint(DbTransaction transaction, TransactionEventData eventData) => Unwind(eventData);

    public override Task RolledBackToSavepointAsync(DbTransaction transaction, TransactionEventData eventData, CancellationToken cancellationToken = default)
    {
        Unwind(eventData);
        return Task.CompletedTask;
    }

    public override void ReleasedSavepoint(DbTransaction transaction, TransactionEventData eventData) => Release(eventData);

    public override Task ReleasedSavepointAsync(DbTransaction transaction, TransactionEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData);
        return Task.CompletedTask;
    }

    private static void Release(DbContextEventData eventData)
    {
        if (eventData.Context is AppDbContext db)
        {
            db.AuditSavepoints.TryPop(out _);
        }
    }

    private static void Mark(DbContextEventData eventData)
    {
        if (eventData.Context is AppDbContext db)
        {
            db.AuditSavepoints.Push(db.UnchainedAudit.Count);
        }
    }

    /// <summary>Savepoints are released or rolled back innermost first; the rows saved since the innermost one are gone.</summary>
    private static void Unwind(DbContextEventData eventData)
    {
        if (eventData.Context is AppDbContext db && db.AuditSavepoints.TryPop(out var count) && count < db.UnchainedAudit.Count)
        {
            db.UnchainedAudit.RemoveRange(count, db.UnchainedAudit.Count - count);
        }
    }

    /// <summary>A new transaction, or a rollback: what was saved before is gone (a pooled context may come back with a transaction it never committed).</summary>
    private static void Forget(DbContextEventData eventData)
    {
        if (eventData.Context is AppDbContext db)
        {
            db.UnchainedAudit.Clear();
            db.AuditSavepoints.Clear();
            db.AuditChainInDoubt = false;
        }
    }
}
