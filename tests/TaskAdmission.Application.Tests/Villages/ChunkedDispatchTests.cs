using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TaskAdmission.Application.Burden;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Villages;
using TaskAdmission.Application.Villages.Caching;
using TaskAdmission.Application.Villages.Dispatch;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Burden;
using TaskAdmission.Core.Organisation;
using TaskAdmission.Testing;
using TaskAdmission.Testing.Villages;
using Xunit.Abstractions;

namespace TaskAdmission.Application.Tests.Villages;

/// <summary>Chunks of 10 villages, and no worker: the tests run the chunks themselves, as the worker (or a second node) would.</summary>
public sealed class ChunkedDispatchHost() : ApplicationHost(DatabaseProvider.Postgres)
{
    public const int Chunk = 10;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Villages:DispatchChunk"] = Chunk.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Villages:DispatchPollSeconds"] = "0",
    };
}

/// <summary>
/// A decision that admits more villages than one chunk queues the dispatch in its own transaction; the worker then
/// writes it a chunk per transaction. Every admitted village must end up with exactly one assignment, one notification
/// and its ledger share — through a crash mid-chunk and with two nodes at work — and a village sees the task only once
/// its own chunk has committed.
/// </summary>
public sealed class ChunkedDispatchTests(ChunkedDispatchHost app, ITestOutputHelper output) : IClassFixture<ChunkedDispatchHost>
{
    private const int Villages = 25;

    [Fact]
    public async Task ALargeDecision_IsDispatchedInChunks_EachVillageOnce_SeenOnlyOnceItsChunkCommitted()
    {
        var scenario = new VillageScenario(app.Services);
        var (township, villages) = await TownshipAsync(scenario, "990198");
        var submission = await scenario.SubmitAsync("分批派发测试", township);

        await scenario.DecideAsync(submission.Id, township, DecisionKind.Admit);

        // The decision is taken and the task admitted, but no village has it yet: it waits in the queue.
        Assert.Equal(SubmissionStatus.Admitted, (await scenario.ReloadAsync(submission.Id)).Status);
        Assert.Equal(0, await AssignmentsAsync(submission.Id));
        Assert.True(await JobQueuedAsync(submission.Id));
        Assert.False(await SeesAsync(scenario, villages[0], "分批派发测试"));

        // One chunk: the first ten villages (code order) see it, the others not yet.
        Assert.True(await RunOnceAsync());
        Assert.Equal(ChunkedDispatchHost.Chunk, await AssignmentsAsync(submission.Id));
        Assert.True(await SeesAsync(scenario, villages[0], "分批派发测试"));
        Assert.False(await SeesAsync(scenario, villages[^1], "分批派发测试"));

        await DrainAsync();
        Assert.True(await SeesAsync(scenario, villages[^1], "分批派发测试"));
        await AssertDispatchedOnceAsync(submission, villages);
        Assert.False(await JobQueuedAsync(submission.Id));

        // Three chunks wrote 10 + 10 + 5 villages; the job is audited once, when it ends, with its totals; the queueing too.
        var audit = await app.WithScopeAsync<AppDbContext, List<(string Action, string? Details)>>(async db =>
            (await db.AuditEntries.AsNoTracking().Where(e => e.Subject == $"submission:{submission.Number}" && e.Action.StartsWith("assignment.dispatch"))
                .Select(e => new { e.Action, e.Details }).ToListAsync()).Select(e => (e.Action, e.Details)).ToList());
        Assert.Equal(["25 villages in 3 chunks"], audit.Where(a => a.Action == "assignment.dispatch").Select(a => a.Details));
        Assert.Single(audit, a => a.Action == "assignment.dispatch.queued");

        // Idempotent: the decision's dispatch retried, or the worker running again, adds nothing and queues nothing.
        var again = await app.WithScopeAsync(async sp => await sp.GetRequiredService<DispatchService>().DispatchAsync(
            await sp.GetRequiredService<AppDbContext>().Submissions.Include(s => s.Villages).Include(s => s.Demands).Include(s => s.Decisions)
                .SingleAsync(s => s.Id == submission.Id)));
        Assert.Equal(0, again);
        Assert.False(await JobQueuedAsync(submission.Id));
        Assert.Equal(0, await DrainAsync());
        await AssertDispatchedOnceAsync(submission, villages);
    }

