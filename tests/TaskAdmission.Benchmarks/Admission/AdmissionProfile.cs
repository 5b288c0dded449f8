using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TaskAdmission.Application.Admission;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Identity;
using TaskAdmission.Application.Seeding;
using TaskAdmission.Application.Villages.Dispatch;
using TaskAdmission.Benchmarks.Villages;
using TaskAdmission.Core.Security;
using TaskAdmission.Testing;
using TaskAdmission.Testing.Villages;

namespace TaskAdmission.Benchmarks.Admission;

/// <summary>
/// Where one admission's app CPU goes, load-independently where it can be: <c>submit-path profile=N</c> runs N warm
/// admissions one at a time — a department system's submission to one township (in process, as <c>submit-path</c>),
/// then the township's approver through the pages as the Monday harness's approvers do (review inbox, review page,
/// decision form, whose post admits and dispatches) — and per stage prints the process's CPU time
/// (<see cref="Environment.CpuUsage"/>: the app's request, the harness's HTTP client — its parse of the review page's
/// form is left out — and any background worker of this process), the bytes allocated (<see cref="GC.GetTotalAllocatedBytes"/>, process-wide) and the statements and round
/// trips sent (Npgsql's traces), and the garbage collections that ran during the stage with the bytes they promoted out
/// of gen0 and gen1 (<see cref="GcPromotionMeter"/>: what survives, which is what a collection's pause costs). Statements
/// and allocations do not depend on the machine's load; CPU time depends on it a little (caches, frequency), wall time a
/// lot; collections and promoted bytes depend on where the collections fall, so they are means over many admissions.
/// </summary>
/// <remarks>
/// The app runs in the harness's process, so it collects as the harness does: a console program uses the workstation
/// GC unless told otherwise, the app's host the server GC (Web SDK default, DATAS). <c>DOTNET_gcServer=1</c> gives the
/// harness the app's GC. With the server GC's own gen0 budget a warm admission (about 13 MiB allocated) meets about one
/// collection in ten, too few to say what survives which stage; <c>DOTNET_GCGen0MaxBudget=0x100000</c> caps the budget
/// so a collection falls every 2–3 MiB allocated (about five per admission), sampling what each stage holds alive:
/// <c>DOTNET_gcServer=1 DOTNET_GCGen0MaxBudget=0x100000 ./build.sh bench submit-path townships=1 profile=20 warmup=10</c>
/// (<c>alloc=8</c> adds each stage's eight most allocated types from the runtime's allocation samples). The header
/// line prints the GC mode and the budget cap the run had.
/// </remarks>
public static partial class AdmissionProfile
{
    private static readonly string[] Stages = ["submit (CreateAsync)", "review inbox page (GET)", "review page (GET)", "decision post + dispatch (POST)", DrainStage];

    /// <summary>
    /// The queued dispatch's chunks (<see cref="DispatchJobRunner"/>), run by the harness one after another as the worker
    /// would (the app's own worker is off: <c>Villages:DispatchPollSeconds=0</c>); nothing when the decision dispatched
    /// inline (<c>chunk=</c> at least the township's villages).
    /// </summary>
    private const string DrainStage = "queued dispatch: chunks (worker)";

    /// <summary>Wall time of each chunk transaction the drain stage ran (the longest is the burst a reader can queue behind).</summary>
    private static readonly List<double> ChunkWallMs = [];

    /// <summary>With <c>direct=1</c>: the decision taken in process (<see cref="AdmissionService.DecideAsync"/>) instead of through the pages.</summary>
    private static readonly string[] DirectStages = ["submit (CreateAsync)", "decision + dispatch (DecideAsync)", DrainStage];

