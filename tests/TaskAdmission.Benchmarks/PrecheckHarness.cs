using TaskAdmission.Application.Seeding;
using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Lists;
using TaskAdmission.Core.Lists.Import;
using TaskAdmission.Core.Lists.InForce;
using TaskAdmission.Workflows.Calendar;

namespace TaskAdmission.Benchmarks;

/// <summary>
/// `precheck`: the in-process pre-check of one realistic submission (with suggestions) against the demo lists and
/// against a synthetic 500-item city set, 50 villages; p50/p99 over 20,000 calls. Goal: p99 ≤ 5 ms.
/// </summary>
public sealed class PrecheckHarness : IHarness
{
    public string Name => "precheck";

    public string Description => "pre-check p50/p99 in-process (demo lists, synthetic 500 items)";

    public async Task<int> RunAsync(string[] args)
    {
        var calendar = WorkingCalendarCsv.Parse(new StreamReader(DemoFiles.Open("cn-working-calendar.csv")));
        await using var demo = DemoFiles.Open("demo-lists.csv");
        var imported = await ListCsvImporter.ImportAsync(demo);
        var demoSet = Set(imported.Items.ToList());
        var synthetic = Set(Synthetic(500));
        Report("demo lists (87 items)", demoSet, calendar);
        Report("synthetic 500 items", synthetic, calendar);
        return 0;
    }

    private static void Report(string label, ListSet set, WorkingCalendar calendar)
    {
        var lists = new ListsInForceResolver(new MergedListCache()).Resolve(new AuthorityChain("990000000000", null), new DateOnly(2026, 6, 1), [set]);
        var villages = Enumerable.Range(1, 50).Select(i => new TargetVillage($"9901001{i:00000}", "990100100000", "990100000000", lists)).ToList();
        var context = new PrecheckContext(villages, calendar, new PrecheckSettings(), []);
        var request = new PrecheckRequest
        {
            DepartmentCode = "CITY-MZ",
            Title = "开展农村留守老人关爱走访",
            Description = "请各村每季度入户走访独居和留守老人,填写关爱服务记录,掌握老人健康和生活情况,每月报送一次统计表。",
            ClaimedItemCodes = ["XZ-04", "C-0042"],
            TargetOrgUnitCodes = ["990100100000"],
            SubmittedOn = new DateOnly(2026, 3, 2),
            StartDate = new DateOnly(2026, 6, 1),
            EndDate = new DateOnly(2027, 5, 31),
            Demands = [new(DemandKind.FieldWork, 1, DemandPeriod.Quarter), new(DemandKind.Report, 1, DemandPeriod.Month), new(DemandKind.Certificate, 1, DemandPeriod.Once, "婚姻状况证明")],
            Support = new SupportRequest(2000),
        };
        var result = Prechecker.Check(request, context, AppLanguage.ZhCn);
        var (p50, p99, max, mean) = Percentiles.Measure(() => Prechecker.Check(request, context, AppLanguage.ZhCn), 2_000, 20_000);
        Console.WriteLine($"precheck | {label,-24} | outcome {result.Outcome,-14} | findings {result.Findings.Count,2} | p50 {p50:0.000} ms | p99 {p99:0.000} ms | max {max:0.000} ms | mean {mean:0.000} ms");
    }

    private static ListSet Set(List<ListItem> items) => new()
    {
        Id = Guid.NewGuid(), AuthorityOrgUnitCode = "990000000000", VersionLabel = "bench", Status = ListSetStatus.Published,
        EffectiveFrom = new DateOnly(2025, 1, 1), Items = items,
    };

    private static List<ListItem> Synthetic(int count)
    {
        string[] verbs = ["协助开展", "协助做好", "组织实施", "配合做好", "协助推进"];
        string[] topics = ["养老服务", "残疾人关爱", "儿童保护", "就业创业", "医疗保险", "防灾减灾", "森林防火", "禁毒宣传", "流动人口", "人居环境", "河长制", "耕地保护", "动物防疫", "法治宣传", "退役军人服务", "兵役登记", "防返贫监测", "控辍保学", "公共卫生", "统计调查"];
        var kinds = new[] { ListKind.Autonomy, ListKind.Assist, ListKind.Assist, ListKind.Prohibited, ListKind.CertificateAllowed, ListKind.CertificateProhibited };
        return Enumerable.Range(0, count).Select(i => new ListItem
        {
            Id = Guid.NewGuid(),
            Kind = kinds[i % kinds.Length],
            Code = $"C-{i:0000}",
            TitleZh = $"{verbs[i % verbs.Length]}{topics[i % topics.Length]}第{i}项工作" + (kinds[i % kinds.Length] is ListKind.CertificateAllowed or ListKind.CertificateProhibited ? "证明" : ""),
            AllowedDemands = kinds[i % kinds.Length] is ListKind.Prohibited or ListKind.CertificateProhibited ? DemandKind.None : DemandKind.Report | DemandKind.FieldWork | DemandKind.Survey,
            SortOrder = i,
        }).ToList();
    }
}