    [Fact]
    public async Task ADecisionQueuingItsDispatch_LeavesAKeptInboxOfAnAdmittedVillage_UntilItsChunkWritesTheAssignment()
    {
        // The village inbox is built from assignments: a decision that admits villages and queues their dispatch changes
        // nothing they see until a chunk writes their assignments. Neither the decision's own eviction nor its trigger's
        // notification evicts them (migration InboxAdmitWithoutAssignment); the chunk's commit updates (or evicts) them,
        // and the next read shows the work (issue 20, sessions 29 and 34).
        var cache = app.Services.GetRequiredService<VillageInboxCache>();
        var listener = app.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<Application.Villages.Caching.VillageInboxListener>().Single();
        Assert.True(await Eventually.TrueAsync(() => Task.FromResult(cache.IsLive)), "the inbox listener is not connected");
        var scenario = new VillageScenario(app.Services);
        var (township, villages) = await TownshipAsync(scenario, "990189");
        var submission = await scenario.SubmitAsync("准入未派发不清缓存", township);
        Assert.True(await listener.CaughtUpAsync(Eventually.DefaultBound), "the listener never applied the submission's notifications");
        Assert.False(await SeesAsync(scenario, villages[0], "准入未派发不清缓存"));
        Assert.True(cache.TryPeek(villages[0], out var kept), "the read kept nothing");

        await scenario.DecideAsync(submission.Id, township, DecisionKind.Admit);
        Assert.True(await JobQueuedAsync(submission.Id));
        Assert.True(await listener.CaughtUpAsync(Eventually.DefaultBound), "the listener never applied the decision's notifications");

        Assert.True(cache.TryPeek(villages[0], out var after), "the admission evicted a village that has no assignment of the task yet");
        Assert.Same(kept, after);
        Assert.False(await SeesAsync(scenario, villages[0], "准入未派发不清缓存"));

        // The first chunk writes villages[0]'s assignment: its commit updates the kept inbox (write-through, session 34;
        // evicted with it off), and the next read shows the work.
        Assert.True(await RunOnceAsync());
        Assert.False(cache.TryPeek(villages[0], out var updated) && ReferenceEquals(updated, kept), "the chunk that wrote the assignment left the kept inbox as it was");
        Assert.True(await SeesAsync(scenario, villages[0], "准入未派发不清缓存"));
        await DrainAsync();
        Assert.True(await SeesAsync(scenario, villages[^1], "准入未派发不清缓存"));
    }

    [Fact]
    public async Task ACrashMidChunk_LeavesNothing_AndTheResumedJobDispatchesEachVillageOnce()
    {
        var scenario = new VillageScenario(app.Services);
        var (township, villages) = await TownshipAsync(scenario, "990197");
        var submission = await scenario.SubmitAsync("派发中断测试", township);
        await scenario.DecideAsync(submission.Id, township, DecisionKind.Admit);
        Assert.True(await RunOnceAsync());

        // The process dies in the middle of the second chunk: its rows were written inside the chunk's transaction,
        // which never commits (the connection closes and PostgreSQL rolls it back).
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            var chunk = await scope.ServiceProvider.GetRequiredService<DispatchService>().DispatchChunkAsync(submission.Id, ChunkedDispatchHost.Chunk);
            Assert.Equal((ChunkedDispatchHost.Chunk, true), (chunk.Written, chunk.More));
        }
        Assert.Equal(ChunkedDispatchHost.Chunk, await AssignmentsAsync(submission.Id));
        Assert.True(await JobQueuedAsync(submission.Id));

