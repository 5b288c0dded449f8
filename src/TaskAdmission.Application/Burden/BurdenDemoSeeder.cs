using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Villages.Dispatch;
using TaskAdmission.Application.Villages.Reports;
using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Burden;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Lists;
using TaskAdmission.Core.Security;
using TaskAdmission.Core.Villages.Reports;

namespace TaskAdmission.Application.Burden;

/// <summary>
/// Demo burden for 青山区 (<see cref="BurdenOptions.DemoWork"/>): six admitted tasks of this year from six departments,
/// written as admitted submissions with a joint-review decision (as a county's records of work admitted before the
/// platform) and dispatched by the real <see cref="DispatchService"/>, so the ledger fills the way it always does; one
/// report of unadmitted work found founded through the real report workflow; a baseline of about 2.5 times today's
/// burden per village and kind; a 40 % reduction target and a cap of 12 reports per village per year. Runs once.
/// </summary>
public sealed class BurdenDemoSeeder(AppDbContext db, DispatchService dispatcher, UnadmittedReportService reports, BaselineService baselines,
    TargetService targets, ChinaClock clock, IOptions<BurdenOptions> options)
{
    private const string District = "990100000000";
    private const string Shiqiao = "990100100000";
    private const string Hewan = "990100200000";
    private const string Liulin = "990100300000";
    private static readonly Actor Keeper = Actor.ListAdministrator("system:seed-demo", "990000000000");

    private sealed record DemoTask(string Department, string Item, string Title, int FromMonth, int ToMonth, string[] Townships, DemandRequest[] Demands, string[] Fields);

    private static readonly DemoTask[] Tasks =
    [
        new("CITY-MZ", "XZ-04", "困难群众和独居老人定期走访", 1, 12, [Shiqiao, Hewan, Liulin],
            [new(DemandKind.FieldWork, 1, DemandPeriod.Quarter), new(DemandKind.Ledger, 1, DemandPeriod.Month)],
            ["姓名", "公民身份号码", "家庭住址", "联系电话", "独居老人数", "低保户数"]),
        new("CITY-WJ", "XZ-11", "居民电子健康档案信息更新", 3, 12, [Shiqiao, Hewan],
            [new(DemandKind.Survey, 1, DemandPeriod.Quarter), new(DemandKind.Report, 1, DemandPeriod.Month)],
            ["姓名", "公民身份号码", "联系电话", "出生日期", "60岁以上老人数"]),
        new("CITY-GA", "XZ-17", "出租房屋和流动人口信息登记", 1, 12, [Liulin],
            [new(DemandKind.Ledger, 1, DemandPeriod.Month), new(DemandKind.FieldWork, 2, DemandPeriod.Year)],
            ["姓名", "公民身份号码", "家庭住址", "出租房屋数", "流动人口数", "房屋结构"]),
        new("CITY-NY", "XZ-22", "高标准农田建设情况报送", 4, 12, [Shiqiao, Hewan, Liulin],
            [new(DemandKind.Report, 1, DemandPeriod.Quarter), new(DemandKind.FieldWork, 1, DemandPeriod.HalfYear)],
            ["耕地面积", "高标准农田面积"]),
        new("CITY-TJ", "XZ-13", "农业普查入户登记", 5, 9, [Hewan, Liulin],
            [new(DemandKind.Survey, 1, DemandPeriod.Once), new(DemandKind.Report, 1, DemandPeriod.Quarter)],
            ["姓名", "家庭住址", "户籍人口数", "常住人口数", "耕地面积"]),
        new("CITY-YJ", "XZ-14", "汛期防灾减灾培训与值守报告", 6, 9, [Shiqiao, Liulin],
            [new(DemandKind.Training, 1, DemandPeriod.Year), new(DemandKind.Report, 1, DemandPeriod.Month)],
            ["地质灾害隐患点数", "应急避难场所数"]),
    ];

    public async Task SeedAsync(CancellationToken ct = default)
    {
        if (!options.Value.DemoWork || await db.Submissions.AnyAsync(s => s.Number.StartsWith("ZRDEMO-"), ct))
        {
            return;
        }
        var year = clock.Today.Year;
        var number = 0;
        foreach (var task in Tasks)
        {
            await DispatchAsync(task, year, $"ZRDEMO-{year}-{++number:D3}", ct);
        }
        await FoundedReportAsync(ct);
        await baselines.SaveBaselinesAsync(Keeper, await DemoBaselinesAsync(year, ct), BaselineOrigin.Snapshot, ct);
        await targets.CreateAsync(Keeper, new TargetInput(District, "青山区村级事项总数较基线减少四成", null, BurdenMeasure.Items, TargetGoal.ReduceByPercent, 40,
            new DateOnly(year, 1, 1), new DateOnly(year + 1, 12, 31)), ct);
        await targets.CreateAsync(Keeper, new TargetInput(District, "每村每年报表不超过 12 次", DemandKind.Report, BurdenMeasure.Submissions,
            TargetGoal.CapPerVillagePerYear, 12, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)), ct);
    }

    private async Task DispatchAsync(DemoTask task, int year, string number, CancellationToken ct)
    {
        var now = clock.UtcNow;
        var villages = await db.OrgUnits.AsNoTracking().Where(u => task.Townships.Contains(u.ParentCode!)).Select(u => new { u.Code, u.ParentCode }).ToListAsync(ct);
        var submission = new Submission
        {
            Id = Guid.NewGuid(), Number = number, DepartmentCode = task.Department, Title = task.Title,
            Description = $"{task.Title}（演示数据：本年度已准入的工作）", ClaimedItemCodes = [task.Item], TargetOrgUnitCodes = [.. task.Townships], CollectedFields = [.. task.Fields],
            StartDate = new DateOnly(year, task.FromMonth, 1), EndDate = new DateOnly(year, task.ToMonth, 1).AddMonths(1).AddDays(-1),
            FundingYuanPerVillage = 2000, CreatedBy = "system:seed-demo", CreatedAtUtc = now, SubmittedAtUtc = now, ContactName = "演示", ContactPhone = "023-00000000",
        };
        submission.MoveTo(SubmissionStatus.InReview);
        submission.MoveTo(SubmissionStatus.SpecialAdmitted);
        submission.Demands.AddRange(task.Demands.Select((d, i) => new SubmissionDemand
        {
            Id = Guid.NewGuid(), SubmissionId = submission.Id, Position = i, Kind = d.Kind, Count = d.Count, Period = d.Period,
        }));
        submission.Villages.AddRange(villages.Select(v => new SubmissionVillage
        {
            SubmissionId = submission.Id, VillageCode = v.Code, TownshipCode = v.ParentCode!, DistrictCode = District, Admitted = true,
        }));
        submission.Decisions.Add(new Decision
        {
            Id = Guid.NewGuid(), SubmissionId = submission.Id, Kind = DecisionKind.SpecialAdmission, OrgUnitCode = District,
            DecidedBy = "system:seed-demo", DecidedAtUtc = now, Reason = "演示数据：区县联席会议准入", PrecheckHash = "",
        });
        db.Submissions.Add(submission);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        await dispatcher.DispatchAllNowAsync(submission, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        db.ChangeTracker.Clear();
    }

    /// <summary>柳林镇杨家村 reports a demand for daily screenshots in a work chat; the district's supervisor finds it founded.</summary>
    private async Task FoundedReportAsync(CancellationToken ct)
    {
        var village = new Actor("system:seed-demo", AppRoles.VillageCommittee, null, "990100300200");
        var supervisor = new Actor("system:seed-demo", AppRoles.Supervisor, null, District);
        var report = await reports.SubmitAsync(new ReportInput("CITY-GA", null, "派出所要求每天在工作群发巡查截图", ReportChannel.WorkChat,
            clock.Today.AddDays(-10), Kind: DemandKind.AppCheckIn), village, ct);
        await reports.TriageAsync(report.Id, true, "受理", supervisor, ct);
        await reports.FindAsync(report.Id, true, "经核实，未经准入要求每日截图留痕", supervisor, ct);
        db.ChangeTracker.Clear();
    }

    /// <summary>About 2.5 times this year's admitted burden, per village and kind, as last year's figure (before admission).</summary>
    private async Task<List<BaselineInput>> DemoBaselinesAsync(int year, CancellationToken ct)
    {
        var rows = await LedgerQuery.SumAllAsync(db.BurdenLedger.AsNoTracking().Where(r => r.DistrictCode == District && r.Year == year && r.Source == BurdenSource.Admitted),
            r => new { r.VillageCode, r.Kind }, ct);
        var period = BurdenPeriod.OfYear(year);
        return rows.Select(r => new BaselineInput(r.Key.VillageCode, r.Key.Kind, year - 1,
                (int)Math.Round(r.Counts.Items(period) * 2.5m, MidpointRounding.AwayFromZero),
                (int)Math.Round(r.Counts.Submissions(period) * 2.5m, MidpointRounding.AwayFromZero), "演示基线：约为当前负担的 2.5 倍"))
            .ToList();
    }
}