    /// <param name="pauseSeconds">After the warm-up, wait this long (and say so) so a profiler can attach to the warm process (<c>dotnet-trace collect -p</c>).</param>
    /// <param name="allocationTypes">Print per stage the types of the runtime's allocation samples, this many of the largest.</param>
    public static async Task RunAsync(BenchApp app, string township, int admissions, int warmup, int pauseSeconds = 0, bool direct = false, int allocationTypes = 0)
    {
        var stages = direct ? DirectStages : Stages;
        var approver = $"bench-approver-{township}";
        await app.WithScopeAsync<UserService, object?>(async users =>
        {
            await users.CreateAsync(new NewUser(approver, "写路径审核人", DemoUsers.Password, AppRoles.TownshipApprover, township), Actor.SystemAdministrator("bench"));
            return null;
        });
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
        {
            BaseAddress = app.BaseAddress,
        };
        using (var signIn = await app.SignInAsync(client, approver))
        {
            if (signIn.StatusCode != HttpStatusCode.Redirect)
            {
                throw new InvalidOperationException($"sign-in of {approver}: {(int)signIn.StatusCode}");
            }
        }
        var scenario = new VillageScenario(app.Services);
        using var meter = new StatementMeter();
        using var gc = new GcPromotionMeter(allocationTypes > 0);
        var sampled = stages.ToDictionary(s => s, _ => new Dictionary<string, long>(StringComparer.Ordinal));
        var totals = stages.ToDictionary(s => s, _ => new List<Sample>());
        for (var i = -warmup; i < admissions; i++)
        {
            if (i == 0)
            {
                ChunkWallMs.Clear();
            }
            if (i == 0 && pauseSeconds > 0)
            {
                Console.WriteLine($"warm: process {Environment.ProcessId}, measuring in {pauseSeconds} s");
                await Task.Delay(TimeSpan.FromSeconds(pauseSeconds));
            }
            var title = $"写路径剖析{i + warmup + 1}";
            var samples = direct ? await DirectAsync(scenario, meter, gc, township, title) : await OneAsync(scenario, client, meter, gc, township, title);
            if (i >= 0)
            {
                foreach (var (stage, sample) in samples)
                {
                    totals[stage].Add(sample);
                    foreach (var (type, bytes) in sample.Types ?? new Dictionary<string, long>())
                    {
                        sampled[stage][type] = sampled[stage].GetValueOrDefault(type) + bytes;
                    }
                }
            }
        }
        Console.WriteLine($"admission profile: {admissions} warm admissions after {warmup} warm-up, one township ({township}), one at a time; per admission (mean; CPU also median); {GcPromotionMeter.Mode()}:");
        Console.WriteLine($"  {"stage",-36} {"CPU ms",8} {"(median)",9} {"wall ms",8} {"allocated",11} {"statements",10} {"round trips",11} {"jitted",7} " +
            $"{"gen0",6} {"gen1",6} {"gen2",6} {"→gen1",10} {"→gen2",10}");
        var sum = new Sample();
        foreach (var stage in stages)
        {
            var list = totals[stage];
            var mean = Sample.Mean(list);
            sum += mean;
            var median = list.Select(s => s.CpuMs).Order().ElementAt(list.Count / 2);
            Console.WriteLine($"  {stage,-36} {mean.CpuMs,8:F1} {median,9:F1} {mean.WallMs,8:F1} {mean.Bytes / 1024.0 / 1024.0,8:F2} MiB {mean.Statements,10:F1} {mean.RoundTrips,11:F1} {mean.Jitted,7:F1} {Gc(mean.Gc)}");
        }
        Console.WriteLine($"  {$"one admission (the {stages.Length} stages)",-36} {sum.CpuMs,8:F1} {"",9} {sum.WallMs,8:F1} {sum.Bytes / 1024.0 / 1024.0,8:F2} MiB {sum.Statements,10:F1} {sum.RoundTrips,11:F1} {sum.Jitted,7:F1} {Gc(sum.Gc)}");
        Console.WriteLine("  (gen0/gen1/gen2: collections during the stage; →gen1: bytes that survived gen0 collections into gen1, →gen2: bytes that");
        Console.WriteLine("  survived gen1 collections into gen2, from the runtime's GC events — what a collection had to copy: whatever was alive then.)");
        if (allocationTypes > 0)
        {
            Console.WriteLine("  allocation samples by type per stage (≈ one per 100 KB allocated; KiB per admission):");
            foreach (var stage in stages)
            {
                Console.WriteLine($"    {stage}: " + string.Join(", ", sampled[stage].OrderByDescending(p => p.Value).Take(allocationTypes)
                    .Select(p => $"{p.Key} {p.Value / 1024.0 / admissions:F0}")));
            }
        }
        var decision = totals[stages[direct ? 1 : 3]];
        Console.WriteLine($"  transactions a reader can queue behind: the decision's (stage wall, HTTP included) max {decision.Max(s => s.WallMs):F1} ms, median " +
            $"{decision.Select(s => s.WallMs).Order().ElementAt(decision.Count / 2):F1} ms; queued dispatch: {ChunkWallMs.Count / (double)admissions:F1} chunks per admission" +
            (ChunkWallMs.Count == 0 ? "" : $", chunk wall max {ChunkWallMs.Max():F1} ms, median {ChunkWallMs.Order().ElementAt(ChunkWallMs.Count / 2):F1} ms"));
        Console.WriteLine("  (jitted: methods the JIT compiled during the stage — tiered compilation still promoting hot methods, none of them");
        Console.WriteLine("  dynamic methods of a query or expression compiled per request (checked with the runtime's JIT events, session 6).)");
    }