        // After the restart the job goes on from what was committed.
        await DrainAsync();
        await AssertDispatchedOnceAsync(submission, villages);
    }

    [Fact]
    public async Task TwoNodes_WorkingOffTheQueueAtOnce_DispatchEachVillageOnce()
    {
        var scenario = new VillageScenario(app.Services);
        var (first, firstVillages) = await TownshipAsync(scenario, "990196");
        var (second, secondVillages) = await TownshipAsync(scenario, "990195");
        var a = await scenario.SubmitAsync("两节点派发甲", first);
        var b = await scenario.SubmitAsync("两节点派发乙", second);
        await scenario.DecideAsync(a.Id, first, DecisionKind.Admit);
        await scenario.DecideAsync(b.Id, second, DecisionKind.Admit);

        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(DrainAsync)));

        await AssertDispatchedOnceAsync(a, firstVillages);
        await AssertDispatchedOnceAsync(b, secondVillages);
    }

    [Fact]
    public async Task AVillageBelowTheChunksSoFar_WithoutAnAssignment_IsStillDispatched()
    {
        // Chunks continue after the highest village assigned; the last one reads the whole submission, so an admitted
        // village below that point without an assignment (here: its assignment removed behind the app's back) is found.
        var scenario = new VillageScenario(app.Services);
        var (township, villages) = await TownshipAsync(scenario, "990194");
        var submission = await scenario.SubmitAsync("游标派发测试", township);
        await scenario.DecideAsync(submission.Id, township, DecisionKind.Admit);
        Assert.True(await RunOnceAsync());
        Assert.True(await RunOnceAsync());
        await app.WithScopeAsync<AppDbContext, int>(db =>
            db.Assignments.Where(a => a.SubmissionId == submission.Id && a.VillageCode == villages[4]).ExecuteDeleteAsync());

        await DrainAsync();

        var assigned = await app.WithScopeAsync<AppDbContext, List<string>>(db =>
            db.Assignments.Where(a => a.SubmissionId == submission.Id).Select(a => a.VillageCode).ToListAsync());
        Assert.Equal(villages.Order(StringComparer.Ordinal), assigned.Order(StringComparer.Ordinal));
        Assert.False(await JobQueuedAsync(submission.Id));
    }

    [Fact]
    public async Task AChangeToTheSubmissionMidJob_ReachesTheNextChunks()
    {
        // The chunks of a job write from a copy of the submission kept on the node; a change in between (every change
        // raises the version) must be what the next chunks write, never the kept copy.
        var scenario = new VillageScenario(app.Services);
        var (township, villages) = await TownshipAsync(scenario, "990191");
        var submission = await scenario.SubmitAsync("改前标题", township);
        await scenario.DecideAsync(submission.Id, township, DecisionKind.Admit);
        Assert.True(await RunOnceAsync());
        await app.WithScopeAsync<AppDbContext, int>(db => db.Submissions.Where(s => s.Id == submission.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Title, "改后标题").SetProperty(s => s.Version, s => s.Version + 1)));

        await DrainAsync();

        var titles = await app.WithScopeAsync<AppDbContext, List<(string Village, string Title)>>(async db =>
            (await db.Assignments.Where(a => a.SubmissionId == submission.Id).Select(a => new { a.VillageCode, a.Title }).ToListAsync())
                .Select(a => (a.VillageCode, a.Title)).ToList());
        Assert.All(titles.Where(t => string.CompareOrdinal(t.Village, villages[ChunkedDispatchHost.Chunk - 1]) <= 0), t => Assert.Equal("改前标题", t.Title));
        Assert.All(titles.Where(t => string.CompareOrdinal(t.Village, villages[ChunkedDispatchHost.Chunk - 1]) > 0), t => Assert.Equal("改后标题", t.Title));
        Assert.Equal(villages.Count, titles.Count);
    }

    [Fact]
    public async Task AJob_ReadsItsSubmissionAndAuditsOnce_HoweverManyChunksItTakes()
    {
        // Two jobs of 15 and 35 villages: 2 and 4 chunks of 10. What a chunk repeats (the job row, the submission's row
        // lock, its villages, the writes) grows with the chunks; reading the submission with its demands, decisions and
        // list items, and the audit entry, must not.
        var scenario = new VillageScenario(app.Services);
        var small = await StatementsOfAJobAsync(scenario, "990193", 15);
        var large = await StatementsOfAJobAsync(scenario, "990192", 35);
        output.WriteLine($"15 villages, {small.Chunks} chunks: {small.Statements.Count} statements; 35 villages, {large.Chunks} chunks: {large.Statements.Count} statements");
        foreach (var group in large.Statements.GroupBy(Kind).OrderByDescending(g => g.Count()))
        {
            output.WriteLine($"  {group.Count(),3} x {group.Key}");
        }
        Assert.Equal((2, 4), (small.Chunks, large.Chunks));

        static bool ReadsSubmission(string sql) =>
            sql.Contains("FROM submission_demands", StringComparison.Ordinal) || sql.Contains("FROM decisions", StringComparison.Ordinal)
            || sql.Contains("FROM list_items", StringComparison.Ordinal);
        static bool Audits(string sql) => sql.Contains("INSERT INTO audit_entries", StringComparison.Ordinal);
        Assert.Equal(small.Statements.Count(ReadsSubmission), large.Statements.Count(ReadsSubmission));
        Assert.Equal(1, large.Statements.Count(Audits));
        Assert.Equal(1, small.Statements.Count(Audits));
        // Per extra chunk the same few statements: the job row, the submission's row lock, its next villages, the ledger,
        // the COPY of assignments and of notifications, the job's progress, and as it commits its transaction's id, which
        // its notifications carry, so that they do not evict its villages a second time (OwnCommits; the commit itself is
        // no command).
        Assert.Equal(2 * 8, large.Statements.Count - small.Statements.Count);
    }

    /// <summary>Queues a dispatch of <paramref name="count"/> villages and runs it to the end, recording every statement the chunks sent.</summary>
    private async Task<(int Chunks, List<string> Statements)> StatementsOfAJobAsync(VillageScenario scenario, string prefix, int count)
    {
        var (township, _) = await TownshipAsync(scenario, prefix, count);
        var submission = await scenario.SubmitAsync($"计数派发{prefix}", township);
        await scenario.DecideAsync(submission.Id, township, DecisionKind.Admit);
        var statements = new List<string>();
        string? rootId = null;
        using var listener = new System.Diagnostics.ActivityListener
        {
            ShouldListenTo = s => s.Name is "Npgsql" or nameof(ChunkedDispatchTests),
            Sample = (ref System.Diagnostics.ActivityCreationOptions<System.Diagnostics.ActivityContext> _) => System.Diagnostics.ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a =>
            {
                if (a.Source.Name == "Npgsql" && a.RootId == rootId) lock (statements) statements.Add(a.GetTagItem("db.query.text") as string ?? a.DisplayName);
            },
        };
        System.Diagnostics.ActivitySource.AddActivityListener(listener);
        using var source = new System.Diagnostics.ActivitySource(nameof(ChunkedDispatchTests));
        using var root = source.StartActivity("job");
        rootId = root?.RootId;
        var chunks = await DrainAsync();
        lock (statements) return (chunks, statements.ToList());
    }

    /// <summary>A statement in short: its verb and the first table it names.</summary>
    private static string Kind(string sql)
    {
        var line = sql.ReplaceLineEndings(" ");
        var verb = line.Split(' ', 2)[0];
        var at = line.IndexOf(" FROM ", StringComparison.Ordinal) is >= 0 and var f ? f + 6
            : line.IndexOf(" INTO ", StringComparison.Ordinal) is >= 0 and var i ? i + 6
            : line.IndexOf("UPDATE ", StringComparison.Ordinal) is >= 0 and var u ? u + 7 : -1;
        return at < 0 ? line[..Math.Min(60, line.Length)] : $"{verb} {line[at..].Split(' ', 2)[0]}";
    }

    /// <summary>A synthetic township of 青山区 with <see cref="Villages"/> villages (codes in order).</summary>
    private static async Task<(string Township, List<string> Villages)> TownshipAsync(VillageScenario scenario, string prefix, int count = Villages)
    {
        var township = $"{prefix}000000";
        var villages = Enumerable.Range(1, count).Select(i => $"{prefix}{i:D6}").ToList();
        await scenario.WithAsync<AppDbContext, int>(async db =>
        {
            db.OrgUnits.Add(new OrgUnit { Code = township, ParentCode = VillageScenario.Qingshan, Kind = OrgUnitKind.Township, NameZh = $"分批镇{prefix}", NameEn = $"Chunk Town {prefix}" });
            db.OrgUnits.AddRange(villages.Select(v => new OrgUnit { Code = v, ParentCode = township, Kind = OrgUnitKind.Village, NameZh = $"分批{v}村", NameEn = $"Chunk Village {v}" }));
            return await db.SaveChangesAsync();
        });
        return (township, villages);
    }

    private async Task AssertDispatchedOnceAsync(Submission submission, IReadOnlyList<string> villages)
    {
        var (assigned, notified, ledger, recount) = await app.WithScopeAsync<AppDbContext, (List<string>, List<string>, List<string>, List<string>)>(async db =>
        {
            var assigned = await db.Assignments.Where(a => a.SubmissionId == submission.Id).Select(a => a.VillageCode).ToListAsync();
            var notified = await db.Notifications.Where(n => n.Subject == submission.Title).Select(n => n.Audience).ToListAsync();
            var codes = villages.ToList();
            var ledger = (await db.BurdenLedger.AsNoTracking().Where(r => codes.Contains(r.VillageCode)).ToListAsync())
                .Where(r => !r.Counts.IsZero).Select(Line).Order(StringComparer.Ordinal).ToList();
            var recount = (await BurdenRecount.ComputeAsync(db, codes)).Select(Line).Order(StringComparer.Ordinal).ToList();
            return (assigned, notified, ledger, recount);
        });
        Assert.Equal(villages.Order(StringComparer.Ordinal), assigned.Order(StringComparer.Ordinal));
        Assert.Equal(villages.Select(v => $"village:{v}").Order(StringComparer.Ordinal), notified.Where(n => n.StartsWith("village:", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        // The ledger counts each village's share once: it equals a recount from the assignments.
        Assert.NotEmpty(ledger);
        Assert.Equal(recount, ledger);
    }

    private static string Line(BurdenLedgerRow r) => $"{r.VillageCode} {r.DepartmentCode} {r.Source} {r.Kind} {r.Year}: {r.Counts}";

    private Task<int> AssignmentsAsync(Guid submission) =>
        app.WithScopeAsync<AppDbContext, int>(db => db.Assignments.CountAsync(a => a.SubmissionId == submission));

    private Task<bool> JobQueuedAsync(Guid submission) =>
        app.WithScopeAsync<AppDbContext, bool>(db => db.DispatchJobs.AnyAsync(j => j.SubmissionId == submission));

    private Task<bool> RunOnceAsync() => app.WithScopeAsync<DispatchJobRunner, bool>(r => r.RunOnceAsync());

    private Task<int> DrainAsync() => app.WithScopeAsync<DispatchJobRunner, int>(r => r.DrainAsync());

    private static async Task<bool> SeesAsync(VillageScenario scenario, string village, string title) =>
        (await scenario.WithAsync<VillageInboxService, IReadOnlyList<DueGroup>>(s => s.OpenAsync(VillageScenario.Village(village))))
            .SelectMany(g => g.Assignments).Any(a => a.Title == title);
}
