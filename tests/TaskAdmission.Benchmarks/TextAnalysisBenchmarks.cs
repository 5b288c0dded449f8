using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using TaskAdmission.Application.Seeding;
using TaskAdmission.Core.Admission.Recognition;
using TaskAdmission.Core.Lists.Import;

namespace TaskAdmission.Benchmarks;

/// <summary>
/// The text analysis of the pre-check alone (normalise, split, match the demo lexicon, judge each match, cite the item
/// a notice is about), with allocations: a sector notice whose general act is cited as the sector's item, a clean
/// notice, and a 100 kB description with one buried demand. Run the same class on two commits to compare time and
/// allocations per call: `./build.sh bench --filter '*TextAnalysis*'`.
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class TextAnalysisBenchmarks
{
    private const string SectorTitle = "肉品市场检疫票证查验";
    private const string SectorText = "各社区要对辖区农贸市场肉品摊位开展检疫票证查验，对无票证销售的，责令摊主停止销售并予以处罚，查验情况每周报街道。";
    private const string CleanTitle = "开展农村留守老人关爱走访";
    private const string CleanText = "请各村每季度入户走访独居和留守老人，填写关爱服务记录，掌握老人健康和生活情况，每月报送一次统计表，不搞排名，不要求拍照留痕。";
    private RecogniserLexicon lexicon = default!;
    private string longText = "";

    [GlobalSetup]
    public void Setup()
    {
        using var demo = DemoFiles.Open("demo-lists.csv");
        var imported = ListCsvImporter.ImportAsync(demo).GetAwaiter().GetResult();
        lexicon = RecogniserLexicon.ForItems(imported.Items);
        var paragraph = "请各村每季度入户走访独居和留守老人，填写关爱服务记录，掌握老人健康和生活情况，每月报送一次统计表。村委会组织村民开展房前屋后卫生大扫除。";
        var text = new System.Text.StringBuilder();
        while (text.Length < 50_000)
        {
            text.Append(paragraph);
        }
        text.Append("另请各社区对辖区餐饮门店开展检查，对不合格的予以处罚。");
        while (text.Length < 100_000)
        {
            text.Append(paragraph);
        }
        longText = text.ToString();
        Analyse(SectorTitle, SectorText);
    }

    [Benchmark(Baseline = true)]
    public int SectorNotice() => Analyse(SectorTitle, SectorText);

    [Benchmark]
    public int CleanNotice() => Analyse(CleanTitle, CleanText);

    [Benchmark]
    public int HundredKilobytes() => Analyse(CleanTitle, longText);

    private int Analyse(string title, string description) =>
        TextAnalyser.Analyse(lexicon, [("title", title), ("description", description)]).Hits.Count;

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            // In process (as ListsInForceBenchmarks): a short job, the comparison is between two commits on one machine.
            AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
            AddColumn(StatisticColumn.Median, new P99Column());
        }
    }
}
