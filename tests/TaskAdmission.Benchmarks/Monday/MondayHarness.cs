using System.Diagnostics;
using System.Globalization;
using Npgsql;
using TaskAdmission.Application;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Benchmarks.OpenLoop;
using TaskAdmission.Benchmarks.Villages;
using TaskAdmission.Core.Common;
using TaskAdmission.Evaluation;
using TaskAdmission.Testing;
using TaskAdmission.Web;
using TaskAdmission.Web.Hosting;

namespace TaskAdmission.Benchmarks.Monday;

/// <summary>
/// `monday [townships=20] [villages=10000] [settle=1] [work=20] [submit=2] [precheck=4] [changed=20] [rounds=1] [writes-seconds=30] [writes-warm=20] [poll=30] [chunk=0] [writethrough=1] [diag=1] [diag-sample=1]
/// [ramp=1] [pairs=1] [ramp-from=25] [ramp-factor=1.5] [ramp-max=20000] [ramp-floor=5] [refine=2] [repeat=1] [step-seconds=8] [step-drain=5] [p99=50] [lead=10]
/// [morning=0] [seconds=60] [inbox=0] [warm-seconds=20] [min-pool=app's] [max-pool=app's] [gc-server=] [gc-concurrent=] [gc-gen0size=MiB] [gc-gen0max=MiB] [gc-alloc=0]`: a county's Monday morning against the real app in its own process on TA_TEST_PG
/// (durable under ./build.sh bench), in phases: the endpoints alone in alternating closed-loop rounds (bare with the
/// same authentication against the real one); the write stream alone (CPU per admission, no reads); a stepped
/// open-loop ramp of the bare cookie endpoint and one of the inbox with the write stream on, each giving its
/// sustainable rates at the first attempt and with a failed step repeated (<see cref="RampPlan"/>), and their ratio (issue 20's goal: at least 50 %) — or
/// pairs=N such pairs in alternating order and their medians (<see cref="RampPairs"/>); optionally the fixed
/// morning (morning=1), offering inbox=N reads/s or half the bare endpoint's sustainable rate.
/// </summary>
/// <remarks>
/// A ramp that held at its <c>ramp-max</c> did not find the endpoint's ceiling: its figure is printed "&gt;= max" (a floor)
/// and any ratio against it "&lt;=" (or "&gt;=" with the floor above the line, "n/a" with both), never as a plain ratio, and
/// the goal is judged only where the bound decides it (<see cref="Sustainable.Ratio"/>). The default maximum (20,000/s) is
/// above what the bare cookie endpoint sustained on the 2-core reference machine (5,000/s held at p99 38 ms in session
/// 15), so that ramp ends at a failed step. Each step's line says how late the generator sent its requests (p99 from
/// the due time to the send's start) and calls it late above a tenth of the p99 limit — that lateness is in the
/// step's latency — and what the generator spent per request (CPU and bytes, this process's, diagnostics included);
/// `bench generator-cost` measures the generator's own code per request apart from any server.
/// <para>
/// <b>Judging issue 20's ratio</b> (house rule: a peer side by side in one run, alternating rounds): `pairs=N` runs N rounds
/// of a bare ramp and an inbox-with-writes ramp in this process and this database, the bare ramp first in odd rounds and
/// the inbox ramp first in even ones, the write stream only around the inbox ramps (its `lead` before each, stopped after);
/// each round prints both rates and its own ratio, and at the end the median of each rate, the per-round ratios with
/// their min–max, and the goal judged on the <b>median of the per-round ratios</b>, for each definition of the sustainable
/// rate. A round whose ramp held at <c>ramp-max</c> keeps its bound: its ratio is a range ([0, r] or [r, ∞)) and the
/// median one too (median of the lower bounds to median of the upper bounds, <see cref="Bounded.Median"/>); the goal is
/// judged only where that range decides it. One pair of 8-second-step ramps gave 13 % to 67 % on the same code
/// (docs/benchmarks.md), so one pair (`pairs=1`, the default, as before) does not judge the goal. The judging command:
/// <c>./build.sh bench monday rounds=0 submit=0.5 precheck=1 pairs=3 ramp-from=400</c> — an odd number of pairs, so
/// the median is one round's ratio, not the mean of two; starting at 400/s skips the seven ×1.5 steps from 25/s, below what
/// either endpoint sustained in the quiet runs since session 16 (but session 18's run A, stalled in its first minute), and
/// a ramp whose first step fails still steps down to <c>ramp-floor</c>. About 15 minutes on the 2-core reference machine: ≈ 4 minutes of seeding, warm-up
/// and the write stream alone, then ≈ 3–4 minutes a pair (a bare ramp of ≈ 9–12 steps, an inbox ramp of ≈ 7–10, ≈ 8.5 s a
/// sustained step and up to 15 s a failed one).
/// </para>
/// </remarks>
public sealed class MondayHarness : IHarness
{
    public string Name => "monday";