    /// <summary>
    /// <c>retained=1</c>, after the profile: what a submission of 1,000 villages keeps alive when read with its villages,
    /// demands and decisions, tracked by the context and untracked (the bytes a forced full collection finds alive with it
    /// loaded, minus without); then three decisions (<see cref="AdmissionService.DecideAsync"/> with their workflow step)
    /// each in a scope of its own: what the scope still holds when the decision ends (alive until the request lets its
    /// context go) and what stays after the scope is gone. Forced full collections, not samples; other threads of the
    /// process (the app's background work) allocate meanwhile, so each figure is good to ≈ ±0.1–0.2 MiB — repeated, to show it.
    /// </summary>
    public static async Task RetainedAsync(BenchApp app)
    {
        var id = await app.WithScopeAsync<AppDbContext, Guid>(db => db.Submissions.AsNoTracking().OrderByDescending(s => s.CreatedAtUtc).Select(s => s.Id).FirstAsync());
        foreach (var tracked in new[] { true, false, true, false })
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await db.OrgUnits.AsNoTracking().AnyAsync(); // the context's own first-use state outside the figure
            var before = Live();
            var query = db.Submissions.Include(s => s.Villages).Include(s => s.Demands).Include(s => s.Decisions).AsSplitQuery();
            var submission = await (tracked ? query : query.AsNoTracking()).FirstAsync(s => s.Id == id);
            var after = Live();
            Console.WriteLine($"  retained by a submission of {submission.Villages.Count} villages loaded {(tracked ? "tracked" : "untracked")}: {(after - before) / 1024.0:F0} KiB " +
                $"({(after - before) / (double)submission.Villages.Count:F0} bytes per village)");
            GC.KeepAlive(submission);
        }

        // A whole decision (DecideAsync, the workflow step, the queued dispatch's job) in one scope: what its scope still
        // holds when it ends (alive until the request's context is let go), and what stays after (caches, kept for seconds).
        var scenario = new VillageScenario(app.Services);
        var township = await app.WithScopeAsync<AppDbContext, string>(db => db.SubmissionVillages.AsNoTracking().Where(v => v.SubmissionId == id).Select(v => v.TownshipCode).FirstAsync());
        for (var round = 0; round < 3; round++)
        {
            var next = await SubmitAsync(scenario, $"写路径保留{round}", township, s => s.Id);
            var actor = VillageScenario.Township(township);
            var task = (await scenario.WithAsync<AdmissionService, IReadOnlyList<global::TaskAdmission.Workflows.Persistence.UserTaskRecord>>(s => s.ReviewTasksAsync(actor)))
                .Single(t => t.BusinessKey == next.ToString());
            var before = Live();
            long held;
            await using (var scope = app.Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<AdmissionService>().DecideAsync(task.Id, Core.Admission.Submissions.DecisionKind.Admit, "符合协助清单", actor);
                held = Live();
            }
            var kept = Live();
            Console.WriteLine($"  a decision (DecideAsync with its workflow step): its scope holds {(held - kept) / 1024.0:F0} KiB at its end; {(kept - before) / 1024.0:F0} KiB stay after it");
            await DrainAsync(scenario, []);
        }

