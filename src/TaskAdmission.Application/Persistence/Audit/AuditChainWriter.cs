using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using TaskAdmission.Core.Audit;
using TaskAdmission.Core.Common;

namespace TaskAdmission.Application.Persistence.Audit;

/// <summary>
/// Links new audit rows into the one global chain as the unit of work is saved, inside its transaction: takes the
/// chain lock, reads the head, and gives each new row the next sequence number, the head's hash and its own hash.
/// The lock keeps the chain linear with concurrent writers and is released by COMMIT or ROLLBACK — on PostgreSQL a
/// transaction-scoped advisory lock (no session state is left on the pooled connection), on SQLite the write lock
/// the transaction already holds (BEGIN IMMEDIATE).
/// </summary>
public static class AuditChainWriter
{
    /// <summary>The advisory lock key of the chain (an arbitrary constant: "TAaudit" in ASCII).</summary>
    public const long PostgresLockKey = 0x54_41_61_75_64_69_74;

    /// <summary>Turned off only by the benchmark that measures the chain's cost; never by configuration.</summary>
    internal static bool Enabled { get; set; } = true;

    public static List<AuditEntry> Pending(DbContext db) =>
        !Enabled ? [] : db.ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();

    /// <summary>Stamps <paramref name="pending"/>; the caller's transaction must be open and is what releases the lock.</summary>
    public static async Task StampAsync(DbContext db, IReadOnlyList<AuditEntry> pending, CancellationToken ct)
    {
        foreach (var entry in pending)
        {
            entry.AtUtc = AuditHash.Normalise(entry.AtUtc);
        }
        Link(pending.OrderBy(e => e.AtUtc), await LockAndReadHeadAsync(db, ct));
    }

    /// <summary>
    /// Seals rows this transaction saved unsealed (<see cref="AuditChainCommitInterceptor"/>): the chain lock, the head,
    /// then one round trip setting each row's place and hashes (the one update the append-only guard allows).
    /// </summary>
    public static async Task ChainAsync(DbContext db, IReadOnlyList<AuditEntry> saved, CancellationToken ct)
    {
        try
        {
            Link(saved.OrderBy(e => e.AtUtc).ThenBy(e => e.Id), await LockAndReadHeadAsync(db, ct));
            var transaction = db.Database.CurrentTransaction!.GetDbTransaction();
            await using var command = transaction.Connection!.CreateCommand();
            command.Transaction = transaction;
            var sql = new System.Text.StringBuilder();
            for (var i = 0; i < saved.Count; i++)
            {
                sql.Append($"""UPDATE audit_entries SET "Sequence" = @s{i}, "PreviousHash" = @p{i}, "Hash" = @h{i} WHERE "Id" = @i{i};""");
                Add(command, $"@s{i}", saved[i].Sequence!.Value);
                Add(command, $"@p{i}", saved[i].PreviousHash!);
                Add(command, $"@h{i}", saved[i].Hash!);
                Add(command, $"@i{i}", saved[i].Id);
            }
            command.CommandText = sql.ToString();
            var updated = await command.ExecuteNonQueryAsync(ct);
            if (updated != saved.Count)
            {
                throw new InvalidOperationException($"The audit chain sealed {updated} of {saved.Count} rows of this transaction.");
            }
        }
        finally
        {
            // Sealed, they are stored as they are now; not sealed, their place in the chain is void. Either way, tracked,
            // the hash fields Link gave them would read as changes a later save of this context writes as UPDATEs.
            Detach(db, saved);
        }
    }

    /// <summary>
    /// Stops tracking <paramref name="rows"/>, found in one pass with change detection off (DbContext.Entry per row scans
    /// the whole graph, 10,000 village rows included).
    /// </summary>
    private static void Detach(DbContext db, IReadOnlyList<AuditEntry> rows)
    {
        using var paused = db.ChangeTracker.PauseDetection();
        var set = rows.ToHashSet();
        foreach (var entry in db.ChangeTracker.Entries<AuditEntry>().Where(e => set.Contains(e.Entity)).ToList())
        {
            entry.State = EntityState.Detached;
        }
    }

    private static void Add(System.Data.Common.DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    /// <summary>Gives <paramref name="entries"/>, in order, the places after <paramref name="head"/>.</summary>
    public static void Link(IEnumerable<AuditEntry> entries, AuditChainHead head)
    {
        var (sequence, previous) = (head.Sequence, head.Hash);
        foreach (var entry in entries)
        {
            entry.Sequence = ++sequence;
            entry.PreviousHash = previous;
            entry.Hash = previous = AuditHash.Of(entry, sequence, previous);
        }
    }

    /// <summary>The chain's head under the chain lock (held until the transaction ends).</summary>
    public static async Task<AuditChainHead> LockAndReadHeadAsync(DbContext db, CancellationToken ct)
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("The audit chain is extended only inside a transaction.");
        await using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        var lockStatement = db.Database.IsNpgsql() ? $"SELECT pg_advisory_xact_lock({PostgresLockKey});" : "";
        command.CommandText = lockStatement +
            """SELECT "Sequence", "Hash", "AtUtc" FROM audit_entries WHERE "Sequence" IS NOT NULL ORDER BY "Sequence" DESC LIMIT 1""";
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (lockStatement.Length > 0)
        {
            await reader.NextResultAsync(ct);
        }
        return await reader.ReadAsync(ct)
            ? new AuditChainHead(reader.GetInt64(0), reader.GetString(1), reader.GetDateTime(2))
            : AuditChainHead.Empty;
    }
}
