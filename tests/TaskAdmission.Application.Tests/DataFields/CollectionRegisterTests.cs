using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TaskAdmission.Application.Admission;
using TaskAdmission.Application.DataFields;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Tests.Burden;
using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Burden;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Lists;
using TaskAdmission.Core.Security;
using TaskAdmission.Testing.Villages;

namespace TaskAdmission.Application.Tests.DataFields;

/// <summary>
/// Collect once, use many on a real database: the register of fields of running tasks and its scope, the overlap across
/// departments and what reuse would save, a declared reuse kept off the ledger (which still equals a recount), and the
/// refusals of a bad declaration (nothing stored).
/// </summary>
public abstract class CollectionRegisterTests(BurdenLedgerHost host)
{
    private static readonly DemandRequest[] MonthlyReportAndMeeting = [new(DemandKind.Report, 1, DemandPeriod.Month), new(DemandKind.Meeting, 1, DemandPeriod.Quarter)];
    private readonly LedgerWork work = new(host);

    private Task<CollectionRegister> RegisterAsync(Actor actor, string? unit = null) =>
        work.WithAsync(sp => sp.GetRequiredService<CollectionRegisterService>().RegisterAsync(actor, unit));

    [Fact]
    public async Task Register_ListsTheFieldsOfRunningTasks_ScopedLikeTheDashboard_WithOverlapsAndSavings()
    {
        var today = await work.TodayAsync();
        var (mz, _) = await work.DispatchAsync("CITY-MZ", [new(DemandKind.Survey, 1, DemandPeriod.Quarter)], today, today.AddDays(300),
            ["姓名", "公民身份号码", "家庭住址"], null, VillageScenario.Shiqiao, VillageScenario.Hewan);
        var (wj, _) = await work.DispatchAsync("CITY-WJ", MonthlyReportAndMeeting, today.AddDays(5), today.AddDays(300),
            ["公民身份号码", "联系电话"], null, VillageScenario.Shiqiao);

        var shiqiao = await RegisterAsync(VillageScenario.Township(VillageScenario.Shiqiao));
        var villagesOfShiqiao = shiqiao.Tasks.Single(t => t.Task.SubmissionId == mz).Villages;

        Assert.Equal(villagesOfShiqiao, shiqiao.Tasks.Single(t => t.Task.SubmissionId == wj).Villages);
        var overlap = Assert.Single(shiqiao.Overlaps, o => o.Field == "公民身份号码");
        Assert.Equal(["CITY-MZ", "CITY-WJ"], overlap.DepartmentCodes);
        Assert.Equal(villagesOfShiqiao, overlap.Villages);
        var saving = Assert.Single(shiqiao.Savings, s => s.Task.SubmissionId == wj);
        Assert.Equal((mz, villagesOfShiqiao), (saving.Source.SubmissionId, saving.Villages));
        Assert.True(saving.Submissions > 0);

        // 河湾 has only 民政's task: nothing overlaps there; a village sees itself; another township's unit is not found.
        var hewan = await RegisterAsync(VillageScenario.Township(VillageScenario.Hewan));
        Assert.DoesNotContain(hewan.Tasks, t => t.Task.SubmissionId == wj);
        Assert.DoesNotContain(hewan.Overlaps, o => o.Field == "公民身份号码");
        Assert.All((await RegisterAsync(VillageScenario.Village(VillageScenario.ShiqiaoVillage))).Tasks, t => Assert.Equal(1, t.Villages));
        var refusal = await Assert.ThrowsAsync<RefusalException>(() => RegisterAsync(VillageScenario.Township(VillageScenario.Hewan), VillageScenario.ShiqiaoVillage));
        Assert.Equal(RefusalKind.NotFound, refusal.Kind);
        await Assert.ThrowsAsync<RefusalException>(() => RegisterAsync(VillageScenario.Submitter));
    }

