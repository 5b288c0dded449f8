using TaskAdmission.Application.Seeding;
using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Admission.Recognition;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Lists;
using TaskAdmission.Core.Lists.Import;
using TaskAdmission.Core.Lists.InForce;
using TaskAdmission.Workflows.Calendar;

namespace TaskAdmission.Benchmarks;

/// <summary>
/// `precheck`: the in-process pre-check of one realistic submission (with suggestions) against the demo lists (with
/// their lexicon) and against a synthetic 500-item city set whose lexicon holds 2,000 phrases, 50 villages; p50/p99 over
/// 20,000 calls. Goal: p99 ≤ 5 ms. Also a 100 kB description against the synthetic set (the live panel's worst case).
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
        var synthetic = Set(SyntheticLists.Items(500));
        Report($"demo lists ({Phrases(demoSet)} phrases)", demoSet, calendar, Request(), 20_000);
        Report($"500 items, {Phrases(synthetic)} phrases", synthetic, calendar, Request(), 20_000);
        Report("500 items, 100 kB text", synthetic, calendar, Request() with { Description = LongDescription(100_000) }, 200);
        return 0;
    }

    private static int Phrases(ListSet set) => RecogniserLexicon.ForItems(set.Items).PhraseCount;

    /// <summary>A county notice repeated to 100 kB, with one buried sentence that puts tax collection on the villages.</summary>
    private static string LongDescription(int length)
    {
        const string paragraph = "请各村每季度入户走访独居和留守老人,填写关爱服务记录,掌握老人健康和生活情况,每月报送一次统计表。村委会组织村民开展房前屋后卫生大扫除。";
        var text = new System.Text.StringBuilder(length + 200);
        while (text.Length < length / 2)
        {
            text.Append(paragraph);
        }
        text.Append("另请各村负责辖区医保费的收缴,确保应收尽收。");
        while (text.Length < length)
        {
            text.Append(paragraph);
        }
        return text.ToString();
    }

    private static PrecheckRequest Request() => new()
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

    private static void Report(string label, ListSet set, WorkingCalendar calendar, PrecheckRequest request, int iterations)
    {
        var lists = new ListsInForceResolver(new MergedListCache()).Resolve(new AuthorityChain("990000000000", null), new DateOnly(2026, 6, 1), [set]);
        var villages = Enumerable.Range(1, 50).Select(i => new TargetVillage($"9901001{i:00000}", "990100100000", "990100000000", lists)).ToList();
        var context = new PrecheckContext(villages, calendar, new PrecheckSettings(), []);
        var result = Prechecker.Check(request, context, AppLanguage.ZhCn);
        var (p50, p99, max, mean) = Percentiles.Measure(() => Prechecker.Check(request, context, AppLanguage.ZhCn), Math.Min(2_000, iterations / 10), iterations);
        Console.WriteLine($"precheck | {label,-28} | outcome {result.Outcome,-14} | findings {result.Findings.Count,2} | p50 {p50:0.000} ms | p99 {p99:0.000} ms | max {max:0.000} ms | mean {mean:0.000} ms");
    }

    private static ListSet Set(List<ListItem> items) => new()
    {
        Id = Guid.NewGuid(), AuthorityOrgUnitCode = "990000000000", VersionLabel = "bench", Status = ListSetStatus.Published,
        EffectiveFrom = new DateOnly(2025, 1, 1), Items = items,
    };
}
