using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TaskAdmission.Benchmarks.Monday;
using TaskAdmission.Benchmarks.OpenLoop;

namespace TaskAdmission.Web.Tests.LoadGeneration;

public sealed class OpenLoopTests
{
    [Fact]
    public void Fixed_SpacesArrivalsEvenly_ByTheRateAlone()
    {
        var schedule = ArrivalSchedule.Fixed(100, TimeSpan.FromSeconds(2));

        Assert.Equal(200, schedule.Count);
        Assert.Equal(TimeSpan.Zero, schedule.DueAt(0));
        Assert.Equal(TimeSpan.FromMilliseconds(10), schedule.DueAt(1));
        Assert.Equal(TimeSpan.FromMilliseconds(1990), schedule.DueAt(199));
        Assert.Throws<ArgumentOutOfRangeException>(() => schedule.DueAt(200));
    }

    [Fact]
    public void Ramp_StepsUpTheRate_AndEachStepStartsOnTime()
    {
        var schedule = ArrivalSchedule.Ramp(10, 30, 3, TimeSpan.FromSeconds(1));

        Assert.Equal([10.0, 20.0, 30.0], schedule.Steps.Select(s => s.Rate));
        Assert.Equal(60, schedule.Count);
        Assert.Equal(TimeSpan.FromMilliseconds(900), schedule.DueAt(9));
        Assert.Equal(TimeSpan.FromSeconds(1), schedule.DueAt(10));
        Assert.Equal(TimeSpan.FromMilliseconds(1050), schedule.DueAt(11));
        Assert.Equal(TimeSpan.FromSeconds(2), schedule.DueAt(30));
        Assert.Equal(2, schedule.StepOf(59));
        var dues = Enumerable.Range(0, 60).Select(i => schedule.DueAt(i)).ToList();
        Assert.Equal(dues.Order(), dues);
    }

    [Fact]
    public void Recorder_GivesPercentilesOfAKnownDistribution_AndCountsStatuses()
    {
        var recorder = new LatencyRecorder();
        for (var ms = 1; ms <= 1000; ms++)
        {
            recorder.Record(Stopwatch.Frequency * ms / 1000, ms % 100 == 0 ? 503 : 200);
        }

        // HdrHistogram with 3 significant digits: each value within 0.1 %.
        Assert.Equal(500, recorder.PercentileMs(50), 1.0);
        Assert.Equal(950, recorder.PercentileMs(95), 1.0);
        Assert.Equal(990, recorder.PercentileMs(99), 1.0);
        Assert.Equal(999, recorder.PercentileMs(99.9), 1.0);
        Assert.Equal(1000, recorder.MaxMs, 1.0);
        Assert.Equal(990, recorder.Successes);
        Assert.Equal(new Dictionary<int, long> { [200] = 990, [503] = 10 }, recorder.Statuses);
    }

    [Fact]
    public async Task Runner_CountsQueueingFromTheScheduledStart_WhenTheServerFallsBehind()
    {
        // A server that answers one request at a time, 50 ms each (20/s), offered 40/s for one second: request i is due at
        // 25·i ms and cannot be answered before 50·(i+1) ms, so an honest latency grows to about a second. A closed loop,
        // or timing from when a request was actually sent, would report about 50 ms throughout.
        var inFlight = 0;
        var maxInFlight = 0;
        var gate = new SemaphoreSlim(1);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        await using var app = builder.Build();
        app.MapGet("/slow", async () =>
        {
            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref maxInFlight, now);
            await gate.WaitAsync();
            try
            {
                await Task.Delay(50);
            }
            finally
            {
                gate.Release();
                Interlocked.Decrement(ref inFlight);
            }
            return Results.Ok();
        });
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
        using var http = LoopbackHttp.Create(address);
        var opened = LoopbackHttp.ConnectionsOpened;

        var result = await OpenLoopRunner.RunAsync("slow", ArrivalSchedule.Fixed(40, TimeSpan.FromSeconds(1)),
            async r => (int)(await http.GetAsync("/slow", r.Token)).StatusCode);

