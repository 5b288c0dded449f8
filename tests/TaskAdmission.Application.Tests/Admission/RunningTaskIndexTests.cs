using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using TaskAdmission.Application.Admission;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Villages.Caching;
using TaskAdmission.Application.Villages.Revocations;
using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Villages;
using TaskAdmission.Testing;
using TaskAdmission.Testing.Villages;

namespace TaskAdmission.Application.Tests.Admission;

/// <summary>
/// The pre-check's running-task index answers exactly what the running-task statement answers — the same tasks, the
/// same department names, demand kinds, fields and shared-village counts, a village each that the task is admitted in
/// and the check targets — across admission, partial admission, revocation of a township's villages, a changed end
/// date, status or demand, by this process at once after its own commit and after another connection's change (as
/// another node writes) once its notification has arrived; and it does not answer (the statement does) while the
/// listener is not live or inside a transaction.
/// </summary>
public sealed class RunningTaskIndexTests(PostgresApplicationHost app) : IClassFixture<PostgresApplicationHost>
{
    private readonly VillageScenario scenario = new(app.Services);
    private readonly VillageInboxCache feed = app.Services.GetRequiredService<VillageInboxCache>();
    private readonly RunningTaskIndex index = app.Services.GetRequiredService<RunningTaskIndex>();

    private static readonly string[] Both = [VillageScenario.Shiqiao, VillageScenario.Hewan];

    [Fact]
    public async Task Admission_IsSeenByTheNextPrecheck_AtOnce_AsTheStatementSeesIt()
    {
        await LiveAsync();
        var before = await CompareAsync(Both);
        var refreshes = index.Refreshes + index.FullLoads;

        var admitted = await scenario.AdmittedAsync("索引准入走访", VillageScenario.Shiqiao);

        // Read-your-writes on this node: no wait for the notification.
        var after = await CompareAsync(Both);
        Assert.DoesNotContain(admitted.Id, before);
        Assert.Contains(admitted.Id, after);
        Assert.DoesNotContain(admitted.Id, await CompareAsync([VillageScenario.Hewan]));
        Assert.True(index.Refreshes + index.FullLoads > refreshes, "the index answered without reading the change");
    }

    [Fact]
    public async Task PartialAdmission_AndRevocationOfATownshipsVillages_AreSeenAsTheStatementSeesThem()
    {
        await LiveAsync();
        var submission = await scenario.SubmitAsync("索引部分准入", Both);
        await scenario.DecideAsync(submission.Id, VillageScenario.Shiqiao, DecisionKind.Admit);
        await scenario.DecideAsync(submission.Id, VillageScenario.Hewan, DecisionKind.Reject, "本镇不具备条件,不同意");
        Assert.Equal(SubmissionStatus.PartiallyAdmitted, (await scenario.ReloadAsync(submission.Id)).Status);

        Assert.Contains(submission.Id, await CompareAsync([VillageScenario.Shiqiao]));
        Assert.DoesNotContain(submission.Id, await CompareAsync([VillageScenario.Hewan]));
        var village = Assert.Single(await FoundAsync(Both), m => m.Task.Id == submission.Id).Village;
        Assert.StartsWith("9901001", village, StringComparison.Ordinal);

        await scenario.WithAsync<RevocationService, Revocation>(r =>
            r.RevokeAsync(submission.Id, RevocationReason.VillagersDoNotAccept, "村民代表会议不同意", VillageScenario.Township(VillageScenario.Shiqiao)));

        Assert.DoesNotContain(submission.Id, await CompareAsync(Both));
    }

    [Fact]
    public async Task ChangesFromAnotherConnection_ReachTheIndex_OnceTheirNotificationArrives()
    {
        await LiveAsync();
        var task = await scenario.AdmittedAsync("索引外节点走访", VillageScenario.Shiqiao);
        var request = await RequestAsync(Both);
        Assert.Contains(task.Id, await CompareAsync(Both));

        // A field both collect: the shared villages are counted (every village of 石桥镇, where it was admitted).
        var shiqiao = (await CodesAsync([VillageScenario.Shiqiao])).Count;
        await ExecuteAsync("""UPDATE submissions SET "CollectedFields" = '姓名;身份证号' WHERE "Id" = @id""", task.Id);
        await UntilAgreedAsync(Both, ["姓名"], found => found.Any(t => t.Id == task.Id && t.SharedVillages == shiqiao && t.Fields.Contains("身份证号")), "the changed fields");

        await ExecuteAsync("""UPDATE submission_demands SET "Kind" = 'Report' WHERE "SubmissionId" = @id""", task.Id);
        await UntilAgreedAsync(Both, [], found => found.Any(t => t.Id == task.Id && t.Demands == Core.Lists.DemandKind.Report), "the changed demand kind");

        await ExecuteAsync($"""UPDATE submission_villages SET "Admitted" = false WHERE "SubmissionId" = @id AND "VillageCode" = '{VillageScenario.ShiqiaoVillage}'""", task.Id);
        await UntilAgreedAsync([VillageScenario.ShiqiaoVillage], [], found => found.All(t => t.Id != task.Id), "a village no longer admitted");
        Assert.Contains(task.Id, await CompareAsync(Both));

        await ExecuteAsync($"""UPDATE submissions SET "EndDate" = DATE '{request.StartDate.AddDays(-1):yyyy-MM-dd}' WHERE "Id" = @id""", task.Id);
        await UntilAgreedAsync(Both, [], found => found.All(t => t.Id != task.Id), "an end date before the start");

        await ExecuteAsync($"""UPDATE submissions SET "EndDate" = DATE '{request.StartDate.AddDays(30):yyyy-MM-dd}' WHERE "Id" = @id""", task.Id);
        await UntilAgreedAsync(Both, [], found => found.Any(t => t.Id == task.Id), "an end date moved back after the start");

        await ExecuteAsync("""UPDATE submissions SET "Status" = 'Revoked' WHERE "Id" = @id""", task.Id);
        await UntilAgreedAsync(Both, [], found => found.All(t => t.Id != task.Id), "a revoked status");
    }

