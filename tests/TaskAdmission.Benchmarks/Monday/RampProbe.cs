using System.Globalization;
using TaskAdmission.Benchmarks.OpenLoop;

namespace TaskAdmission.Benchmarks.Monday;

/// <summary>
/// A stepped open-loop ramp against one endpoint: each step is its own open-loop run at one rate (its backlog answered
/// or timed out before the next step starts, so a saturated step does not push its queue into the next), the rates
/// chosen by a <see cref="RampPlan"/> (a step that was not sustained is run once more at the same rate, and both
/// attempts are printed); the inbox cache's hit ratio is read from /metrics around each step, and with
/// <paramref name="diagnostics"/> what the app and PostgreSQL did during it (GC, thread pool, locks, commits, fsyncs).
/// </summary>
public sealed class RampProbe(RampPlan plan, TimeSpan stepLength, TimeSpan drain, Func<Task<(long Hits, long Misses)>> inboxLookups, Action<string>? log = null,
    StepDiagnostics? diagnostics = null, SlowReads? slowReads = null)
{
    public async Task<IReadOnlyList<RampStep>> RunAsync(string name, Func<OpenLoopRequest, Task<int>> send, bool inboxHits)
    {
        var done = new List<RampStep>();
        while (plan.Next(done) is { } next)
        {
            var rate = next.Rate;
            var before = inboxHits ? await inboxLookups() : default;
            slowReads?.Reset();
            Task<OpenLoopResult> Step() => OpenLoopRunner.RunAsync(name, ArrivalSchedule.Fixed(rate, stepLength), send, drain: drain);
            var generator = GeneratorCost.Take();
            var (run, diagnosis) = diagnostics is null ? (await Step(), null) : await diagnostics.AroundAsync(Step);
            var cost = GeneratorCost.Take() - generator;
            double? ratio = null;
            if (inboxHits)
            {
                var after = await inboxLookups();
                var lookups = after.Hits + after.Misses - before.Hits - before.Misses;
                ratio = lookups == 0 ? null : (double)(after.Hits - before.Hits) / lookups;
            }
            var step = RampStep.From(run, ratio, next.Attempt);
            done.Add(step);
            Write($"monday | ramp {name} step {done.Count,2}: {step.Line(plan.P99LimitMs)} ({cost.PerRequest(run.Scheduled)}){Load()}");
            if (diagnosis is not null)
            {
                Write($"monday |   during step {done.Count,2}: {diagnosis}");
            }
            if (slowReads?.Line() is { } slow)
            {
                Write($"monday |   slow reads {done.Count,2}: {slow}");
            }
            if (!step.Sustained(plan.P99LimitMs))
            {
                await Task.Delay(TimeSpan.FromSeconds(2)); // let the server finish what the timed-out requests left behind
            }
        }
        var figures = plan.Figures(done);
        Write(string.Create(CultureInfo.InvariantCulture,
            $"monday | ramp {name}: sustainable rate {figures.Line()}" +
            $" — of {done.Count} steps ({done.Count(s => s.Attempt > 1)} repeats), sustained = every request answered and p99 <= {plan.P99LimitMs:0} ms"));
        return done;
    }

    /// <summary>
    /// What this process — the load generator, with the step's diagnostics — spent: CPU time and bytes allocated. Per
    /// request it is the generator's own cost, which shares the machine with the server it measures.
    /// </summary>
    /// <remarks>
    /// Beside the cost, what could make the generator itself late in a step (its sends' lateness is in the step's
    /// latency): its own garbage collections' pauses, and the connections it had to open (a step at a concurrency
    /// never reached before opens them inside the measured seconds; its repetition finds them open).
    /// </remarks>
    public readonly record struct GeneratorCost(TimeSpan Cpu, long Allocated, TimeSpan GcPause, int Gen2, long Connections)
    {
        public static GeneratorCost Take() => new(System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime, GC.GetTotalAllocatedBytes(precise: false),
            GC.GetTotalPauseDuration(), GC.CollectionCount(2), LoopbackHttp.ConnectionsOpened);

        public static GeneratorCost operator -(GeneratorCost after, GeneratorCost before) => new(after.Cpu - before.Cpu, after.Allocated - before.Allocated,
            after.GcPause - before.GcPause, after.Gen2 - before.Gen2, after.Connections - before.Connections);

        public string PerRequest(long requests) => requests == 0 ? "generator: no request"
            : string.Create(CultureInfo.InvariantCulture,
                $"generator {Cpu.TotalMicroseconds / requests:0} µs CPU and {Allocated / (double)requests / 1024:0.0} KiB allocated per request, diagnostics included; " +
                $"its GC paused {GcPause.TotalMilliseconds:0} ms ({Gen2} gen2), {Connections} connections opened");
    }

    private void Write(string line) => (log ?? Console.WriteLine)(line);

    private static string Load() => $" | load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}";
}