    public string Description => "a county's Monday morning over HTTP: submissions, decisions, dispatch, Zipf inbox reads (open loop)";

    public async Task<int> RunAsync(string[] args)
    {
        var o = new HarnessArgs(args);
        var townships = o.Int("townships", 20);
        var villages = o.Int("villages", 10_000);
        Console.WriteLine($"monday | load average at start: {File.ReadAllText("/proc/loadavg").Trim()}");
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres, "monday");
        // The app's own pool, as in production: its floor (the test databases give Minimum Pool Size=0: the suite's hosts
        // share one server) and Npgsql's default ceiling of 100 (the test databases give 20; until session 14 the Monday
        // app inherited it, and under the write stream the inbox's reads queued for one of 20 connections with most of
        // the machine idle). min-pool=N gives a floor of N (0: none, as before 2026-12-03), max-pool=N a ceiling.
        var appConnection = new Npgsql.NpgsqlConnectionStringBuilder(database.ConnectionString);
        appConnection.Remove("Minimum Pool Size");
        appConnection.Remove("Maximum Pool Size");
        if (o.Int("min-pool", -1) is >= 0 and var minPool) appConnection.MinPoolSize = minPool;
        if (o.Int("max-pool", 0) is > 0 and var maxPool) appConnection.MaxPoolSize = maxPool;
        string[] appArgs =
        [
            "--environment=Staging", "--Demo:Enabled=true", "--Burden:DemoWork=false", "--Database:Provider=Postgres",
            $"--ConnectionStrings:Default={appConnection.ConnectionString}", "--RateLimiting:PermitsPerMinute=1000000",
            // Each GC pause in a histogram on /metrics, so a step's longest pause can be read (StepDiagnostics).
            "--Observability:GcPauses=true",
            // gc-alloc=1: the runtime's allocation samples by heap and type too (costs the app some CPU; off by default).
            .. (o.Int("gc-alloc", 0) == 1 ? ["--Observability:GcAllocations=true"] : Array.Empty<string>()),
            // The thread pool's adjustments by reason (starvation, blocking, climbing) and lock wait time (StepDiagnostics).
            "--Observability:ThreadPoolEvents=true",
            // timing=1 (default): the app's Server-Timing header on every answer, so a step's slowest reads can be
            // broken down (SlowReads); timing=0 leaves the app as it runs in production.
            .. (o.Int("timing", 1) == 1 ? ["--Observability:ServerTiming=true"] : Array.Empty<string>()),
            // chunk=N: villages per dispatch transaction (default the app's, 200); chunk=100000 dispatches every decision
            // inline, in its own transaction, as before 2026-12-03.
            .. (o.Int("chunk", 0) is > 0 and var chunk ? [$"--Villages:DispatchChunk={chunk}"] : Array.Empty<string>()),
            // revalidate=1: an inbox entry at MaxAge is revalidated by its fingerprint instead of read again
            // (Villages:InboxRevalidate, off by default; docs/villages.md).
            .. (o.Int("revalidate", 0) == 1 ? ["--Villages:InboxRevalidate=true"] : Array.Empty<string>()),
            // writethrough=0: a dispatch chunk evicts the cached inboxes of its villages instead of updating them in
            // memory (Villages:InboxWriteThrough, on by default; docs/villages.md), for a before/after on one build.
            .. (o.Int("writethrough", 1) == 0 ? ["--Villages:InboxWriteThrough=false"] : Array.Empty<string>()),
        ];
        var clock = Stopwatch.StartNew();
        MondayCity city;
        System.Collections.Concurrent.ConcurrentDictionary<string, string> cookies;
        var seeding = TaskAdmissionApp.Build([.. appArgs, "--urls=http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning"]);
        await using (seeding)
        {
            await seeding.InitializeDatabaseAsync();
            city = await MondayCity.CreateAsync(seeding.Services, townships, villages / townships, o.Int("departments", 8));
            await InboxLoadHarness.GenerateAsync(seeding.Services, [.. city.Villages.Select(v => (v, city.TownshipOf(v)))], o.Int("work", 20), varied: true);
            cookies = await VillageSessions.MintSharedAsync(seeding.Services, city.Villages);
        }
        Console.WriteLine($"monday | seeded {city.Villages.Count} villages in {townships} townships, {o.Int("work", 20)} admitted tasks each (10 open), " +
            $"{city.Keys.Count} department keys: {clock.Elapsed.TotalSeconds:0} s");
        // settle=1 (the default): the seeded city is vacuumed, analysed and checkpointed before the app starts. Freshly
        // written rows have no visibility map (the inbox's index-only range reads heap pages then) and wake autovacuum and
        // the checkpointer in the middle of the ramps, at a moment that differs from run to run (issue 20: two runs of one
        // commit 17 minutes apart gave 67 % and 23 %, the second with the machine busy at low rates). A county's database
        // in steady state is vacuumed; settle=0 measures the city as just written.
        if (o.Int("settle", 1) == 1)
        {
            var settling = Stopwatch.StartNew();
            await SettleAsync(database.ConnectionString);
            Console.WriteLine($"monday | settled the seeded city (VACUUM (ANALYZE), CHECKPOINT): {settling.Elapsed.TotalSeconds:0} s");
        }
        // min-threads=N (an experiment, off by default): the runtime's minimum of worker threads, below which the pool
        // adds a thread at once instead of waiting for its starvation check or hill climbing (the variable is hex).
        var environment = o.Int("min-threads", 0) is > 0 and var minThreads
            ? new Dictionary<string, string> { ["DOTNET_ThreadPool_ForceMinWorkerThreads"] = minThreads.ToString("x", CultureInfo.InvariantCulture) }
            : new Dictionary<string, string>();
        // gc-server=0 starts the app with the workstation GC, gc-concurrent=0 without background GC (experiments: the
        // app's own setting is the Web SDK's, server GC with background collections, see docs/operations.md).
        if (o.Int("gc-server", -1) is (0 or 1) and var server) environment["DOTNET_gcServer"] = server.ToString(CultureInfo.InvariantCulture);
        if (o.Int("gc-concurrent", -1) is (0 or 1) and var concurrent) environment["DOTNET_gcConcurrent"] = concurrent.ToString(CultureInfo.InvariantCulture);
        // gc-gen0size=N / gc-gen0max=N (MiB; experiments for issue 20): the gen0 budget's floor (GCgen0size) and ceiling
        // (GCgen0MaxBudget). A blocking gen0 pause costs about what survives it; a smaller budget means more, shorter
        // pauses. Compare a step's pause lengths and total pause time with and without, alternating, on a quiet machine.
        if (o.Int("gc-gen0size", 0) is > 0 and var gen0Size) environment["DOTNET_GCgen0size"] = ((long)gen0Size * 1024 * 1024).ToString("x", CultureInfo.InvariantCulture);
        if (o.Int("gc-gen0max", 0) is > 0 and var gen0Max) environment["DOTNET_GCgen0MaxBudget"] = ((long)gen0Max * 1024 * 1024).ToString("x", CultureInfo.InvariantCulture);
        await using var app = await AppProcess.StartAsync(appArgs, environment);
        var postmaster = await PostmasterAsync(database.ConnectionString);
        var notices = MondayBodies.Mix(NoticeCorpus.Load(), 20);
        var bodies = new MondayBodies(notices, city, ChinaClock.System.Today, 2);
        var zipf = new ZipfSampler<string>(city.Villages, 1.0, 20);
        using var http = LoopbackHttp.Create(app.BaseAddress);
        var slowReads = o.Int("timing", 1) == 1 ? new SlowReads() : null;
        var probe = new EndpointProbe(http, new MondayTraffic(app.BaseAddress, city, cookies, bodies, Options(o, 0)) { SlowReads = slowReads }, bodies, city, zipf);
        await probe.WarmAsync(o.Int("warm-seconds", 20));
        // diag=0 turns the per-step diagnosis off; diag-sample=N samples the app's gauges every N seconds during a step.
        await using var diagnostics = new StepDiagnostics(http, database.ConnectionString, TimeSpan.FromSeconds(o.Double("diag-sample", 1)),
            () => (app.Cpu(), AppProcess.ProcCpu(postmaster, children: true)));
        var diagnose = o.Int("diag", 1) == 1;

