using Microsoft.EntityFrameworkCore;
using Npgsql;
using TaskAdmission.Application;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Testing;
using TaskAdmission.Testing.Villages;

namespace TaskAdmission.Web.Tests.Platform;

/// <summary>
/// An upgrade as an operator does it: the database of the previous release (Fixtures/release-2026-12-01.sql, a
/// pg_dump made by that release with work in flight), the new release started on it (migrations at start), and the
/// work in flight carries on. Regenerate the fixture at each release from the release before (docs/operations.md).
/// </summary>
public sealed class UpgradeTests
{
    private const string Fixture = "release-2026-12-01.sql";
    private const string Dispatched = "升级前已派发的走访任务";
    private const string Waiting = "升级前待镇审核的任务";

    [Fact]
    public async Task NewRelease_StartedOnThePreviousReleasesDatabase_KeepsEveryInstanceAndCarriesOn()
    {
        var database = await PostgresServer.CreateDatabaseAsync("upgrade");
        await PostgresTools.RunAsync("psql", database, "-v", "ON_ERROR_STOP=1", "--quiet", "--file",
            Path.Combine(AppContext.BaseDirectory, "Platform", "Fixtures", Fixture));
        var before = await CountsAsync(database);
        Assert.True(before.Running > 0 && before.OpenTasks > 0 && before.Assignments > 0, $"the fixture holds no work in flight: {before}");

        var app = new TestApp(DatabaseProvider.Postgres, database);
        await app.InitializeAsync();
        try
        {
            var pending = await app.WithScopeAsync<AppDbContext, int>(async db => (await db.Database.GetPendingMigrationsAsync()).Count());
            Assert.Equal(0, pending);
            Assert.Equal(before, await CountsAsync(database));

            var village = await app.SignedInClientAsync("village");
            Assert.Contains(Dispatched, await VillageInbox.TitlesAsync(village));

            var waiting = await app.WithScopeAsync<AppDbContext, Guid>(db => db.Submissions.Where(s => s.Title == Waiting).Select(s => s.Id).SingleAsync());
            var scenario = new VillageScenario(app.Services);
            await scenario.DecideAsync(waiting, VillageScenario.Shiqiao, DecisionKind.Admit);
            Assert.Equal(SubmissionStatus.Admitted, (await scenario.ReloadAsync(waiting)).Status);
        }
        finally
        {
            await app.DisposeAsync();
        }
    }

    private sealed record Counts(long Running, long OpenTasks, long PendingTimers, long Assignments, long Decisions);

    /// <summary>Plain SQL over the tables both releases have, so the same query reads the old and the upgraded schema.</summary>
    private static async Task<Counts> CountsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        async Task<long> Count(string sql)
        {
            await using var command = new NpgsqlCommand(sql, connection);
            return (long)(await command.ExecuteScalarAsync())!;
        }

        return new Counts(
            await Count("""SELECT count(*) FROM wf_instances WHERE "Status" = 'Running'"""),
            await Count("""SELECT count(*) FROM wf_user_tasks WHERE "Status" = 'Open'"""),
            await Count("""SELECT count(*) FROM wf_timers WHERE "Status" = 'Pending'"""),
            await Count("SELECT count(*) FROM assignments"),
            await Count("SELECT count(*) FROM decisions"));
    }
}