    [Fact]
    public async Task AdmissionByAnotherConnection_ReachesTheIndex()
    {
        await LiveAsync();
        var submission = await scenario.SubmitAsync("索引外节点准入", VillageScenario.Hewan);
        Assert.DoesNotContain(submission.Id, await CompareAsync(Both));

        // What another node's admission writes: the villages admitted, then the status, in one transaction.
        await ExecuteAsync("""
            UPDATE submission_villages SET "Admitted" = true WHERE "SubmissionId" = @id;
            UPDATE submissions SET "Status" = 'Admitted' WHERE "Id" = @id
            """, submission.Id, rows: -1);

        await UntilAgreedAsync(Both, [], found => found.Any(t => t.Id == submission.Id), "another node's admission");
        Assert.DoesNotContain(submission.Id, await CompareAsync([VillageScenario.Shiqiao]));
    }

    [Fact]
    public async Task NewVillage_AdmittedAfterTheIndexWasRead_IsNamedAsTheStatementNamesIt()
    {
        await LiveAsync();
        await CompareAsync(Both);
        const string village = "990100100977";
        Assert.True(await scenario.WithAsync<Organisation.OrganisationService, bool>(async o =>
            (await o.ImportUnitsAsync(new StringReader($"code,parent_code,kind,name_zh,name_en\n{village},{VillageScenario.Shiqiao},Village,索引新村,Index New Village\n"),
                Core.Security.Actor.SystemAdministrator("running-task-index-test"))).Ok));

        var task = await scenario.AdmittedAsync("索引新村走访", VillageScenario.Shiqiao);

        // The only target is the new village: the index gave it an ordinal when it re-read the task.
        Assert.Contains(task.Id, await CompareAsync([village]));
        Assert.Equal(village, Assert.Single(await FoundAsync([village]), m => m.Task.Id == task.Id).Village);
    }