        var rounds = o.Int("rounds", 1) is > 0 and var roundCount
            ? await probe.AlternatingRoundsAsync(roundCount, TimeSpan.FromSeconds(o.Int("round-seconds", 8)))
            : null;
        if (o.Int("morning", 0) == 0 && o.Int("ramp", 1) == 0 && o.Int("writes-seconds", 30) == 0)
        {
            Console.WriteLine($"monday | rounds only; pre-check p99 at 8 clients {rounds?.PrecheckP99 ?? 0:0.0} ms (goal <= 20 ms); load at end {Load()}");
            return 0;
        }

        // The write stream alone: what an admission costs in CPU, without any inbox read in the figure.
        if (o.Int("writes-seconds", 30) is > 0 and var writeSeconds)
        {
            // The write paths (submission, the approvers' pages, decision, dispatch, notification delivery) run first
            // unmeasured: in a fresh process the JIT compiling them (tier 0, then tier 1 in the background) took more
            // than half of the window's app CPU (perf, 2026-12-03), a cost paid once per process, not per admission.
            if (o.Int("writes-warm", 20) is > 0 and var warmSeconds)
            {
                var warm = new MondayTraffic(app.BaseAddress, city, cookies, bodies, Options(o, 0) with { Length = TimeSpan.FromSeconds(warmSeconds), Seed = 21 });
                var warming = await warm.StartWritesAsync(http, warm.Options.Length);
                await warming.StopAsync();
                Console.WriteLine($"monday | write stream warm-up (unmeasured): {warmSeconds} s, {warm.Tracker.EndToEnd.Count} admitted; load {Load()}");
            }
            var alone = new MondayTraffic(app.BaseAddress, city, cookies, bodies, Options(o, 0) with { Length = TimeSpan.FromSeconds(writeSeconds) });
            // Approvers sign in before the window: a sign-in hashes a password (PBKDF2), once a morning, not per admission.
            await alone.SignInAsync();
            // Read outside the CPU window; the gauges are not sampled in it (each scrape costs the app CPU this figure counts).
            var diagBefore = diagnose ? await diagnostics.TakeAsync() : null;
            var before = (App: app.Cpu(), Pg: AppProcess.ProcCpu(postmaster, children: true), Clock: Stopwatch.GetTimestamp(), Jit: app.BackgroundJitTicks());
            Console.WriteLine($"monday | write stream alone: {writeSeconds} s open loop, submit {alone.Options.SubmitPerSecond}/s, pre-check {alone.Options.PrecheckPerSecond}/s, " +
                $"approvers deciding, no inbox reads; load {Load()}");
            var writes = await alone.StartWritesAsync(http, alone.Options.Length);
            var (submitted, prechecked) = await writes.StopAsync();
            var elapsed = Stopwatch.GetElapsedTime(before.Clock);
            var (writeApp, writePg) = (app.Cpu() - before.App, AppProcess.ProcCpu(postmaster, children: true) - before.Pg);
            var writeJit = AppProcess.JitCpuBetween(before.Jit, app.BackgroundJitTicks());
            if (diagBefore is not null)
            {
                Console.WriteLine($"monday | during the write stream alone: {StepDiagnostics.Line(diagBefore, await diagnostics.TakeAsync(), new StepDiagnostics.Peaks(), elapsed)}");
            }
            Console.WriteLine($"monday | {submitted}");
            Console.WriteLine($"monday | {prechecked}");
            var admitted = alone.Tracker.EndToEnd.Count;
            var perAdmission = Math.Max(1, admitted);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"monday | write stream alone: {admitted} admitted and dispatched end to end in {elapsed.TotalSeconds:0.0} s ({alone.Tracker.StillOpen} still in review), " +
                $"decisions p50 {alone.Decisions.PercentileMs(50):0} p99 {alone.Decisions.PercentileMs(99):0} ms; CPU app {writeApp.TotalSeconds:0.0} s, PostgreSQL {writePg.TotalSeconds:0.0} s " +
                $"= per admission (its pre-checks included) app {writeApp.TotalMilliseconds / perAdmission:0} ms, PostgreSQL {writePg.TotalMilliseconds / perAdmission:0} ms; " +
                $"the write stream kept app {writeApp / elapsed:0.00} and PostgreSQL {writePg / elapsed:0.00} of the machine's {Environment.ProcessorCount} cores busy"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"monday | of the app's CPU, the runtime's background (tier-1) JIT at least {writeJit.TotalSeconds:0.0} s; without it, per admission app {(writeApp - writeJit).TotalMilliseconds / perAdmission:0} ms " +
                $"(the JIT's share falls as the process ages: a method run once per admission is re-compiled after 30 admissions)"));
        }

        double? bareSustainable = null;
        if (o.Int("ramp", 1) == 1)
        {
            var plan = new RampPlan(o.Double("ramp-from", 25), o.Double("ramp-factor", 1.5), o.Double("ramp-max", 20_000), o.Int("refine", 2), o.Double("p99", 50),
                o.Double("ramp-floor", 5), o.Int("repeat", 1)).Validate();
            var ramp = new RampProbe(plan, TimeSpan.FromSeconds(o.Double("step-seconds", 8)), TimeSpan.FromSeconds(o.Double("step-drain", 5)), probe.InboxLookupsAsync,
                diagnostics: diagnose ? diagnostics : null, slowReads: slowReads);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"monday | stepped open-loop ramps: from {plan.From}/s, x{plan.Factor} per step (then {plan.Refine} steps of x{plan.FineFactor:0.###} between the last sustained and the first unsustained), " +
                $"{o.Double("step-seconds", 8)} s per step; sustained = every request answered with success and p99 <= {plan.P99LimitMs} ms from the scheduled start; " +
                $"a step not sustained is run again at the same rate ({plan.Repeats} time(s)) and the climb goes on if a repeat is sustained; two sustainable rates: " +
                $"at the first attempt = the highest rate whose first step was sustained, below the lowest rate whose first step was not (the definition until session 15), " +
                $"with a failed step repeated = the highest rate sustained at any attempt, below the lowest rate that failed every attempt; " +
                $"a rate that held at the ramp's max ({plan.Max}/s) is a floor, printed \">= max\", and a ratio against it a bound (\"<=\"), never a plain ratio; " +
                $"each step says how late the generator sent (LATE above p99 {plan.P99LimitMs / 10} ms) and what it cost per request"));
            // pairs=N (issue 20's judging rule; 1, the default, is one bare ramp then one inbox ramp, as before): N rounds,
            // each a bare ramp and an inbox-with-writes ramp, bare first in odd rounds and inbox first in even ones, in this
            // process and this database; the write stream runs only around the inbox ramps (its lead before each).
            var pairs = Math.Max(1, o.Int("pairs", 1));
            string Of(int round) => pairs > 1 ? $"; round {round} of {pairs}" : "";
            if (pairs > 1)
            {
                Console.WriteLine($"monday | {pairs} alternating pairs of ramps (bare first in odd rounds, inbox first in even ones); each round prints both rates and " +
                    "its own ratio (inbox ÷ that round's bare); the goal is judged on the median of the per-round ratios, each definition apart; a rate held at " +
                    "the ramp's max is a floor and a ratio against it a bound, which the median keeps as a range (median of the lower bounds to median of the upper bounds)");
            }
            var lead = TimeSpan.FromSeconds(o.Int("lead", 10));
            async Task<RampFigures> BareRampAsync(int round) =>
                plan.Figures(await ramp.RunAsync($"GET /api/v1/me (cookie, bare{Of(round)})", probe.BareCookieAsync, inboxHits: false));
            async Task<RampFigures> InboxRampAsync(int round)
            {
                var withWrites = new MondayTraffic(app.BaseAddress, city, cookies, bodies, Options(o, 0)) { SlowReads = slowReads };
                var zipfReads = new ZipfSampler<string>(city.Villages, withWrites.Options.ZipfExponent, withWrites.Options.Seed);
                var rampAppCpu = app.Cpu();
                var writes = await withWrites.StartWritesAsync(http, TimeSpan.FromHours(1));
                Console.WriteLine($"monday | write stream on (submit {withWrites.Options.SubmitPerSecond}/s, pre-check {withWrites.Options.PrecheckPerSecond}/s, approvers deciding); " +
                    $"inbox ramp starts after {lead.TotalSeconds:0} s; {withWrites.Options.ChangedShare:P0} of the reads from a village a decision just changed");
                await Task.Delay(lead);
                var inbox = plan.Figures(await ramp.RunAsync($"GET inbox (cookie, Zipf, writes on{Of(round)})", r => withWrites.InboxReadAsync(http, zipfReads, r), inboxHits: true));
                var (submitted, prechecked) = await writes.StopAsync(stopIssuing: true, awaitDecisions: false);
                var beside = pairs > 1 ? $"beside the inbox ramp of round {round}" : "beside the inbox ramp";
                Console.WriteLine($"monday | {beside}: {submitted}");
                Console.WriteLine($"monday | {beside}: {prechecked}");
                Console.WriteLine($"monday | {beside}: {withWrites.Tracker.EndToEnd.Count} admitted and dispatched end to end, {withWrites.Decisions.Count} decisions " +
                    $"(p99 {withWrites.Decisions.PercentileMs(99):0} ms), app CPU {(app.Cpu() - rampAppCpu).TotalSeconds:0.0} s");
                return inbox;
            }
            var ramps = await RampPairs.RunAsync(pairs, BareRampAsync, InboxRampAsync, Goal, Console.WriteLine);
            // The morning's inbox=0 offers half the bare rate at the first attempt (the median with pairs > 1), as before repeats.
            bareSustainable = Bounded.MedianOf(ramps.Select(r => r.Bare.FirstAttempt.Rate ?? 0)) is > 0 and var bareMedian ? bareMedian : null;
            Console.WriteLine(pairs == 1
                ? string.Create(CultureInfo.InvariantCulture,
                    $"monday | sustainable rates (p99 <= {plan.P99LimitMs} ms, open loop) at the first attempt: {Rates(ramps[0].Bare.FirstAttempt, ramps[0].Inbox.FirstAttempt)} | " +
                    $"with a failed step repeated: {Rates(ramps[0].Bare.OnRepeat, ramps[0].Inbox.OnRepeat)}; load at end {Load()}")
                : $"monday | {pairs} pairs of ramps done; load at end {Load()}");
        }

        if (o.Int("morning", 0) == 0)
        {
            return 0;
        }
        var inboxRate = o.Int("inbox", 0) is > 0 and var r ? r
            : Math.Max(1, Math.Round(0.5 * (bareSustainable ?? rounds?.CookieBarePerSecond
                ?? throw new InvalidOperationException("morning=1 with inbox=0 needs ramp=1 or rounds>0 to know the bare endpoint's rate"))));
        var options = Options(o, inboxRate);
        var traffic = new MondayTraffic(app.BaseAddress, city, cookies, bodies, options);
        var hitsBefore = await probe.InboxLookupsAsync();
        // The morning's misses by cause, as a ramp step prints them (StepDiagnostics; its gauges are not sampled here).
        var morningBefore = diagnose ? await diagnostics.TakeAsync() : null;
        var morningClock = Stopwatch.StartNew();
        var (appCpu, pgCpu) = (app.Cpu(), AppProcess.ProcCpu(postmaster, children: true));
        Console.WriteLine($"monday | the morning: {options.Length.TotalSeconds:0} s open loop, submit {options.SubmitPerSecond}/s, pre-check {options.PrecheckPerSecond}/s, " +
            $"inbox {inboxRate}/s (Zipf s=1 over {city.Villages.Count} villages, {options.ChangedShare:P0} right after a change), load {File.ReadAllText("/proc/loadavg").Trim()}");
        var figures = await traffic.RunAsync();
        var (appUsed, pgUsed) = (app.Cpu() - appCpu, AppProcess.ProcCpu(postmaster, children: true) - pgCpu);
        var hitsAfter = await probe.InboxLookupsAsync();
        if (morningBefore is not null)
        {
            var morningAfter = await diagnostics.TakeAsync();
            Console.WriteLine($"monday | during the morning: {StepDiagnostics.Line(morningBefore, morningAfter, new StepDiagnostics.Peaks(), morningClock.Elapsed)}");
        }
        foreach (var line in figures.Lines())
        {
            Console.WriteLine($"monday | {line}");
        }
        var (hits, misses) = (hitsAfter.Hits - hitsBefore.Hits, hitsAfter.Misses - hitsBefore.Misses);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"monday | inbox cache under the write stream: {hits} hits, {misses} misses = {(hits + misses == 0 ? 0 : (double)hits / (hits + misses)):P1} hit ratio"));
        var per = Math.Max(1, figures.Admissions);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"monday | CPU in the morning: app {appUsed.TotalSeconds:0.0} s, PostgreSQL {pgUsed.TotalSeconds:0.0} s; per admission (all its traffic included) " +
            $"app {appUsed.TotalMilliseconds / per:0} ms, PostgreSQL {pgUsed.TotalMilliseconds / per:0} ms"));
        Console.WriteLine($"monday | inbox p99 {figures.Inbox.P99:0.0} ms at {inboxRate}/s offered{(bareSustainable is { } b ? $" = {inboxRate / b:P0} of the bare cookie endpoint's sustainable rate" : "")}; load at end {Load()}");
        return 0;
    }

    private static MondayOptions Options(HarnessArgs o, double inboxRate)
    {
        var poll = TimeSpan.FromSeconds(o.Double("poll", MondayOptions.PagePoll.TotalSeconds));
        // The approvers may still decide for a look interval and a bit after the schedule ends (at least 30 s, as before).
        return new MondayOptions(TimeSpan.FromSeconds(o.Int("seconds", 60)), o.Double("submit", 2), o.Double("precheck", 4), inboxRate, o.Int("changed", 20) / 100.0,
            ApproverPoll: poll, Drain: TimeSpan.FromSeconds(Math.Max(30, poll.TotalSeconds + 15)));
    }

    /// <summary>
    /// The bare and inbox rates of one definition and their ratio against issue 20's goal. A rate that held at the
    /// ramp's maximum is a floor ("&gt;="), and a ratio against it a bound, never a plain ratio (<see cref="Sustainable.Ratio"/>).
    /// </summary>
    internal static string Rates(Sustainable bare, Sustainable inbox) => RampPairs.Rates(bare, inbox, Goal);

    /// <summary>Issue 20's goal: the inbox with the write stream on sustains at least half the bare cookie endpoint's rate.</summary>
    private const double Goal = 0.5;

    private static string Load() => File.ReadAllText("/proc/loadavg").Trim();

    /// <summary>The server process of this database: the parent of our own backend.</summary>
    private static async Task SettleAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        foreach (var statement in new[] { "VACUUM (ANALYZE)", "CHECKPOINT" })
        {
            await using var command = new NpgsqlCommand(statement, connection) { CommandTimeout = 0 };
            await command.ExecuteNonQueryAsync();
        }
    }

    private static async Task<int> PostmasterAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select pg_backend_pid()", connection);
        return AppProcess.Parent((int)(await command.ExecuteScalarAsync())!);
    }
}