    [Fact]
    public async Task Reuse_KeepsTheCollectingDemandsOffTheLedger_WhereTheReusedTaskRuns_AndTheLedgerEqualsARecount()
    {
        var today = await work.TodayAsync();
        var (source, _) = await work.DispatchAsync("CITY-MZ", [new(DemandKind.Survey, 1, DemandPeriod.Quarter)], today, today.AddDays(300),
            ["房屋结构"], null, VillageScenario.Liulin);
        var (reusing, _) = await work.DispatchAsync("CITY-GA", MonthlyReportAndMeeting, today, today.AddDays(300),
            ["房屋结构"], source, VillageScenario.Liulin, VillageScenario.Hewan);

        var (rows, reused) = await work.WithAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var assignments = await db.Assignments.AsNoTracking().Where(a => a.SubmissionId == reusing).ToListAsync();
            var ledger = await db.BurdenLedger.AsNoTracking().Where(r => r.DepartmentCode == "CITY-GA" && r.Source == BurdenSource.Admitted).ToListAsync();
            return (ledger, assignments.ToDictionary(a => a.VillageCode, a => (a.TownshipCode, a.CollectionReused)));
        });

        Assert.All(reused.Values, a => Assert.Equal(a.TownshipCode == VillageScenario.Liulin, a.CollectionReused));
        // In 柳林 the reports are 民政's collection reused: only the meetings count. In 河湾 both count.
        Assert.DoesNotContain(rows, r => r.TownshipCode == VillageScenario.Liulin && r.Kind == DemandKind.Report && !r.Counts.IsZero);
        Assert.Contains(rows, r => r.TownshipCode == VillageScenario.Liulin && r.Kind == DemandKind.Meeting && !r.Counts.IsZero);
        Assert.Contains(rows, r => r.TownshipCode == VillageScenario.Hewan && r.Kind == DemandKind.Report && !r.Counts.IsZero);

        // Closing the reused task later changes nothing already decided: the ledger still equals a recount after closing both.
        var open = (await work.OpenAssignmentsAsync()).Where(a => a.SubmissionId == reusing || a.SubmissionId == source).Take(3).ToList();
        foreach (var assignment in open)
        {
            await work.CompleteAsync(assignment);
        }
        var (kept, recounted) = await work.CompareAsync();
        Assert.Equal(recounted, kept);

        var liulin = await RegisterAsync(VillageScenario.Township(VillageScenario.Liulin));
        var row = Assert.Single(liulin.Tasks, t => t.Task.SubmissionId == reusing);
        Assert.Equal(source, row.Reuses?.SubmissionId);
        Assert.DoesNotContain(liulin.Savings, s => s.Task.SubmissionId == reusing);
    }

    [Fact]
    public async Task Create_StoresDictionaryNames_AndRefusesABadReuse_StoringNothing()
    {
        var today = await work.TodayAsync();
        var (liulinOnly, _) = await work.DispatchAsync("CITY-NY", [new(DemandKind.Report, 1, DemandPeriod.Quarter)], today, today.AddDays(300),
            ["耕地面积"], null, VillageScenario.Liulin);
        var (shiqiaoTask, _) = await work.DispatchAsync("CITY-NY", [new(DemandKind.Report, 1, DemandPeriod.Quarter)], today, today.AddDays(300),
            ["耕地面积"], null, VillageScenario.Shiqiao);
        var input = VillageScenario.Input(today, "困难群众信息核对", [VillageScenario.Shiqiao]);
        SubmissionInput With(IReadOnlyList<string> fields, Guid? reuses) => input with { Request = input.Request with { CollectedFields = fields, ReusesSubmissionId = reuses } };
        var before = await CountAsync();

        async Task<FieldProblem> RefusedAsync(SubmissionInput bad)
        {
            var refusal = await Assert.ThrowsAsync<RefusalException>(() =>
                work.WithAsync(sp => sp.GetRequiredService<AdmissionService>().CreateAsync(bad, VillageScenario.Submitter, start: false)));
            Assert.Equal(RefusalKind.Invalid, refusal.Kind);
            return Assert.IsType<FieldProblem>(Assert.Single(refusal.Problems));
        }

        Assert.Equal(("reusesSubmissionId", "ReuseNotRunning"), Fields(await RefusedAsync(With(["耕地面积"], liulinOnly))));
        Assert.Equal(("reusesSubmissionId", "ReuseNotRunning"), Fields(await RefusedAsync(With(["耕地面积"], Guid.NewGuid()))));
        Assert.Equal(("reusesSubmissionId", "ReuseNoSharedFields"), Fields(await RefusedAsync(With(["身份证号"], shiqiaoTask))));
        Assert.Equal(("collectedFields", "TooMany"), Fields(await RefusedAsync(With([.. Enumerable.Range(1, 51).Select(i => $"字段{i}")], null))));
        Assert.Equal(before, await CountAsync());

        var created = await work.WithAsync(sp => sp.GetRequiredService<AdmissionService>().CreateAsync(
            With(["身份证号", "手机号", "宠物 数量", "公民身份号码", "耕地面积"], shiqiaoTask), VillageScenario.Submitter, start: false));
        Assert.Equal(["公民身份号码", "联系电话", "宠物 数量", "耕地面积"], created.CollectedFields);
        var stored = await work.WithAsync(sp => sp.GetRequiredService<AppDbContext>().Submissions.AsNoTracking().SingleAsync(s => s.Id == created.Id));
        Assert.Equal(created.CollectedFields, stored.CollectedFields);
        Assert.Equal(shiqiaoTask, stored.ReusesSubmissionId);
    }

    private static (string, string) Fields(FieldProblem p) => (p.Field, p.Code);

    private Task<int> CountAsync() => work.WithAsync(sp => sp.GetRequiredService<AppDbContext>().Submissions.CountAsync());
}

public sealed class SqliteCollectionRegisterTests(SqliteCollectionHost host) : CollectionRegisterTests(host), IClassFixture<SqliteCollectionHost>;

public sealed class PostgresCollectionRegisterTests(PostgresCollectionHost host) : CollectionRegisterTests(host), IClassFixture<PostgresCollectionHost>;
