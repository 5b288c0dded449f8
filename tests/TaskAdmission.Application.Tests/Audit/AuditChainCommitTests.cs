using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using TaskAdmission.Application.Audit;
using TaskAdmission.Application.Common;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Workflows.Inbox;
using TaskAdmission.Core.Audit;
using TaskAdmission.Core.Common;
using TaskAdmission.Testing;

namespace TaskAdmission.Application.Tests.Audit;

/// <summary>
/// The audit chain sealed as a transaction commits, when something goes wrong: a commit whose chaining failed, and a
/// save without a transaction meeting a transaction that holds the row it writes.
/// </summary>
public abstract class AuditChainCommitTests(DatabaseProvider provider) : IAsyncLifetime
{
    protected static readonly ChinaClock Clock = new(TimeProvider.System);
    private TestDatabase database = default!;

    protected TestDatabase Database => database;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(provider, "auditcommit");
        await using var db = TestContexts.Open(database);
        await db.Database.MigrateAsync();
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    protected async Task<List<AuditEntry>> EntriesAsync()
    {
        await using var db = TestContexts.Open(database);
        return await db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync();
    }

    protected async Task<AuditVerification> VerifyAsync()
    {
        await using var db = TestContexts.Open(database);
        return await new AuditChainService(db, new DecisionIntegrityService(db), new AuditLog(db, Clock), NullLogger<AuditChainService>.Instance).VerifyAsync();
    }

    [Fact]
    public async Task Commit_IsRefusedUntilRolledBack_WhenChainingAtCommitFailed()
    {
        await using var db = TestContexts.Open(database);
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            new AuditLog(db, Clock).Record("alice", "user.lock", "user:in-doubt");
            await db.SaveChangesAsync();

            // The chaining fails (here: cancelled before it reads the head); the transaction itself is still open.
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => transaction.CommitAsync(new CancellationToken(canceled: true)));
            Assert.Empty(db.ChangeTracker.Entries<AuditEntry>());
            // A second try would commit the row without its place in the chain: refused.
            await Assert.ThrowsAsync<InvalidOperationException>(() => transaction.CommitAsync());
        }
        Assert.Empty(await EntriesAsync());

        await using (var next = await db.Database.BeginTransactionAsync())
        {
            new AuditLog(db, Clock).Record("alice", "user.unlock", "user:next");
            await db.SaveChangesAsync();
            await next.CommitAsync();
        }
        var entry = Assert.Single(await EntriesAsync());
        Assert.Equal("user:next", entry.Subject);
        Assert.Equal(1L, entry.Sequence);
        Assert.True((await VerifyAsync()).Intact);
    }
}

public sealed class SqliteAuditChainCommitTests() : AuditChainCommitTests(DatabaseProvider.Sqlite);

public sealed class PostgresAuditChainCommitTests() : AuditChainCommitTests(DatabaseProvider.Postgres)
{
    /// <summary>
    /// A save without a transaction takes its row locks first and the chain lock at its commit, as a caller's
    /// transaction does: when that transaction holds the row, the save waits for it instead of holding the chain lock
    /// the transaction needs to commit (which PostgreSQL would end as a deadlock).
    /// </summary>
    [Fact]
    public async Task ASaveWithoutTransaction_QueuesBehindATransactionHoldingItsRow_WithoutDeadlock()
    {
        await using (var seed = TestContexts.Open(Database))
        {
            seed.SavedTodoFilters.Add(new SavedTodoFilter { Id = Guid.NewGuid(), UserName = "alice", Name = "本周到期", Query = "due=week", CreatedAtUtc = DateTime.UtcNow });
            await seed.SaveChangesAsync();
        }
        await using var first = TestContexts.Open(Database);
        await using var transaction = await first.Database.BeginTransactionAsync();
        (await first.SavedTodoFilters.SingleAsync()).Query = "due=today";
        new AuditLog(first, Clock).Record("first", "user.lock", "user:first");
        await first.SaveChangesAsync();

        await using var second = TestContexts.Open(Database);
        (await second.SavedTodoFilters.SingleAsync()).Query = "due=month";
        new AuditLog(second, Clock).Record("second", "user.lock", "user:second");
        var secondSave = second.SaveChangesAsync();
        await UntilABackendWaitsForALockAsync();
        await transaction.CommitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        await secondSave.WaitAsync(TimeSpan.FromSeconds(60));

        var entries = await EntriesAsync();
        Assert.Equal(["first", "second"], entries.Select(e => e.Actor));
        Assert.Equal([1L, 2], entries.Select(e => e.Sequence!.Value));
        Assert.True((await VerifyAsync()).Intact);
        await using var check = TestContexts.Open(Database);
        Assert.Equal("due=month", (await check.SavedTodoFilters.AsNoTracking().SingleAsync()).Query);
    }

    private async Task UntilABackendWaitsForALockAsync()
    {
        await using var probe = TestContexts.Open(Database);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var waiting = await probe.Database.SqlQueryRaw<int>(
                "SELECT count(*)::int AS \"Value\" FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'").ToListAsync();
            if (waiting[0] > 0)
            {
                return;
            }
            Assert.True(DateTime.UtcNow < deadline, "the second save never waited for the first transaction's row lock");
            await Task.Delay(20);
        }
    }
}