        Assert.Equal(new Dictionary<int, long> { [200] = 40 }, result.Latency.Statuses);
        Assert.True(maxInFlight >= 5, $"requests were sent without waiting for answers: at most {maxInFlight} at the server at once");
        Assert.True(result.Latency.MaxMs >= 900, $"the last request waited behind the queue: max {result.Latency.MaxMs} ms");
        Assert.True(result.P50 >= 400, $"the median request waited behind half the queue: p50 {result.P50} ms");
        Assert.Equal(0, result.NotSent);
        // HTTP/1.1 carries one request at a time per connection: every request waiting at the server at once came on
        // a connection of its own, and each was counted when it was opened (other tests' clients can only add to it).
        Assert.True(LoopbackHttp.ConnectionsOpened - opened >= maxInFlight,
            $"{LoopbackHttp.ConnectionsOpened - opened} connections counted for {maxInFlight} requests at the server at once");
    }

    [Fact]
    public async Task Runner_NeverSendsARequestBeforeItIsDue_AndSendsEveryOne()
    {
        // The generator sleeps until each request is due rather than spinning to the tick: a request may leave a little
        // late (charged to the server, its latency runs from the due time) but never early, which would flatter it.
        long early = 0, sent = 0;
        var result = await OpenLoopRunner.RunAsync("on time", ArrivalSchedule.Fixed(2_000, TimeSpan.FromMilliseconds(300)), r =>
        {
            Interlocked.Increment(ref sent);
            if (System.Diagnostics.Stopwatch.GetTimestamp() < r.DueTimestamp) Interlocked.Increment(ref early);
            return Task.FromResult(200);
        });

        Assert.Equal(600, Interlocked.Read(ref sent));
        Assert.Equal(0, Interlocked.Read(ref early));
        Assert.Equal(new Dictionary<int, long> { [200] = 600 }, result.Latency.Statuses);
    }

    [Fact]
    public async Task Runner_CountsAThrowingRequestAsNoAnswer()
    {
        var result = await OpenLoopRunner.RunAsync("broken", ArrivalSchedule.Fixed(50, TimeSpan.FromMilliseconds(200)),
            r => r.Index % 2 == 0 ? Task.FromResult(200) : Task.FromException<int>(new HttpRequestException("refused")));

        Assert.Equal(new Dictionary<int, long> { [0] = 5, [200] = 5 }, result.Latency.Statuses);
        Assert.Equal(5, result.Errors);
    }

    private static RampStep Step(double offered, double p99, long errors = 0, int attempt = 1) =>
        new(offered, offered, p99 / 2, p99, p99 * 1.5, (long)(offered * 8), errors, Attempt: attempt);

    private static double Rate(RampPlan plan, List<RampStep> done)
    {
        var next = plan.Next(done)!.Value;
        Assert.Equal(1, next.Attempt);
        return next.Rate;
    }

    [Fact]
    public void RampPlan_ClimbsByItsFactor_ThenRefinesBetweenTheLastSustainedAndTheFirstUnsustainedStep()
    {
        var plan = new RampPlan(From: 100, Factor: 1.5, Max: 5000, Refine: 2, P99LimitMs: 50, Repeats: 0).Validate();
        var done = new List<RampStep>();

        Assert.Equal(100, Rate(plan, done));
        done.Add(Step(100, 5));
        Assert.Equal(150, Rate(plan, done), 6);
        done.Add(Step(150, 8));
        Assert.Equal(225, Rate(plan, done), 6);
        done.Add(Step(225, 400)); // saturated

        // Between 150 (sustained) and 225 (not): two finer steps of 1.5^(1/3) = 1.1447 each.
        var fine1 = Rate(plan, done);
        Assert.Equal(150 * Math.Pow(1.5, 1.0 / 3), fine1, 6);
        done.Add(Step(fine1, 30));
        var fine2 = Rate(plan, done);
        Assert.Equal(150 * Math.Pow(1.5, 2.0 / 3), fine2, 6);
        done.Add(Step(fine2, 60));
        Assert.Null(plan.Next(done)); // the next finer step would reach the failed one

        // Without repeats both figures are the same.
        Assert.Equal(fine1, plan.FirstAttempt(done)!.Offered);
        Assert.Equal(fine1, plan.OnRepeat(done)!.Offered);
    }

    [Fact]
    public void RampPlan_RepeatsAFailedStepOnce_AndClimbsOnWhenTheRepeatHolds()
    {
        var plan = new RampPlan(From: 100, Factor: 2, Max: 5000, Refine: 1, P99LimitMs: 50).Validate();
        List<RampStep> done = [Step(100, 5), Step(200, 8), Step(400, 52)]; // one stall at 400

        Assert.Equal(new RampNext(400, 2), plan.Next(done)); // the same rate once more
        done.Add(Step(400, 12, attempt: 2));
        Assert.Equal(800, Rate(plan, done), 6); // it held on the repeat: the climb goes on
        done.Add(Step(800, 70));
        Assert.Equal(new RampNext(800, 2), plan.Next(done));
        done.Add(Step(800, 90, attempt: 2)); // failed twice: no third attempt, refine between 400 and 800
        Assert.Equal(400 * Math.Sqrt(2), Rate(plan, done), 6);
        done.Add(Step(400 * Math.Sqrt(2), 20));
        Assert.Null(plan.Next(done));

        // At the first attempt the ramp stops below 400, the first step that failed (today's definition); with the
        // repeat, 400 held and so did the finer step above it.
        Assert.Equal(200, plan.FirstAttempt(done)!.Offered);
        var onRepeat = plan.OnRepeat(done)!;
        Assert.Equal(400 * Math.Sqrt(2), onRepeat.Offered, 6);
        Assert.Equal(1, onRepeat.Attempt);
        var figures = plan.Figures(done);
        Assert.Equal(200, figures.FirstAttempt.Rate);
        Assert.False(figures.FirstAttempt.Floor);
        Assert.Equal("at the first attempt 200.0/s (p99 8.00 ms), with a failed step repeated 565.7/s (p99 20.00 ms)", figures.Line());
    }

    [Fact]
    public void RampPlan_ARateThatHeldOnlyOnItsRepeat_IsTheRepeatFigure_WithTheRepeatsLatency()
    {
        var plan = new RampPlan(From: 100, Factor: 2, Max: 5000, Refine: 0, P99LimitMs: 50).Validate();
        List<RampStep> done = [Step(100, 5), Step(200, 60), Step(200, 30, attempt: 2), Step(400, 80), Step(400, 85, attempt: 2)];

        Assert.Null(plan.Next(done)); // no refinement asked for
        Assert.Equal(100, plan.FirstAttempt(done)!.Offered);
        var onRepeat = plan.OnRepeat(done)!;
        Assert.Equal(200, onRepeat.Offered);
        Assert.Equal(2, onRepeat.Attempt);
        Assert.Equal(30, onRepeat.P99);
        Assert.Equal("at the first attempt 100.0/s (p99 5.00 ms), with a failed step repeated 200.0/s (p99 30.00 ms, attempt 2)", plan.Figures(done).Line());
    }

    [Fact]
    public void RampPlan_DoesNotRefineOntoARateThatFailedEveryAttempt_WhenTheRealisedRatesDifferByAHair()
    {
        // Session 16's bare ramp: 4,861.6/s failed twice; the refinement from 3,710.1 went to 4,247.0 (held on its
        // repeat) and then to 4,861.5 — the failed rate again, as the schedule realised it — and that third try held.
        var plan = new RampPlan(From: 2160.8, Factor: 1.5, Max: 20_000, Refine: 2, P99LimitMs: 50).Validate();
        List<RampStep> done =
        [
            Step(2160.8, 12), Step(3241.1, 32), Step(4861.6, 62), Step(4861.6, 57, attempt: 2), Step(3710.1, 33),
            Step(4247.0, 95), Step(4247.0, 21, attempt: 2),
        ];

        Assert.Null(plan.Next(done)); // 4,247.0 × 1.1447 = 4,861.5: no rate of its own below 4,861.6
        Assert.Equal(4247.0, plan.OnRepeat(done)!.Offered);

        // A candidate a real fine step below the failure is still run.
        List<RampStep> wider = [Step(2160.8, 12), Step(3241.1, 32), Step(4861.6, 62), Step(4861.6, 57, attempt: 2), Step(3710.1, 33)];
        Assert.Equal(3710.1 * plan.FineFactor, Rate(plan, wider), 6);
    }

    [Fact]
    public void RampPlan_StopsAtItsMaximum_AndFindsNoRateWhenTheFirstStepFails()
    {
        var plan = new RampPlan(From: 100, Factor: 2, Max: 300, Refine: 1, P99LimitMs: 50);
        List<RampStep> done = [Step(100, 1), Step(200, 1)];
        Assert.Equal(300, Rate(plan, done)); // capped at the maximum
        done.Add(Step(300, 1));
        Assert.Null(plan.Next(done));
        Assert.Equal(300, plan.FirstAttempt(done)!.Offered);
        Assert.Equal(300, plan.OnRepeat(done)!.Offered);

        List<RampStep> failed = [Step(100, 80)];
        Assert.Equal(new RampNext(100, 2), plan.Next(failed));
        failed.Add(Step(100, 80, attempt: 2));
        Assert.Null(plan.Next(failed)); // no floor: it does not step down
        Assert.Null(plan.FirstAttempt(failed));
        Assert.Null(plan.OnRepeat(failed));
        Assert.Equal("at the first attempt none (below the first step, 100.0/s), with a failed step repeated none (below the first step, 100.0/s)",
            plan.Figures(failed).Line());
        Assert.Throws<ArgumentOutOfRangeException>(() => new RampPlan(100, 1, 300, 1, 50).Validate());
        Assert.Throws<ArgumentOutOfRangeException>(() => new RampPlan(100, 2, 300, 1, 50, Floor: 200).Validate());
        Assert.Throws<ArgumentOutOfRangeException>(() => new RampPlan(100, 2, 300, 1, 50, Repeats: -1).Validate());
    }

    [Fact]
    public void RampPlan_StepsDownToItsFloor_WhenTheFirstStepIsNotSustained_ThenRefinesAboveWhatHeld()
    {
        var plan = new RampPlan(From: 100, Factor: 2, Max: 1000, Refine: 1, P99LimitMs: 50, Floor: 20).Validate();
        List<RampStep> done = [Step(100, 900)];

        Assert.Equal(new RampNext(100, 2), plan.Next(done));
        done.Add(Step(100, 900, attempt: 2));
        Assert.Equal(50, Rate(plan, done));
        done.Add(Step(50, 70));
        Assert.Equal(new RampNext(50, 2), plan.Next(done));
        done.Add(Step(50, 75, attempt: 2));
        Assert.Equal(25, Rate(plan, done));
        done.Add(Step(25, 10));
        // 25 held, 50 did not: one finer step of sqrt(2) between them, then done.
        Assert.Equal(25 * Math.Sqrt(2), Rate(plan, done), 6);
        done.Add(Step(25 * Math.Sqrt(2), 40));
        Assert.Null(plan.Next(done));
        Assert.Equal(25 * Math.Sqrt(2), plan.FirstAttempt(done)!.Offered, 6);
        Assert.Equal(25 * Math.Sqrt(2), plan.OnRepeat(done)!.Offered, 6);

        var plain = plan with { Repeats = 0 };
        List<RampStep> nothing = [Step(100, 900), Step(50, 900), Step(25, 900)];
        Assert.Null(plain.Next(nothing)); // 12.5 would be below the floor of 20
        Assert.Null(plain.FirstAttempt(nothing));
        Assert.Null(plain.OnRepeat(nothing));
    }

    [Fact]
    public async Task RampProbe_RunsAFailedStepAgain_PrintsBothAttempts_AndBothFigures()
    {
        // The first step's requests all fail (a stall), everything after is answered at once.
        var plan = new RampPlan(From: 20, Factor: 2, Max: 40, Refine: 0, P99LimitMs: 60_000).Validate();
        var lines = new List<string>();
        var sent = 0;
        var probe = new RampProbe(plan, TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(30), () => Task.FromResult((0L, 0L)), lines.Add);

        var steps = await probe.RunAsync("stalls once", _ => Task.FromResult(Interlocked.Increment(ref sent) <= 10 ? 500 : 200), inboxHits: false);

        Assert.Equal([20.0, 20.0, 40.0], steps.Select(s => s.Offered));
        Assert.Equal([1, 2, 1], steps.Select(s => s.Attempt));
        Assert.Equal([10L, 0L, 0L], steps.Select(s => s.Errors));
        Assert.Contains(lines, l => l.Contains("step  1:", StringComparison.Ordinal) && l.Contains("NOT sustained", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("step  2:", StringComparison.Ordinal) && l.Contains("| sustained | attempt 2 at this rate", StringComparison.Ordinal));
        // 40/s, the ramp's maximum, held: a floor of what the endpoint sustains, printed as one.
        Assert.Contains(lines, l => l.Contains("sustainable rate at the first attempt none (below the first step, 20.0/s), with a failed step repeated >= 40.0/s", StringComparison.Ordinal)
            && l.Contains("of 3 steps (1 repeats)", StringComparison.Ordinal));
    }

    [Fact]
    public void RampFigures_ARateThatHeldAtTheMaximum_IsAFloor_PrintedAsAtLeast()
    {
        var plan = new RampPlan(From: 100, Factor: 2, Max: 400, Refine: 1, P99LimitMs: 50).Validate();
        // 200 failed once and held on its repeat, then 400 — the maximum — held: the ramp ends without a failed rate above.
        List<RampStep> done = [Step(100, 5), Step(200, 60), Step(200, 20, attempt: 2), Step(400, 30)];
        Assert.Null(plan.Next(done));

        var figures = plan.Figures(done);

        // At the first attempt 200 failed above 100: a real bound. With the repeat nothing failed above 400: a floor.
        Assert.Equal((100.0, false), (figures.FirstAttempt.Rate!.Value, figures.FirstAttempt.Floor));
        Assert.Equal((400.0, true), (figures.OnRepeat.Rate!.Value, figures.OnRepeat.Floor));
        Assert.Equal("at the first attempt 100.0/s (p99 5.00 ms), with a failed step repeated >= 400.0/s (p99 30.00 ms; held at the ramp's max: a floor, not the endpoint's ceiling)",
            figures.Line());

        // A ramp that found its ceiling is no floor.
        Assert.False(plan.Figures([Step(100, 5), Step(200, 8), Step(400, 90), Step(400, 95, attempt: 2), Step(200 * Math.Sqrt(2), 70), Step(200 * Math.Sqrt(2), 80, attempt: 2)]).OnRepeat.Floor);
    }

    [Fact]
    public void SustainableRatio_IsABound_WhenEitherRateHeldAtTheMaximum_AndJudgesTheGoalOnlyWhereTheBoundDecides()
    {
        Sustainable Exact(double rate) => new(Step(rate, 10), Floor: false, From: 25);
        Sustainable Floor(double rate) => new(Step(rate, 10), Floor: true, From: 25);

        Assert.Equal("= 43 % (goal >= 50 %: not met)", Sustainable.Ratio(Exact(2160.8), Exact(5000), 0.5));
        Assert.Equal("= 60 % (goal >= 50 %: met)", Sustainable.Ratio(Exact(3000), Exact(5000), 0.5));
        // Session 15's figure: the bare endpoint held at the ramp's 5,000/s, so 43 % is at most 43 % — and not met either way.
        Assert.Equal("<= 43 % (the denominator held at the ramp's max) (goal >= 50 %: not met)", Sustainable.Ratio(Exact(2160.8), Floor(5000), 0.5));
        // At most 60 % says nothing about reaching 50 %.
        Assert.Equal("<= 60 % (the denominator held at the ramp's max) (goal >= 50 %: not shown (raise ramp-max))", Sustainable.Ratio(Exact(3000), Floor(5000), 0.5));
        Assert.Equal(">= 60 % (the numerator held at the ramp's max) (goal >= 50 %: met)", Sustainable.Ratio(Floor(3000), Exact(5000), 0.5));
        Assert.Equal(">= 40 % (the numerator held at the ramp's max) (goal >= 50 %: not shown (raise ramp-max))", Sustainable.Ratio(Floor(2000), Exact(5000), 0.5));
        Assert.Equal("n/a (both held at the ramp's max: raise ramp-max) (goal >= 50 %: not shown)", Sustainable.Ratio(Floor(5000), Floor(5000), 0.5));
        Assert.Equal("n/a (the denominator sustained none of its steps; goal >= 50 %: not shown)", Sustainable.Ratio(Exact(100), new Sustainable(null, false, 25), 0.5));
        Assert.Equal("= 0 % (goal >= 50 %: not met)", Sustainable.Ratio(new Sustainable(null, false, 25), Exact(5000), 0.5));
    }

    [Fact]
    public void RampStep_SaysWhetherTheGeneratorSentLate_FromHowLateItSent()
    {
        var onTime = Step(1000, 20) with { SendLateP99 = 1.2 };
        var late = Step(1000, 60) with { SendLateP99 = 12.5 };

        Assert.False(onTime.GeneratorShort(50));
        Assert.True(late.GeneratorShort(50));
        Assert.EndsWith("| sustained | generator sent p99 1.2 ms late: on time", onTime.Line(50), StringComparison.Ordinal);
        Assert.EndsWith("| NOT sustained | generator sent p99 12.5 ms late: LATE (> 5 ms; its lateness is in this step's latency)", late.Line(50), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Runner_RecordsHowLateEachSendBegan_NoLaterThanTheSendItselfSawIt()
    {
        // Each request's lateness is taken as its send begins on a generator thread, from its due time: one per request
        // issued, and never more than the send itself finds when it runs.
        var seen = new List<double>();
        var result = await OpenLoopRunner.RunAsync("lateness", ArrivalSchedule.Fixed(100, TimeSpan.FromMilliseconds(200)), r =>
        {
            var late = Stopwatch.GetElapsedTime(r.DueTimestamp).TotalMilliseconds;
            lock (seen) seen.Add(late);
            return Task.FromResult(200);
        });

        Assert.Equal(20, result.SendLate.Count);
        Assert.Equal(20, seen.Count);
        Assert.True(result.SendLate.MaxMs <= seen.Max() * 1.001 + 0.001, $"a send was recorded later ({result.SendLate.MaxMs} ms) than it saw itself ({seen.Max()} ms)");
        Assert.Equal(result.SendLate.PercentileMs(99), RampStep.From(result).SendLateP99);
        Assert.Empty(result.SendLate.Statuses); // a duration alone, not an answer
    }

    [Fact]
    public void RampStep_IsSustainedOnlyWithEveryRequestAnswered_AndP99WithinTheLimit()
    {
        Assert.True(Step(100, 50).Sustained(50));
        Assert.False(Step(100, 50.1).Sustained(50));
        Assert.False(Step(100, 10, errors: 1).Sustained(50)); // one error or unanswered request is enough
        // The sustainable rate is the highest sustained step below the first that failed: a higher one that held
        // after it does not count.
        var plan = new RampPlan(10, 2, 1000, 0, 50, Repeats: 0);
        Assert.Equal(10, plan.FirstAttempt([Step(10, 5), Step(20, 70), Step(40, 20), Step(80, 90)])!.Offered);
        Assert.Equal(10, plan.OnRepeat([Step(10, 5), Step(20, 70), Step(40, 20), Step(80, 90)])!.Offered);
        Assert.Null(plan.Next([Step(10, 5), Step(20, 70), Step(40, 20), Step(80, 90)])); // no refinement steps asked for
    }

    [Fact]
    public async Task Runner_StopsIssuingWhenToldTo_AndReportsOnlyWhatItIssued()
    {
        using var stop = new CancellationTokenSource();
        var clock = Stopwatch.StartNew();
        var stoppedAt = TimeSpan.Zero;

        // 20/s for ten minutes, told to stop by its tenth request (due at 450 ms).
        var result = await OpenLoopRunner.RunAsync("stoppable", ArrivalSchedule.Fixed(20, TimeSpan.FromMinutes(10)), r =>
        {
            if (r.Index == 9)
            {
                stoppedAt = clock.Elapsed;
                stop.Cancel();
            }
            return Task.FromResult(200);
        }, stop: stop.Token);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"the stream ran on after the stop: {clock.Elapsed}");
        // Only requests already due when the stop came may still go out: on a busy machine the tenth runs late and the
        // requests due meanwhile are issued (open loop), but none due after the stop. One more for the one being issued.
        var dueByTheStop = (int)(stoppedAt.TotalSeconds * 20) + 1;
        Assert.InRange(result.Scheduled, 10, Math.Max(12, dueByTheStop + 1));
        Assert.Equal(result.Scheduled, result.Latency.Successes);
        Assert.Equal(0, result.Errors);
        Assert.True(result.Elapsed < TimeSpan.FromSeconds(30), $"the elapsed time is the time it ran, not the schedule's ten minutes: {result.Elapsed}");
        Assert.InRange(result.OfferedPerSecond, 10, 30); // what it issued over the time it ran
    }

    [Fact]
    public void Zipf_FavoursTheFirstRanks_AndReachesEveryItem()
    {
        var zipf = new ZipfSampler<int>(Enumerable.Range(0, 100), 1.0, seed: 7);
        var random = new Random(11);
        var counts = new Dictionary<int, int>();
        for (var i = 0; i < 100_000; i++)
        {
            var item = zipf.Next(random);
            counts[item] = counts.GetValueOrDefault(item) + 1;
        }

        // Rank 1 has weight 1 / H(100) = 19.3 %, rank 2 half of that.
        Assert.Equal(0.193, counts[zipf.AtRank(0)] / 100_000.0, 0.01);
        Assert.Equal(0.0965, counts[zipf.AtRank(1)] / 100_000.0, 0.01);
        Assert.Equal(100, counts.Count);
    }

    [Fact]
    public void SlowReads_NameTheSlowestHundredth_AfterKeepingOnlyTheSlowestAnswers()
    {
        var slow = new SlowReads();
        var now = Stopwatch.GetTimestamp();
        using var timed = new HttpResponseMessage();
        timed.Headers.TryAddWithoutValidation("Server-Timing", "app;dur=2.5, db-exec;dur=1.5");
        Assert.True(timed.Headers.NonValidated.TryGetValues("Server-Timing", out var header));
        // 10,000 answers that took 1 … 10,000 s (their due times that far back; a second apart, so the time the loop
        // itself takes cannot reorder them), every 100th with a renewed cookie, recorded in an order that is not
        // sorted; and answers without the header, which are not counted.
        for (var i = 0; i < 10_000; i++)
        {
            var seconds = (i * 7_919) % 10_000 + 1;
            slow.Record(now - seconds * Stopwatch.Frequency, header, renewed: seconds % 100 == 0);
            slow.Record(now, null, renewed: true);
        }

        var line = slow.Line();
        var since = Stopwatch.GetElapsedTime(now).TotalMilliseconds;

        Assert.NotNull(line);
        // The slowest 1 % of 10,000 is 100 answers: 9,901 … 10,000 s, plus the time that passed since `now` as they
        // were recorded.
        var range = System.Text.RegularExpressions.Regex.Match(line, @"^slowest 100 of 10000 \((?<low>[0-9.]+)-(?<high>[0-9.]+) ms;");
        Assert.True(range.Success, line);
        Assert.InRange(double.Parse(range.Groups["low"].Value, System.Globalization.CultureInfo.InvariantCulture), 9_901_000, 9_901_000 + since);
        Assert.InRange(double.Parse(range.Groups["high"].Value, System.Globalization.CultureInfo.InvariantCulture), 10_000_000, 10_000_000 + since);
        Assert.Contains("ms; cookie re-issued in 1 of them, in 100 of all)", line);
        Assert.Contains("app 2.5 (db-exec 1.5", line);
        slow.Reset();
        Assert.Null(slow.Line());
    }

    private static void InterlockedMax(ref int target, int value)
    {
        for (var current = Volatile.Read(ref target); value > current; current = Volatile.Read(ref target))
        {
            if (Interlocked.CompareExchange(ref target, value, current) == current) return;
        }
    }
}
