using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using TaskAdmission.Application.Audit;
using TaskAdmission.Application.Common;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Audit;
using TaskAdmission.Core.Common;
using TaskAdmission.Testing;

namespace TaskAdmission.Application.Tests.Audit;

/// <summary>
/// The audit chain in the database, on a fresh database per test: how entries are linked as they are saved (also by
/// concurrent writers), what the database refuses, and what verification reports after an intruder switched the
/// triggers off.
/// </summary>
public abstract class AuditChainStorageTests(DatabaseProvider provider) : IAsyncLifetime
{
    protected static readonly ChinaClock Clock = new(TimeProvider.System);
    private TestDatabase database = default!;

    protected TestDatabase Database => database;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(provider, "auditchain");
        await using var db = TestContexts.Open(database);
        await db.Database.MigrateAsync();
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    private async Task WriteAsync(int units, int perUnit = 1, string actor = "alice")
    {
        for (var u = 0; u < units; u++)
        {
            await using var db = TestContexts.Open(database);
            var audit = new AuditLog(db, Clock);
            for (var i = 0; i < perUnit; i++)
            {
                audit.Record(actor, "user.lock", $"user:u{u}-{i}", $"unit {u}, entry {i}: 锁定");
            }
            await db.SaveChangesAsync();
        }
    }

    protected async Task<AuditVerification> VerifyAsync(params AuditChainHead[] heads)
    {
        await using var db = TestContexts.Open(database);
        var decisions = new DecisionIntegrityService(db);
        return await new AuditChainService(db, decisions, new AuditLog(db, Clock), NullLogger<AuditChainService>.Instance).VerifyAsync(heads);
    }

    protected async Task<List<AuditEntry>> EntriesAsync()
    {
        await using var db = TestContexts.Open(database);
        return await db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync();
    }

    private async Task TamperAsync(string sql)
    {
        await using var db = TestContexts.Open(database);
        await AuditTampering.WithoutTriggersAsync(db, "audit_entries", () => db.Database.ExecuteSqlRawAsync(sql));
    }

    [Fact]
    public async Task Save_LinksEachEntryToTheOneBefore_AcrossUnitsOfWork()
    {
        await WriteAsync(units: 3, perUnit: 2);

        var entries = await EntriesAsync();
        Assert.Equal([1L, 2, 3, 4, 5, 6], entries.Select(e => e.Sequence!.Value));
        Assert.Equal(AuditHash.Genesis, entries[0].PreviousHash);
        Assert.All(entries.Skip(1).Zip(entries), pair => Assert.Equal(pair.Second.Hash, pair.First.PreviousHash));
        Assert.All(entries, e => Assert.True(AuditHash.IsIntact(e)));
        var verification = await VerifyAsync();
        Assert.True(verification.Intact);
        Assert.Equal(6, verification.Checked);
        Assert.Equal(new AuditChainHead(6, entries[^1].Hash!, entries[^1].AtUtc), verification.Head with { AtUtc = entries[^1].AtUtc });
    }

    [Fact]
    public async Task ConcurrentWriters_KeepOneLinearChain()
    {
        await Task.WhenAll(Enumerable.Range(0, 6).Select(w => Task.Run(() => WriteAsync(units: 15, perUnit: 2, actor: $"writer{w}"))));

        var entries = await EntriesAsync();
        Assert.Equal(Enumerable.Range(1, 180).Select(i => (long)i), entries.Select(e => e.Sequence!.Value));
        var verification = await VerifyAsync();
        Assert.True(verification.Intact, $"broken at {verification.FirstBreak}");
        Assert.Equal(180, verification.Checked);
    }

