using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Persistence.Workflows;
using TaskAdmission.Application.Workflows;
using TaskAdmission.Core.Security;
using TaskAdmission.Testing;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Application.Tests.Workflows;

/// <summary>
/// The journal is stored one page per command (wf_journal_pages): the store gives the entries back as they were
/// written, the wf_journal view shows them as rows for SQL readers, and the migration carried the entries written
/// before it over unchanged.
/// </summary>
public abstract class JournalPagesTests(DatabaseProvider provider, string previousMigration) : IAsyncLifetime
{
    private static readonly DateTimeOffset At = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);
    private TestDatabase database = default!;

    public async Task InitializeAsync() => database = await TestDatabase.CreateAsync(provider, "journalpages");

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task EntriesWrittenBeforeTheMigration_AreReadBackUnchanged_AndShowInTheView()
    {
        var instance = Guid.NewGuid();
        var first = Guid.NewGuid();
        var second = Guid.NewGuid();
        var task = Guid.NewGuid();
        await using (var db = TestContexts.Open(database))
        {
            await db.GetService<IMigrator>().MigrateAsync(previousMigration);
            await db.Database.ExecuteSqlRawAsync(
                """INSERT INTO wf_instances ("Id", "ProcessId", "DefinitionVersion", "Status", "Version", "StartedAtUtc", "HasOpenIncidents", "StateJson") VALUES ({0}, 'p', 1, 'Running', 2, {1}, FALSE, '{{}}')""",
                Id(instance), Time(At));
            await db.Database.ExecuteSqlRawAsync(
                """
                INSERT INTO wf_journal ("Id", "InstanceId", "Sequence", "AtUtc", "Kind", "ElementId", "TaskId", "Actor", "Comment", "Outcome", "VariablesJson", "Detail")
                VALUES ({0}, {1}, 1, {2}, 'InstanceStarted', NULL, NULL, 'li.si', NULL, NULL, '{{"a":1}}', NULL),
                       ({3}, {1}, 2, {4}, 'TaskCompleted', 'review', {5}, 'wang.wu', '同意', 'approve', NULL, 'by hand')
                """,
                Id(first), Id(instance), Time(At), Id(second), Time(At.AddMinutes(5)), Id(task));
            await db.Database.MigrateAsync();
        }

        await using var after = TestContexts.Open(database);
        var journal = await new EfWorkflowStore(after).GetJournalAsync(instance);

        Assert.Equal(
            [
                new JournalEntry { Id = first, InstanceId = instance, Sequence = 1, At = At, Kind = JournalEntryKind.InstanceStarted, Actor = "li.si", VariablesJson = """{"a":1}""" },
                new JournalEntry
                {
                    Id = second, InstanceId = instance, Sequence = 2, At = At.AddMinutes(5), Kind = JournalEntryKind.TaskCompleted, ElementId = "review",
                    TaskId = task, Actor = "wang.wu", Comment = "同意", Outcome = "approve", Detail = "by hand",
                },
            ],
            journal);
        Assert.Equal(["1 InstanceStarted li.si", "2 TaskCompleted wang.wu"], await ViewAsync(after, instance));
    }

    [Fact]
    public async Task ACommandsEntries_AreOnePage_ReadBackInOrder_AndShowInTheView()
    {
        await using var db = TestContexts.Open(database);
        await db.Database.MigrateAsync();
        var store = new EfWorkflowStore(db);
        var instance = Guid.NewGuid();
        JournalEntry Entry(long sequence, JournalEntryKind kind, string? element) => new()
        {
            Id = Guid.CreateVersion7(), InstanceId = instance, Sequence = sequence, At = At, Kind = kind, ElementId = element, Actor = "li.si",
        };

        await store.CommitAsync(new WorkflowChangeSet
        {
            ExpectedVersion = 0,
            Instance = new InstanceSnapshot
            {
                Id = instance, ProcessId = "p", DefinitionVersion = 1, Status = InstanceStatus.Running, Version = 1, StartedAt = At, StateJson = "{}",
            },
            Journal = [Entry(1, JournalEntryKind.InstanceStarted, null), Entry(2, JournalEntryKind.ElementEntered, "start"), Entry(3, JournalEntryKind.ElementCompleted, "start")],
        });

        Assert.Equal(1, await db.WorkflowJournalPages.CountAsync(p => p.InstanceId == instance));
        Assert.Equal([1L, 2, 3], (await store.GetJournalAsync(instance)).Select(e => e.Sequence));
        Assert.Equal(["1 InstanceStarted li.si", "2 ElementEntered li.si", "3 ElementCompleted li.si"], await ViewAsync(db, instance));
        // The view speaks each provider's own forms, so it joins and compares with the other tables.
        var first = (await store.GetJournalAsync(instance))[0];
        var at = provider == DatabaseProvider.Postgres ? """CAST(("AtUtc" AT TIME ZONE 'UTC') AS TEXT)""" : "\"AtUtc\"";
        var sql = $$"""SELECT CAST("Id" AS TEXT) || '|' || {{at}} AS "Value" FROM wf_journal WHERE "InstanceId" = {0} AND "Sequence" = 1""";
        var viewed = await db.Database.SqlQueryRaw<string>(sql, Id(instance)).SingleAsync();
        Assert.Equal(provider == DatabaseProvider.Postgres ? $"{first.Id}|2026-11-30 08:00:00" : $"{Id(first.Id)}|{Time(At)}", viewed);
    }

    private static async Task<List<string>> ViewAsync(AppDbContext db, Guid instance)
    {
        var id = Id(db.Database.IsNpgsql(), instance);
        return await db.Database.SqlQueryRaw<string>(
            """SELECT CAST("Sequence" AS TEXT) || ' ' || "Kind" || ' ' || "Actor" AS "Value" FROM wf_journal WHERE "InstanceId" = {0} ORDER BY "Sequence" """, id)
            .ToListAsync();
    }

    // SQLite keeps ids and times as EF Core writes them: upper-case text and 'yyyy-MM-dd HH:mm:ss.FFFFFFF'.
    private object Id(Guid id) => Id(provider == DatabaseProvider.Postgres, id);

    private static object Id(bool postgres, Guid id) => postgres ? id : id.ToString().ToUpperInvariant();

    private object Time(DateTimeOffset at) => provider == DatabaseProvider.Postgres ? at.UtcDateTime : at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF");
}

public sealed class SqliteJournalPagesTests() : JournalPagesTests(DatabaseProvider.Sqlite, "20261122041743_Villages");

public sealed class PostgresJournalPagesTests() : JournalPagesTests(DatabaseProvider.Postgres, "20261130150000_WorkflowWritePath");