        static long Live()
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            return GC.GetTotalMemory(forceFullCollection: true);
        }
    }

    private static string Gc(GcPromotionMeter.Totals gc) =>
        $"{gc.Gen0,6:F2} {gc.Gen1,6:F2} {gc.Gen2,6:F2} {gc.PromotedFromGen0 / 1024.0 / 1024.0,6:F2} MiB {gc.PromotedFromGen1 / 1024.0 / 1024.0,6:F2} MiB";

    private static async Task<List<(string Stage, Sample Sample)>> OneAsync(VillageScenario scenario, HttpClient client, StatementMeter meter, GcPromotionMeter gc, string township, string title)
    {
        var samples = new List<(string, Sample)>();
        var number = await MeasureAsync(Stages[0], samples, meter, gc, () => SubmitAsync(scenario, title, township, s => s.Number));
        var task = await ReviewTaskAsync(client, title, number, samples, meter, gc);
        var path = $"/admission/reviews/{task}";
        var form = await DecisionFormAsync(client, path, title, samples, meter, gc);
        var location = await MeasureAsync(Stages[3], samples, meter, gc, async () =>
        {
            using var response = await client.PostAsync(path, new FormUrlEncodedContent(form));
            return response.StatusCode == HttpStatusCode.Redirect ? response.Headers.Location?.OriginalString ?? "" : $"status {(int)response.StatusCode}";
        });
        if (!location.Contains("decided=", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{title}: the decision was not taken ({location})");
        }
        await MeasureAsync(DrainStage, samples, meter, gc, () => DrainAsync(scenario));
        return samples;
    }

    /// <summary>
    /// Submits and keeps only what the harness needs of the submission. The stored <see cref="Core.Admission.Submissions.Submission"/>
    /// holds its 1,000 village rows, and each row, through the handler its change tracker subscribed to its changes,
    /// that tracker: kept by the harness (which runs in the app's process) through the admission's later stages, until
    /// 2026-12-04 they were counted among what those stages' collections promoted. The app itself lets go of it when
    /// the request ends.
    /// </summary>
    private static async Task<T> SubmitAsync<T>(VillageScenario scenario, string title, string township, Func<Core.Admission.Submissions.Submission, T> keep) =>
        keep(await scenario.SubmitAsync(title, township));

    /// <summary>The review inbox page (measured as its stage) and the one review task it links to; the page's text is not kept.</summary>
    private static async Task<string> ReviewTaskAsync(HttpClient client, string title, string number, List<(string, Sample)> samples, StatementMeter meter, GcPromotionMeter gc)
    {
        var inbox = await MeasureAsync(Stages[1], samples, meter, gc, () => client.GetStringAsync("/admission/reviews"));
        return TaskLink().Matches(inbox).Select(m => m.Groups[1].Value).Distinct().SingleOrDefault()
            ?? throw new InvalidOperationException($"{title} ({number}): not one review in the approver's inbox");
    }

    /// <summary>
    /// The review page (measured as its stage) and the decision form's fields read from it. A method of its own so the
    /// page's text (≈ 0.5 MiB for 1,000 villages) is not kept alive by the admission's state machine through the
    /// decision stage: the harness runs in the app's process, and until 2026-12-04 that string was counted among what the
    /// decision's collections promoted.
    /// </summary>
    private static async Task<Dictionary<string, string>> DecisionFormAsync(HttpClient client, string path, string title, List<(string, Sample)> samples,
        StatementMeter meter, GcPromotionMeter gc)
    {
        // The page as the server sends it; the harness's own parse of its form (AngleSharp, as a browser would) is not counted.
        var page = await MeasureAsync(Stages[2], samples, meter, gc, () => client.GetStringAsync(path));
        var form = (new AngleSharp.Html.Parser.HtmlParser().ParseDocument(page).QuerySelector("form:has(input[name=_handler][value='decision'])")
                ?? throw new InvalidOperationException($"{title}: no decision form on {path}"))
            .QuerySelectorAll("input[type=hidden]").Where(i => i.GetAttribute("name") is not null)
            .ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        form["Input.Kind"] = "Admit";
        form["Input.Reason"] = "符合协助清单,经费到位";
        return form;
    }

    private static async Task<List<(string Stage, Sample Sample)>> DirectAsync(VillageScenario scenario, StatementMeter meter, GcPromotionMeter gc, string township, string title)
    {
        var samples = new List<(string, Sample)>();
        var id = await MeasureAsync(DirectStages[0], samples, meter, gc, () => SubmitAsync(scenario, title, township, s => s.Id));
        await MeasureAsync(DirectStages[1], samples, meter, gc, () => scenario.DecideAsync(id, township, Core.Admission.Submissions.DecisionKind.Admit));
        await MeasureAsync(DrainStage, samples, meter, gc, () => DrainAsync(scenario));
        return samples;
    }

    /// <summary>Runs the queued chunks one transaction each, timing each; returns how many ran.</summary>
    public static async Task<int> DrainAsync(VillageScenario scenario, List<double>? wallMs = null)
    {
        var chunks = 0;
        while (true)
        {
            var started = Stopwatch.GetTimestamp();
            if (!await scenario.WithAsync<DispatchJobRunner, bool>(r => r.RunOnceAsync()))
            {
                return chunks;
            }
            (wallMs ?? ChunkWallMs).Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            chunks++;
        }
    }

    private static async Task<T> MeasureAsync<T>(string stage, List<(string, Sample)> samples, StatementMeter meter, GcPromotionMeter gc, Func<Task<T>> action)
    {
        meter.Reset();
        var (cpu, bytes, jitted, collections, started) = (Environment.CpuUsage.TotalTime, GC.GetTotalAllocatedBytes(precise: true), System.Runtime.JitInfo.GetCompiledMethodCount(),
            GcPromotionMeter.Mark(), Stopwatch.GetTimestamp());
        var result = await action();
        var wall = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var (cpuMs, allocated, compiled) = ((Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds, GC.GetTotalAllocatedBytes(precise: true) - bytes,
            System.Runtime.JitInfo.GetCompiledMethodCount() - jitted);
        samples.Add((stage, new Sample(cpuMs, wall, allocated, meter.Statements, meter.RoundTrips, compiled, gc.Since(collections)) { Types = gc.TakeSamples() }));
        return result;
    }

    /// <summary>One stage's cost; <paramref name="Jitted"/> is how many methods the JIT compiled meanwhile (warm: new dynamic methods, e.g. a query EF compiled again).</summary>
    private readonly record struct Sample(double CpuMs, double WallMs, double Bytes, double Statements, double RoundTrips, double Jitted, GcPromotionMeter.Totals Gc)
    {
        /// <summary>The stage's allocation samples by type (with <c>alloc=N</c>).</summary>
        public IReadOnlyDictionary<string, long>? Types { get; init; }

        public static Sample operator +(Sample a, Sample b) =>
            new(a.CpuMs + b.CpuMs, a.WallMs + b.WallMs, a.Bytes + b.Bytes, a.Statements + b.Statements, a.RoundTrips + b.RoundTrips, a.Jitted + b.Jitted, a.Gc + b.Gc);

        public static Sample Mean(IReadOnlyList<Sample> samples)
        {
            var sum = samples.Aggregate(new Sample(), (a, b) => a + b);
            var n = Math.Max(1, samples.Count);
            return new Sample(sum.CpuMs / n, sum.WallMs / n, sum.Bytes / n, sum.Statements / n, sum.RoundTrips / n, sum.Jitted / n, sum.Gc.Over(n));
        }
    }

    [GeneratedRegex("admission/reviews/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})")]
    private static partial Regex TaskLink();
}