    [Fact]
    public async Task AuditRowsOfATransaction_AreChainedWhenItCommits_AndGoneWhenItOrItsSavepointRollsBack()
    {
        await using var db = TestContexts.Open(database);
        var audit = new AuditLog(db, Clock);
        await using (var rolledBack = await db.Database.BeginTransactionAsync())
        {
            audit.Record("alice", "user.lock", "user:gone", "rolled back");
            await db.SaveChangesAsync();
            await rolledBack.RollbackAsync();
        }
        db.ChangeTracker.Clear();
        await using (var committed = await db.Database.BeginTransactionAsync())
        {
            audit.Record("alice", "user.lock", "user:first");
            await db.SaveChangesAsync();
            await committed.CreateSavepointAsync("step");
            audit.Record("alice", "user.lock", "user:undone", "rolled back to the savepoint");
            await db.SaveChangesAsync();
            await committed.RollbackToSavepointAsync("step");
            // As the engine does after a rolled-back step: what it saved since the savepoint is no longer there.
            db.ChangeTracker.Clear();
            audit.Record("alice", "user.unlock", "user:second");
            await db.SaveChangesAsync();
            await committed.CommitAsync();
        }

        var entries = await EntriesAsync();
        Assert.Equal(["user:first", "user:second"], entries.Select(e => e.Subject));
        Assert.Equal([1L, 2], entries.Select(e => e.Sequence!.Value));
        var verification = await VerifyAsync();
        Assert.True(verification.Intact, $"broken at {verification.FirstBreak}");
        Assert.Equal(2, verification.Checked);
    }

    [Fact]
    public async Task UpdateDeleteAndTruncate_AreRefusedByTheDatabase()
    {
        await WriteAsync(units: 2);
        await using var db = TestContexts.Open(database);

        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("UPDATE audit_entries SET \"Details\" = 'harmless' WHERE \"Sequence\" = 1"));
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM audit_entries WHERE \"Sequence\" = 2"));
        if (provider == DatabaseProvider.Postgres)
        {
            await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("TRUNCATE audit_entries"));
        }
        var tracked = await db.AuditEntries.SingleAsync(e => e.Sequence == 1);
        tracked.Actor = "mallory";
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        var entries = await EntriesAsync();
        Assert.Equal(2, entries.Count);
        Assert.Equal("alice", entries[0].Actor);
        Assert.True((await VerifyAsync()).Intact);
    }

    [Fact]
    public async Task Verify_NamesTheAlteredEntry_WhenTheTriggersWereOff()
    {
        await WriteAsync(units: 5);
        await TamperAsync("UPDATE audit_entries SET \"Details\" = 'nothing happened' WHERE \"Sequence\" = 3");

        var verification = await VerifyAsync();

        Assert.Equal(AuditBreakKind.Altered, verification.FirstBreak?.Kind);
        Assert.Equal(3, verification.FirstBreak!.Sequence);
        Assert.Equal((await EntriesAsync())[2].Id, verification.FirstBreak.EntryId);
        Assert.Equal(2, verification.Checked);
    }

    [Fact]
    public async Task Verify_NamesTheMissingEntry_WhenARowWasDeleted()
    {
        await WriteAsync(units: 5);
        await TamperAsync("DELETE FROM audit_entries WHERE \"Sequence\" = 4");

        var verification = await VerifyAsync();

        Assert.Equal(new AuditBreak(4, 0, AuditBreakKind.Missing), verification.FirstBreak);
    }

    [Fact]
    public async Task Verify_FindsTheNextEntryUnlinked_WhenAnEntryWasRewrittenWithItsHash()
    {
        await WriteAsync(units: 5);
        var third = (await EntriesAsync())[2];
        third.Details = "rewritten";
        var forged = AuditHash.Of(third, 3, third.PreviousHash!);
        await TamperAsync($"UPDATE audit_entries SET \"Details\" = 'rewritten', \"Hash\" = '{forged}' WHERE \"Sequence\" = 3");

        var verification = await VerifyAsync();

        Assert.Equal(AuditBreakKind.Unlinked, verification.FirstBreak?.Kind);
        Assert.Equal(4, verification.FirstBreak!.Sequence);
    }

    [Fact]
    public async Task Verify_FindsAChainRewrittenToTheEnd_OnlyAgainstAnExportedHead()
    {
        await WriteAsync(units: 5);
        var exported = (await VerifyAsync()).Head;
        var entries = await EntriesAsync();
        entries[1].Details = "rewritten";
        var previous = entries[0].Hash!;
        var statements = new List<string>();
        foreach (var entry in entries.Skip(1))
        {
            entry.Hash = AuditHash.Of(entry, entry.Sequence!.Value, previous);
            statements.Add($"UPDATE audit_entries SET \"Details\" = '{entry.Details}', \"PreviousHash\" = '{previous}', \"Hash\" = '{entry.Hash}' WHERE \"Sequence\" = {entry.Sequence}");
            previous = entry.Hash;
        }
        await TamperAsync(string.Join(";\n", statements));

        Assert.True((await VerifyAsync()).Intact);
        var against = await VerifyAsync(exported);
        Assert.Equal(new AuditBreak(5, entries[4].Id, AuditBreakKind.Rewritten), against.FirstBreak);
    }

    [Fact]
    public async Task Verify_FindsTheEndCutOff_AgainstAnExportedHead()
    {
        await WriteAsync(units: 5);
        var exported = (await VerifyAsync()).Head;
        await TamperAsync("DELETE FROM audit_entries WHERE \"Sequence\" >= 4");

        Assert.True((await VerifyAsync()).Intact);
        Assert.Equal(new AuditBreak(4, 0, AuditBreakKind.Truncated), (await VerifyAsync(exported)).FirstBreak);
    }

    [Fact]
    public async Task Verify_ReportsARowWrittenPastTheApp()
    {
        await WriteAsync(units: 2);
        await using (var db = TestContexts.Open(database))
        {
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO audit_entries (\"AtUtc\", \"Actor\", \"Action\", \"Subject\") VALUES ({0}, 'mallory', 'user.create', 'user:ghost')", DateTime.UtcNow);
        }

        var verification = await VerifyAsync();

        Assert.Equal(AuditBreakKind.Unsealed, verification.FirstBreak?.Kind);
        Assert.Equal(2, verification.Checked);
    }

    [Fact]
    public async Task SealLegacy_LinksEntriesWrittenBeforeTheChain_AndTheSealIsFinal()
    {
        await using (var db = TestContexts.Open(database))
        {
            foreach (var i in Enumerable.Range(1, 3))
            {
                await db.Database.ExecuteSqlRawAsync(
                    "INSERT INTO audit_entries (\"AtUtc\", \"Actor\", \"Action\", \"Subject\", \"Details\") VALUES ({0}, 'admin', 'user.create', {1}, NULL)",
                    DateTime.UtcNow.AddMinutes(-i), $"user:old{i}");
            }
            var service = new AuditChainService(db, new DecisionIntegrityService(db), new AuditLog(db, Clock), NullLogger<AuditChainService>.Instance);
            Assert.Equal(3, await service.SealLegacyAsync());
        }
        await WriteAsync(units: 1);

        var verification = await VerifyAsync();
        Assert.True(verification.Intact, $"broken at {verification.FirstBreak}");
        Assert.Equal(4, verification.Checked);
        await using var check = TestContexts.Open(database);
        await Assert.ThrowsAnyAsync<Exception>(() => check.Database.ExecuteSqlRawAsync("UPDATE audit_entries SET \"Hash\" = \"PreviousHash\" WHERE \"Sequence\" = 1"));
    }
}

