using TaskAdmission.Application.Admission;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Benchmarks.Monday;
using TaskAdmission.Benchmarks.OpenLoop;
using TaskAdmission.Evaluation;
using TaskAdmission.Testing;

namespace TaskAdmission.Web.Tests.LoadGeneration;

/// <summary>
/// The `monday` benchmark's stepped ramps for a few seconds on a small city, two alternating pairs (`pairs=2`): a bare
/// ramp and an inbox ramp with the write stream on, bare first in round 1 and inbox first in round 2; inbox reads rise
/// step by step while department systems submit and approvers decide, so the ramps, their alternation and the write
/// stream keep working against the app.
/// </summary>
public sealed class MondayRampSmokeTests(MondaySmokeTests.App app) : IClassFixture<MondaySmokeTests.App>
{
    [Fact]
    public async Task Ramps_InAlternatingPairs_WithTheWriteStreamOnBesideTheInbox_StepUpTheRate_AndTheWriteStreamStopsWhenTold()
    {
        var city = await MondayCity.CreateAsync(app.Services, townships: 2, villagesPerTownship: 5, departments: 2);
        var cookies = await VillageSessions.MintSharedAsync(app.Services, city.Villages);
        var corpus = NoticeCorpus.Load().Where(n => n.Set == NoticeCorpus.Dev).ToList();
        var today = await app.WithScopeAsync<AdmissionService, DateOnly>(s => Task.FromResult(s.Today));
        var bodies = new MondayBodies(corpus.Where(n => n.IsClean).Take(2).ToList(), city, today, 2);
        var options = new MondayOptions(TimeSpan.FromMinutes(10), SubmitPerSecond: 1, PrecheckPerSecond: 1, InboxPerSecond: 0, ApproverPoll: TimeSpan.FromMilliseconds(200),
            Drain: TimeSpan.FromMinutes(2));
        using var http = LoopbackHttp.Create(app.BaseAddress);
        var zipf = new ZipfSampler<string>(city.Villages, 1.0, 3);
        var lines = new List<string>();
        // A generous latency limit: this checks the ramps' mechanics on a shared test machine, not the app's speed.
        var plan = new RampPlan(From: 4, Factor: 2, Max: 8, Refine: 0, P99LimitMs: 60_000);
        var ramp = new RampProbe(plan, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1), () => Task.FromResult((0L, 0L)), lines.Add);
        var bareTraffic = new MondayTraffic(app.BaseAddress, city, cookies, bodies, options);
        var inboxSteps = new List<IReadOnlyList<RampStep>>();
        var writeStreams = new List<(OpenLoopResult Submit, OpenLoopResult Precheck)>();

        async Task<RampFigures> Bare(int round) => plan.Figures(await ramp.RunAsync($"bare {round}",
            r => bareTraffic.CookieGetAsync(http, "/api/v1/me", zipf.Next(new Random((int)r.Index)), r.Token), inboxHits: false));
        async Task<RampFigures> Inbox(int round)
        {
            // As the harness does: a fresh write stream around each inbox ramp, stopped when the ramp ends.
            var traffic = new MondayTraffic(app.BaseAddress, city, cookies, bodies, options);
            var writes = await traffic.StartWritesAsync(http, traffic.Options.Length);
            var steps = await ramp.RunAsync($"inbox {round}", r => traffic.InboxReadAsync(http, zipf, r), inboxHits: false);
            writeStreams.Add(await writes.StopAsync(stopIssuing: true, awaitDecisions: false));
            inboxSteps.Add(steps);
            return plan.Figures(steps);
        }

        var rounds = await RampPairs.RunAsync(2, Bare, Inbox, 0.5, lines.Add, prefix: "");

        // Bare first in round 1, inbox first in round 2.
        Assert.Equal(["bare 1", "inbox 1", "inbox 2", "bare 2"],
            lines.Where(l => l.Contains(": sustainable rate", StringComparison.Ordinal)).Select(l => l["monday | ramp ".Length..l.IndexOf(':', StringComparison.Ordinal)]));
        Assert.Equal(2, rounds.Count);
        foreach (var steps in inboxSteps)
        {
            Assert.Equal([4.0, 8.0], steps.Select(s => s.Offered));
            Assert.Equal([4L, 8L], steps.Select(s => s.Scheduled));
            Assert.All(steps, s => Assert.Equal(0, s.Errors));
            Assert.Equal(8.0, plan.FirstAttempt(steps)!.Offered);
            Assert.Equal(8.0, plan.OnRepeat(steps)!.Offered);
        }
        // 8/s is the ramps' maximum and held: every figure is a floor, printed as one, and each round's ratio unknown.
        Assert.Contains(lines, l => l.Contains("ramp inbox 2: sustainable rate at the first attempt >= 8.0/s", StringComparison.Ordinal)
            && l.Contains("with a failed step repeated >= 8.0/s", StringComparison.Ordinal));
        Assert.All(rounds, r => Assert.True(r.Bare.FirstAttempt.Floor && r.Inbox.OnRepeat.Floor));
        Assert.Contains(lines, l => l.StartsWith("round 2 of 2 (inbox first)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("median of 2 alternating pairs, at the first attempt: bare cookie median >= 8.0/s", StringComparison.Ordinal)
            && l.Contains("median unknown (goal >= 50 %, judged on the median of the per-round ratios: not shown)", StringComparison.Ordinal));
        // Each write stream ran beside its inbox ramp (about two seconds at 1/s) and stopped long before its ten minutes.
        Assert.Equal(2, writeStreams.Count);
        foreach (var (submit, precheck) in writeStreams)
        {
            Assert.InRange(submit.Scheduled, 1, 30);
            Assert.Equal(submit.Scheduled, submit.Latency.Statuses.GetValueOrDefault(201));
            Assert.Equal(precheck.Scheduled, precheck.Latency.Statuses.GetValueOrDefault(200));
        }
    }
}
