using System.Diagnostics;

namespace TaskAdmission.Benchmarks.OpenLoop;

/// <summary>
/// An open-loop load generator: request i is issued when <see cref="ArrivalSchedule.DueAt"/> says, whether or not earlier
/// requests were answered, and its latency runs from that scheduled time to the answer. A server that stalls therefore
/// shows its stall in every request that should have arrived meanwhile (no coordinated omission), and a generator that
/// falls behind (a busy machine) shows as latency too, and as <see cref="OpenLoopResult.MaxDispatchLag"/>.
/// </summary>
public static class OpenLoopRunner
{
    /// <summary>
    /// Runs <paramref name="schedule"/>; <paramref name="send"/> issues a request and returns its HTTP status (throwing
    /// counts as status 0). At most <paramref name="maxInFlight"/> requests wait at once — beyond that a request is not
    /// sent and counts as an error — and answers still missing <paramref name="drain"/> after the schedule ends count as 0.
    /// Cancelling <paramref name="stop"/> ends the schedule early (a stream that runs beside something of unknown
    /// length): nothing more is issued, and the result covers the requests issued until then and the time they took.
    /// </summary>
    public static async Task<OpenLoopResult> RunAsync(
        string name, ArrivalSchedule schedule, Func<OpenLoopRequest, Task<int>> send, int maxInFlight = 5_000, TimeSpan? drain = null,
        CancellationToken stop = default)
    {
        using var drained = new CancellationTokenSource();
        var total = new LatencyRecorder();
        var sendLate = new LatencyRecorder();
        var steps = schedule.Steps.Select(s => (s.Rate, Latency: new LatencyRecorder(), s.Length)).ToList();
        var inFlight = 0;
        long notSent = 0;
        var maxLag = 0L;
        // Requests not yet answered, plus one held by this dispatcher until it has issued the last: the run's end waits
        // for it to reach zero. A count, not a list of every request's task: the list kept each answered request's
        // state alive until the run ended, and a load generator that shares the machine must not make its own GC
        // copy tens of thousands of finished requests through every generation (the Monday ramp's steps paused the
        // generator 76–279 ms each, and a paused generator sends late, which is charged to the server it measures).
        var outstanding = 1;
        var allAnswered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var start = Stopwatch.GetTimestamp();
        long issued = 0;
        for (long i = 0; i < schedule.Count; i++, issued = i)
        {
            var due = start + (long)(schedule.DueAt(i).TotalSeconds * Stopwatch.Frequency);
            // Never early, at most a timer tick late: sleep until the request is due, then issue everything due by then.
            // The generator shares the server's cores, so it must not spin to the exact tick (it did, with Thread.Yield,
            // whenever the next request was due within 2 ms: above ≈ 500 requests/s it spun all the time and took half a
            // core or more from the server it measures). A late send is charged to the server (latency runs from `due`),
            // so the lateness can only make the figures worse, never better.
            for (var wait = due - Stopwatch.GetTimestamp(); wait > 0 && !stop.IsCancellationRequested; wait = due - Stopwatch.GetTimestamp())
            {
                var ms = Math.Max(1, (int)Math.Ceiling(wait * 1000.0 / Stopwatch.Frequency));
                await Task.Delay(ms, stop).ContinueWith(_ => { }, TaskScheduler.Default);
            }
            if (stop.IsCancellationRequested)
            {
                break;
            }
            maxLag = Math.Max(maxLag, Stopwatch.GetTimestamp() - due);
            var step = steps[schedule.StepOf(i)].Latency;
            if (Interlocked.Increment(ref inFlight) > maxInFlight)
            {
                Interlocked.Decrement(ref inFlight);
                notSent++;
                continue;
            }
            Interlocked.Increment(ref outstanding);
            _ = IssueAsync(i, due, step);
        }
        var scheduleEnd = Stopwatch.GetTimestamp();
        var stopped = issued < schedule.Count;
        drained.CancelAfter(drain ?? TimeSpan.FromSeconds(30));
        Answered();
        await allAnswered.Task;
        var elapsed = stopped
            ? Stopwatch.GetElapsedTime(start, scheduleEnd)
            : Stopwatch.GetElapsedTime(start, Math.Max(scheduleEnd, start + (long)(schedule.Length.TotalSeconds * Stopwatch.Frequency)));
        return new OpenLoopResult(name, stopped ? issued / Math.Max(1e-9, elapsed.TotalSeconds) : schedule.Count / schedule.Length.TotalSeconds,
            issued, notSent, elapsed, TimeSpan.FromSeconds((double)maxLag / Stopwatch.Frequency), total, steps) { SendLate = sendLate };

        async Task IssueAsync(long index, long due, LatencyRecorder step)
        {
            try
            {
                // Yield first: the dispatcher must not run the request's synchronous part on its own schedule.
                await Task.Yield();
                sendLate.RecordTime(Stopwatch.GetTimestamp() - due);
                var status = await send(new OpenLoopRequest(index, due, drained.Token));
                var took = Stopwatch.GetTimestamp() - due;
                total.Record(took, status);
                step.Record(took, status);
            }
            catch (Exception error)
            {
                // Refused connection, reset, the drain timeout, or the caller's own failure: no answer.
                var took = Stopwatch.GetTimestamp() - due;
                total.RecordFailure(took, error);
                step.RecordFailure(took, error);
            }
            finally
            {
                Interlocked.Decrement(ref inFlight);
                Answered();
            }
        }

        void Answered()
        {
            if (Interlocked.Decrement(ref outstanding) == 0)
            {
                allAnswered.TrySetResult();
            }
        }
    }
}