public sealed class SqliteAuditChainStorageTests() : AuditChainStorageTests(DatabaseProvider.Sqlite);

public sealed class PostgresAuditChainStorageTests() : AuditChainStorageTests(DatabaseProvider.Postgres)
{
    /// <summary>
    /// A long transaction (a city-wide submission, a dispatch to 10,000 villages) no longer holds the chain lock from
    /// its first audited save: another audited write commits meanwhile, and the chain takes both in commit order.
    /// </summary>
    [Fact]
    public async Task AnOpenTransaction_DoesNotHoldTheChainLock_UntilItCommits()
    {
        await using var slow = TestContexts.Open(Database);
        await using var slowTransaction = await slow.Database.BeginTransactionAsync();
        new AuditLog(slow, Clock).Record("slow", "user.lock", "user:slow", "a long unit of work");
        await slow.SaveChangesAsync();

        await QuickWriteAsync().WaitAsync(TimeSpan.FromSeconds(60));
        await slowTransaction.CommitAsync();

        var entries = await EntriesAsync();
        Assert.Equal(["quick", "slow"], entries.Select(e => e.Actor));
        Assert.Equal([1L, 2], entries.Select(e => e.Sequence!.Value));
        var verification = await VerifyAsync();
        Assert.True(verification.Intact, $"broken at {verification.FirstBreak}");
        Assert.Equal(2, verification.Checked);
    }

    private async Task QuickWriteAsync()
    {
        await using var quick = TestContexts.Open(Database);
        await using var transaction = await quick.Database.BeginTransactionAsync();
        new AuditLog(quick, Clock).Record("quick", "user.lock", "user:quick");
        await quick.SaveChangesAsync();
        await transaction.CommitAsync();
    }
}