    [Fact]
    public async Task WithoutALiveListener_OrInsideATransaction_TheStatementAnswers()
    {
        await LiveAsync();
        var task = await scenario.AdmittedAsync("索引断线走访", VillageScenario.Shiqiao);
        Assert.Contains(task.Id, await CompareAsync(Both));
        var request = await RequestAsync(Both);
        var codes = await CodesAsync(Both);

        await scenario.WithAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            await using var tx = await db.Database.BeginTransactionAsync();
            Assert.Null(await index.FindAsync(db, codes, request.StartDate, null, null, 500));
        });

        await using (var conn = await OpenAsync())
        {
            await using var kill = new NpgsqlCommand(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = @name AND datname = current_database()", conn);
            kill.Parameters.AddWithValue("name", VillageInboxListener.ApplicationName);
            Assert.Equal(1L, await kill.ExecuteScalarAsync());
        }
        Assert.True(await Eventually.TrueAsync(() => Task.FromResult(!feed.IsLive)), "the listener stayed live after its connection was cut");

        // Nobody listens: this change reaches no node, so only the statement can see it.
        await ExecuteAsync("""UPDATE submissions SET "Status" = 'Revoked' WHERE "Id" = @id""", task.Id);
        var (found, shown) = await scenario.WithAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var found = await index.FindAsync(db, codes, request.StartDate, null, null, 500);
            var context = await sp.GetRequiredService<PrecheckService>().BuildContextAsync(request, null, default);
            return (found, context.ActiveTasks.Select(t => t.Id).ToList());
        });
        Assert.False(feed.IsLive, "the listener reconnected before the check; the test proves nothing");
        Assert.Null(found);
        Assert.DoesNotContain(task.Id, shown);

        await LiveAsync();
        Assert.DoesNotContain(task.Id, await CompareAsync(Both));
    }

    private async Task LiveAsync() =>
        Assert.True(await Eventually.TrueAsync(() => Task.FromResult(feed.IsLive)), "the notification listener is not connected: the index does not answer, the test would prove nothing");

    /// <summary>Polls until the index answers as the statement does and <paramref name="seen"/> holds of its answer.</summary>
    private async Task UntilAgreedAsync(string[] targets, string[] fields, Func<IReadOnlyList<ActiveTask>, bool> seen, string what)
    {
        var last = "";
        Assert.True(await Eventually.TrueAsync(async () =>
        {
            var (viaIndex, viaStatement) = await BothAsync(targets, fields);
            last = $"index:\n{Describe(viaIndex)}\nstatement:\n{Describe(viaStatement)}";
            return seen(viaIndex) && Describe(viaIndex) == Describe(viaStatement);
        }), $"the index never saw {what}; last\n{last}");
        await CompareAsync(targets, fields);
    }

    /// <summary>
    /// The running tasks a pre-check of <paramref name="targets"/> finds, asserting the index answered and answered as
    /// the statement does, and that each village it names is a target the task is admitted in.
    /// </summary>
    private async Task<List<Guid>> CompareAsync(string[] targets, string[]? fields = null)
    {
        var (viaIndex, viaStatement) = await BothAsync(targets, fields ?? []);
        Assert.Equal(Describe(viaStatement), Describe(viaIndex));
        var codes = await CodesAsync(targets);
        foreach (var task in viaIndex)
        {
            var village = Assert.Single(task.VillageCodes);
            Assert.Contains(village, codes);
            Assert.True(await scenario.WithAsync<AppDbContext, bool>(db =>
                db.SubmissionVillages.AnyAsync(v => v.SubmissionId == task.Id && v.VillageCode == village && v.Admitted)), $"{task.Title}: {village} is not admitted");
        }
        return [.. viaIndex.Select(t => t.Id)];
    }

    private async Task<(IReadOnlyList<ActiveTask> Index, IReadOnlyList<ActiveTask> Statement)> BothAsync(string[] targets, string[] fields)
    {
        var request = (await RequestAsync(targets)) with { CollectedFields = fields };
        return await scenario.WithAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var prechecker = sp.GetRequiredService<PrecheckService>();
            var dictionary = await sp.GetRequiredService<PrecheckReadCache>().DictionaryAsync(db);
            var context = await prechecker.BuildContextAsync(request, null, default);
            var codes = context.Villages.Select(v => v.VillageCode).ToList();
            Assert.NotNull(await index.FindAsync(db, codes, request.StartDate, null, null, 500));
            var viaIndex = await prechecker.ActiveTasksAsync(context.Villages, request, dictionary, null, null, default);
            var viaStatement = await prechecker.StatementAsync(codes, request, dictionary, null, null, default);
            return (viaIndex, viaStatement);
        });
    }

    private async Task<IReadOnlyList<RunningTaskIndex.Match>> FoundAsync(string[] targets)
    {
        var request = await RequestAsync(targets);
        var codes = await CodesAsync(targets);
        return await scenario.WithAsync(async sp =>
            (await index.FindAsync(sp.GetRequiredService<AppDbContext>(), codes, request.StartDate, null, null, 500))!);
    }

    private async Task<PrecheckRequest> RequestAsync(string[] targets) => VillageScenario.Input(await scenario.TodayAsync(), "索引对照走访", targets).Request;

    /// <summary>The villages under these townships (as the pre-check expands them).</summary>
    private Task<List<string>> CodesAsync(string[] targets) =>
        scenario.WithAsync(async sp =>
        {
            var org = await sp.GetRequiredService<OrgDirectoryCache>().GetAsync(sp.GetRequiredService<AppDbContext>());
            return (List<string>)[.. org.PlacesUnder(targets).Select(p => p.Village.Code)];
        });

    /// <summary>Everything a pre-check shows of the running tasks, but the village named (any admitted target may be).</summary>
    private static string Describe(IReadOnlyList<ActiveTask> tasks) =>
        string.Join("\n", tasks.OrderBy(t => t.Id).Select(t =>
            $"{t.Id} {t.Number} {t.Title} {t.DepartmentCode} {t.DepartmentNameZh} {t.DepartmentNameEn} {t.Demands} [{string.Join(';', t.Fields)}] {t.SharedVillages} {t.VillageCodes.Count}"));

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connectionString = await scenario.WithAsync<AppDbContext, string>(db => Task.FromResult(db.Database.GetConnectionString()!));
        var conn = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await conn.OpenAsync();
        return conn;
    }

    private async Task ExecuteAsync(string sql, Guid id, int rows = 1)
    {
        await using var conn = await OpenAsync();
        await using var command = new NpgsqlCommand(sql, conn);
        command.Parameters.AddWithValue("id", id);
        var changed = await command.ExecuteNonQueryAsync();
        if (rows >= 0)
        {
            Assert.Equal(rows, changed);
        }
    }
}
