using System.Diagnostics;
using System.Diagnostics.Tracing;
using System.Globalization;
using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Admission.Recognition;
using TaskAdmission.Core.Admission.Recognition.Text;
using TaskAdmission.Core.Common;
using TaskAdmission.Evaluation;

namespace TaskAdmission.Benchmarks.Admission;

/// <summary>
/// `check-alloc [rounds=2] [loopseconds=0] [types=1]`: where a pre-check's reading of the text spends its CPU and its
/// bytes, load independently: the corpus notices (tests/TaskAdmission.Evaluation) checked against the evaluation lists,
/// one after another on one thread, and each public stage of the reading on its own (normalise, clauses, jieba's words and
/// tags, the whole analysis, the whole check). Per notice it prints this thread's CPU time and the bytes this thread
/// allocated. <c>types=1</c> also prints the types the runtime sampled allocations of (one sample per ≈100 KB, so the
/// top types are what to cut). <c>loopseconds</c> runs the whole check over and over first, for a sampling profiler to
/// attach (<c>DOTNET_PerfMapEnabled=1</c>, then <c>perf record -g -p &lt;pid&gt;</c>).
/// </summary>
public sealed class CheckAllocationsHarness : IHarness
{
    public string Name => "check-alloc";

    public string Description => "CPU and bytes per pre-check of the corpus notices, by stage of the text reading, with the types allocated";

    public async Task<int> RunAsync(string[] args)
    {
        var o = new Villages.HarnessArgs(args);
        var lists = await EvaluationLists.LoadAsync();
        var notices = NoticeCorpus.Load();
        var context = lists.Context();
        var requests = notices.Select(EvaluationLists.Request).ToArray();
        var lexicon = RecogniserLexicon.For(lists.Lists.List!);
        var normalised = requests.Select(r => TextNormaliser.Normalise(r.Description).Text).ToArray();
        Prechecker.Check(requests[0], context, AppLanguage.ZhCn);
        Console.WriteLine($"check-alloc | {notices.Count} notices, {requests.Average(r => r.Description.Length):0} characters of description on average");
        // What one compiled lexicon's own words for jieba (its WordOverlay) keep alive: compiled again from the same words.
        var retained = GC.GetTotalMemory(forceFullCollection: true);
        var overlay = ChineseSegmenter.Compile(lexicon.Words.Words.Select(w => w.Word));
        retained = GC.GetTotalMemory(forceFullCollection: true) - retained;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"check-alloc | the lexicon's word overlay: {overlay.Words.Count} words, {overlay.EntryCount} entries (the words and their prefixes), {retained / 1024.0:0} KiB retained"));
        GC.KeepAlive(overlay);
        (string Name, Action<int> Run)[] stages =
        [
            ("Prechecker.Check (zh)", i => Prechecker.Check(requests[i], context, AppLanguage.ZhCn)),
            ("  TextAnalyser.Analyse (title, description)", i => TextAnalyser.Analyse(lexicon, [("title", requests[i].Title), ("description", requests[i].Description)])),
            ("    TextNormaliser.Normalise (description)", i => TextNormaliser.Normalise(requests[i].Description)),
            ("    ClauseSplitter.Split (description)", i => ClauseSplitter.Split(normalised[i])),
            ("    ChineseSegmenter.Cut (description)", i => ChineseSegmenter.Cut(normalised[i], lexicon.Words)),
            ("    ChineseSegmenter.Tag (description)", i => ChineseSegmenter.Tag(normalised[i], lexicon.Words)),
        ];
        if (o.Int("loopseconds", 0) is > 0 and var seconds)
        {
            Console.WriteLine($"check-alloc | looping the check for {seconds} s in process {Environment.ProcessId}");
            var until = Stopwatch.StartNew();
            for (var i = 0; until.Elapsed.TotalSeconds < seconds; i = (i + 1) % requests.Length)
            {
                stages[0].Run(i);
            }
        }
        for (var round = 1; round <= o.Int("rounds", 2); round++)
        {
            foreach (var (name, run) in stages)
            {
                for (var i = 0; i < Math.Min(50, requests.Length); i++)
                {
                    run(i);
                }
                using var sampler = o.Int("types", 1) == 1 && name == stages[0].Name ? new AllocationSampler() : null;
                var bytes = GC.GetAllocatedBytesForCurrentThread();
                var cpu = ThreadCpu();
                for (var i = 0; i < requests.Length; i++)
                {
                    run(i);
                }
                var used = ThreadCpu() - cpu;
                var allocated = GC.GetAllocatedBytesForCurrentThread() - bytes;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"check-alloc | round {round} | {name,-46} | CPU {used.TotalMilliseconds / requests.Length,7:0.000} ms | {allocated / 1024.0 / requests.Length,7:0.0} KiB per notice"));
                if (sampler is not null)
                {
                    Thread.Sleep(500);
                    var total = sampler.Total;
                    foreach (var (type, sampled) in sampler.Top(25))
                    {
                        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"check-alloc | round {round} |     {sampled * 100.0 / Math.Max(1, total),5:0.0} %  {type}"));
                    }
                }
            }
        }
        return 0;
    }

    /// <summary>This thread's CPU time (Linux: the calling thread's clock).</summary>
    private static TimeSpan ThreadCpu()
    {
        var stat = File.ReadAllText($"/proc/thread-self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        // utime + stime in clock ticks (100 per second): ±10 ms over the whole corpus.
        return TimeSpan.FromMilliseconds((long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) * 10);
    }

    /// <summary>The runtime's allocation samples (GCAllocationTick: one per ≈100 KB allocated) by type name.</summary>
    private sealed class AllocationSampler : EventListener
    {
        private readonly Dictionary<string, long> byType = new(StringComparer.Ordinal);

        public long Total
        {
            get
            {
                lock (byType)
                {
                    return byType.Values.Sum();
                }
            }
        }

        public IEnumerable<(string Type, long Bytes)> Top(int count)
        {
            lock (byType)
            {
                return [.. byType.OrderByDescending(p => p.Value).Take(count).Select(p => (p.Key, p.Value))];
            }
        }

        protected override void OnEventSourceCreated(EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (e.EventName is not { } name || !name.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.PayloadNames is null)
            {
                return;
            }
            var type = e.PayloadNames.IndexOf("TypeName") is >= 0 and var t ? e.Payload![t] as string ?? "?" : "?";
            var amount = e.PayloadNames.IndexOf("AllocationAmount64") is >= 0 and var a ? Convert.ToInt64(e.Payload![a], CultureInfo.InvariantCulture) : 100_000;
            lock (byType)
            {
                byType[type] = byType.GetValueOrDefault(type) + amount;
            }
        }
    }
}
