using TaskAdmission.Application.Admission;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Benchmarks.Monday;
using TaskAdmission.Benchmarks.OpenLoop;
using TaskAdmission.Evaluation;
using TaskAdmission.Testing;

namespace TaskAdmission.Web.Tests.LoadGeneration;

/// <summary>
/// The `monday` benchmark's stepped ramp for a couple of seconds on a small city: inbox reads rising step by step while
/// department systems submit and approvers decide, so the ramp and the write stream keep working against the app.
/// </summary>
public sealed class MondayRampSmokeTests(MondaySmokeTests.App app) : IClassFixture<MondaySmokeTests.App>
{
    [Fact]
    public async Task Ramp_WithTheWriteStreamOn_StepsUpTheInboxRate_AndTheWriteStreamStopsWhenTold()
    {
        var city = await MondayCity.CreateAsync(app.Services, townships: 2, villagesPerTownship: 5, departments: 2);
        var cookies = await VillageSessions.MintSharedAsync(app.Services, city.Villages);
        var corpus = NoticeCorpus.Load().Where(n => n.Set == NoticeCorpus.Dev).ToList();
        var today = await app.WithScopeAsync<AdmissionService, DateOnly>(s => Task.FromResult(s.Today));
        var traffic = new MondayTraffic(app.BaseAddress, city, cookies, new MondayBodies(corpus.Where(n => n.IsClean).Take(2).ToList(), city, today, 2),
            new MondayOptions(TimeSpan.FromMinutes(10), SubmitPerSecond: 1, PrecheckPerSecond: 1, InboxPerSecond: 0, ApproverPoll: TimeSpan.FromMilliseconds(200),
                Drain: TimeSpan.FromMinutes(2)));
        using var http = LoopbackHttp.Create(app.BaseAddress);
        var zipf = new ZipfSampler<string>(city.Villages, 1.0, 3);
        var lines = new List<string>();
        // A generous latency limit: this checks the ramp's mechanics on a shared test machine, not the app's speed.
        var plan = new RampPlan(From: 4, Factor: 2, Max: 8, Refine: 0, P99LimitMs: 60_000);
        var ramp = new RampProbe(plan, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1), () => Task.FromResult((0L, 0L)), lines.Add);

        var writes = await traffic.StartWritesAsync(http, traffic.Options.Length);
        var steps = await ramp.RunAsync("inbox", r => traffic.InboxReadAsync(http, zipf, r), inboxHits: false);
        var (submit, precheck) = await writes.StopAsync(stopIssuing: true, awaitDecisions: false);

        Assert.Equal([4.0, 8.0], steps.Select(s => s.Offered));
        Assert.Equal([4L, 8L], steps.Select(s => s.Scheduled));
        Assert.All(steps, s => Assert.Equal(0, s.Errors));
        Assert.Equal(8.0, plan.FirstAttempt(steps)!.Offered);
        Assert.Equal(8.0, plan.OnRepeat(steps)!.Offered);
        // 8/s is the ramp's maximum and held: the figure is a floor, printed as one.
        Assert.Contains(lines, l => l.Contains("sustainable rate at the first attempt >= 8.0/s", StringComparison.Ordinal)
            && l.Contains("with a failed step repeated >= 8.0/s", StringComparison.Ordinal));
        // The write stream ran beside the ramp (about two seconds at 1/s) and stopped long before its ten minutes.
        Assert.InRange(submit.Scheduled, 1, 30);
        Assert.Equal(submit.Scheduled, submit.Latency.Statuses.GetValueOrDefault(201));
        Assert.Equal(precheck.Scheduled, precheck.Latency.Statuses.GetValueOrDefault(200));
    }
}
