using Microsoft.EntityFrameworkCore;
using Npgsql;
using TaskAdmission.Application;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Testing;
using TaskAdmission.Testing.Villages;
using TaskAdmission.Web.Cli;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Web.Tests.Platform;

/// <summary>
/// The runbook of docs/operations.md, run for real: back up a live app, restore into a fresh database, start the app on
/// it, and find every instance, timer and village inbox as it was — and keep working.
/// </summary>
public sealed class BackupRestoreTests
{
    [Fact]
    public async Task Sqlite_BackupVerbWhileTheAppRuns_RestoresEveryInstanceTimerAndInbox()
    {
        var source = new SqliteTestApp();
        await source.InitializeAsync();
        var folder = Directory.CreateTempSubdirectory("ta-backup-").FullName;
        try
        {
            var work = await MakeWorkAsync(source);
            var before = await CountsAsync(source);
            var file = Path.Combine(folder, "taskadmission-backup.db");
            var output = new StringWriter();
            var error = new StringWriter();

            var exit = await OperatorCommandLine.RunAsync(
                ["backup", "--to", file, "--Database:Provider=Sqlite", $"--ConnectionStrings:Default={source.ConnectionString}", "--Logging:LogLevel:Default=Warning"], output, error);

            Assert.True(exit == 0, error.ToString());
            Assert.Contains("integrity check ok", output.ToString());
            await AssertRestoredAsync(new TestApp(DatabaseProvider.Sqlite, $"Data Source={file}"), before, work);
        }
        finally
        {
            await source.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    [Fact]
    public async Task Postgres_PgDumpAndPgRestore_IntoAFreshDatabase_RestoresEveryInstanceTimerAndInbox()
    {
        var source = new PostgresTestApp();
        await source.InitializeAsync();
        var folder = Directory.CreateTempSubdirectory("ta-pgdump-").FullName;
        try
        {
            var work = await MakeWorkAsync(source);
            var before = await CountsAsync(source);
            var dump = Path.Combine(folder, "taskadmission.dump");
            await PostgresTools.RunAsync("pg_dump", source.ConnectionString, "--format=custom", "--file", dump);
            var fresh = await PostgresServer.CreateDatabaseAsync("restored");
            await PostgresTools.RunAsync("pg_restore", fresh, "--no-owner", "--exit-on-error", "--dbname", new NpgsqlConnectionStringBuilder(fresh).Database!, dump);

            await AssertRestoredAsync(new TestApp(DatabaseProvider.Postgres, fresh), before, work);
        }
        finally
        {
            await source.DisposeAsync();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    /// <summary>Admitted work in 石桥村's inbox, a submission waiting for the township (an open task with its timers).</summary>
    private static async Task<(Submission Admitted, Submission Waiting)> MakeWorkAsync(TestApp app)
    {
        var scenario = new VillageScenario(app.Services);
        var admitted = await scenario.AdmittedAsync("备份前已派发", VillageScenario.Shiqiao);
        var waiting = await scenario.SubmitAsync("备份前待审核", VillageScenario.ShiqiaoVillage);
        return (admitted, waiting);
    }

    private sealed record Counts(int Running, int Completed, int OpenTasks, int PendingTimers, int Assignments, int Decisions);

    private static Task<Counts> CountsAsync(TestApp app) => app.WithScopeAsync<AppDbContext, Counts>(async db => new Counts(
        await db.WorkflowInstances.CountAsync(i => i.Status == InstanceStatus.Running),
        await db.WorkflowInstances.CountAsync(i => i.Status == InstanceStatus.Completed),
        await db.WorkflowTasks.CountAsync(t => t.Status == UserTaskStatus.Open),
        await db.WorkflowTimers.CountAsync(t => t.Status == TimerStatus.Pending),
        await db.Assignments.CountAsync(),
        await db.Decisions.CountAsync()));

    private static async Task AssertRestoredAsync(TestApp restored, Counts before, (Submission Admitted, Submission Waiting) work)
    {
        await restored.InitializeAsync();
        try
        {
            Assert.True(before.Running > 0 && before.OpenTasks > 0 && before.Assignments > 0, $"nothing to restore: {before}");
            Assert.Equal(before, await CountsAsync(restored));

            // 石桥村 signs in on the restored app (its password hash came back too) and finds its work.
            var village = await restored.SignedInClientAsync("village");
            Assert.Contains(work.Admitted.Title, await VillageInbox.TitlesAsync(village));

            // The waiting submission carries on where it stopped.
            var scenario = new VillageScenario(restored.Services);
            await scenario.DecideAsync(work.Waiting.Id, VillageScenario.Shiqiao, DecisionKind.Admit);
            Assert.Equal(SubmissionStatus.Admitted, (await scenario.ReloadAsync(work.Waiting.Id)).Status);
        }
        finally
        {
            await restored.DisposeAsync();
        }
    }
}
