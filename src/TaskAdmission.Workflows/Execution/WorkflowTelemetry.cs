using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace TaskAdmission.Workflows.Execution;

/// <summary>
/// The engine's traces and metrics, on the platform's own <see cref="ActivitySource"/> and <see cref="Meter"/> (no
/// OpenTelemetry dependency here: the host subscribes by <see cref="Name"/>). One span per engine step, whose children
/// are the database calls of its commit.
/// </summary>
public static class WorkflowTelemetry
{
    /// <summary>Name of the activity source and the meter (what a host subscribes to).</summary>
    public const string Name = "TaskAdmission.Workflows";

    /// <summary>Spans of engine steps.</summary>
    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    private static readonly Counter<long> Commands = Meter.CreateCounter<long>(
        "taskadmission.engine.commands", "{command}", "Engine commands committed (start, complete, fire timer, message, …).");

    private static readonly Counter<long> Conflicts = Meter.CreateCounter<long>(
        "taskadmission.engine.conflicts", "{command}", "Engine commands refused because the instance changed meanwhile.");

    private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>(
        "taskadmission.engine.command.duration", "s", "Time from loading an instance to its committed step.", tags: null,
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5] });

    /// <summary>Starts the span of one engine step; dispose it when the step is committed or refused.</summary>
    internal static Step Begin(string command, Guid instanceId)
    {
        var name = command.EndsWith("Async", StringComparison.Ordinal) ? command[..^5] : command;
        var activity = Source.StartActivity("engine " + name);
        activity?.SetTag("workflow.instance_id", instanceId.ToString());
        return new Step(name, activity, Stopwatch.GetTimestamp());
    }

    internal readonly record struct Step(string Command, Activity? Activity, long StartedAt) : IDisposable
    {
        public void Committed(string processId)
        {
            var tags = new TagList { { "command", Command }, { "process", processId } };
            Commands.Add(1, tags);
            Duration.Record(Stopwatch.GetElapsedTime(StartedAt).TotalSeconds, tags);
            Activity?.SetTag("workflow.process_id", processId);
        }

        public void Conflicted()
        {
            Conflicts.Add(1, new KeyValuePair<string, object?>("command", Command));
            Activity?.SetStatus(ActivityStatusCode.Error, "conflict");
        }

        public void Dispose() => Activity?.Dispose();
    }
}
