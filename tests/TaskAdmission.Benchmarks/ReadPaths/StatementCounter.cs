using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace TaskAdmission.Benchmarks.ReadPaths;

/// <summary>
/// Counts the SQL statements and rows each HTTP request of an in-process app sends, exactly: every database command
/// (Npgsql's activity, EF Core or hand-written) and every row EF Core reads is charged to the trace of the ASP.NET Core
/// request it ran under, so background workers' statements never mix in.
/// </summary>
public sealed class StatementCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly ConcurrentDictionary<ActivityTraceId, Tally> tallies = new();
    private readonly ActivityListener activities;
    private readonly IDisposable subscription;
    private readonly List<IDisposable> listeners = [];

    public StatementCounter()
    {
        activities = new ActivityListener
        {
            ShouldListenTo = s => s.Name is "Microsoft.AspNetCore" or "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a =>
            {
                if (a.Source.Name == "Npgsql" && Root(a) is { } root)
                {
                    Of(root).Statements++;
                }
            },
        };
        ActivitySource.AddActivityListener(activities);
        subscription = DiagnosticListener.AllListeners.Subscribe(this);
    }

    public sealed class Tally
    {
        public int Statements;
        public long Rows;
        public readonly List<(string Sql, double Ms, int Rows, NpgsqlParameter[] Parameters)> Commands = [];
    }

    /// <summary>What the request with this trace id sent (empty when it sent nothing).</summary>
    public Tally Take(ActivityTraceId trace) => tallies.TryRemove(trace, out var tally) ? tally : new Tally();

    public void Clear() => tallies.Clear();

    private Tally Of(Activity root) => tallies.GetOrAdd(root.TraceId, _ => new Tally());

    /// <summary>The request activity above this one, or null outside a request.</summary>
    private static Activity? Root(Activity? activity)
    {
        for (var a = activity; a is not null; a = a.Parent)
        {
            if (a.OperationName == "Microsoft.AspNetCore.Hosting.HttpRequestIn")
            {
                return a;
            }
        }
        return null;
    }

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            lock (listeners)
            {
                listeners.Add(value.Subscribe(this));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (Root(Activity.Current) is not { } root)
        {
            return;
        }
        var tally = Of(root);
        lock (tally)
        {
            switch (value.Value)
            {
                case DataReaderClosingEventData closing:
                    tally.Rows += closing.ReadCount;
                    if (tally.Commands.FindLastIndex(c => c.Sql == closing.Command.CommandText) is var i and >= 0)
                    {
                        tally.Commands[i] = tally.Commands[i] with { Rows = closing.ReadCount };
                    }
                    break;
                case CommandExecutedEventData executed:
                    tally.Commands.Add((executed.Command.CommandText, executed.Duration.TotalMilliseconds, 0,
                        [.. executed.Command.Parameters.OfType<NpgsqlParameter>().Select(p => p.Clone())]));
                    break;
            }
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        subscription.Dispose();
        lock (listeners)
        {
            listeners.ForEach(l => l.Dispose());
        }
        activities.Dispose();
    }
}
