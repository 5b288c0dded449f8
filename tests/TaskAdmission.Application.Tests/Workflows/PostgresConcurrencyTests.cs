using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Testing;
using TaskAdmission.Workflows.Execution;
using TaskAdmission.Workflows.Persistence;
using static TaskAdmission.Application.Tests.Workflows.Bpmn;

namespace TaskAdmission.Application.Tests.Workflows;

/// <summary>Two engine hosts (separate service providers, contexts and connections) racing on one PostgreSQL database.</summary>
public sealed class PostgresConcurrencyTests : IAsyncLifetime
{
    private const int Instances = 200;
    private const int ParallelismPerHost = 4;
    private readonly FakeTimeProvider clock = new(WorkflowTestHost.Monday0900);
    private TestDatabase database = default!;
    private WorkflowTestHost hostA = default!;
    private WorkflowTestHost hostB = default!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres, "wfrace");
        await WorkflowTestHost.PrepareAsync(database);
        hostA = new WorkflowTestHost(database, clock);
        hostB = new WorkflowTestHost(database, clock);
    }

    public async Task DisposeAsync()
    {
        await hostA.DisposeAsync();
        await hostB.DisposeAsync();
        await database.DisposeAsync();
    }

    [Fact]
    public async Task CompleteTask_OnTwoHosts_TransitionsEachTaskExactlyOnce()
    {
        var started = await StartManyAsync(Process(Start + UserTask("review") + UserTask("next") + End + Chain("start", "review", "next", "end")));
        var taskIds = started.Select(s => s.OpenTasks[0].Id).ToList();

        var outcomes = await Task.WhenAll(
            RaceAsync(taskIds, id => hostA.CompleteAsync(id, "host-a")),
            RaceAsync(taskIds, id => hostB.CompleteAsync(id, "host-b")));

        Assert.Equal(Instances, outcomes.Sum(o => o.Won));
        Assert.Equal(Instances, outcomes.Sum(o => o.Lost));
        Assert.All(await CountPerInstanceAsync(JournalEntryKind.TaskCompleted), c => Assert.Equal(1, c));
        Assert.All(await CountPerInstanceAsync(JournalEntryKind.TaskCreated), c => Assert.Equal(2, c));
        Assert.Equal(Instances, await OpenTasksNamedAsync("next"));
    }

    [Fact]
    public async Task FireTimer_OnTwoHostsIgnoringLeases_TransitionsEachTimerExactlyOnce()
    {
        var started = await StartManyAsync(TimerThenTask);
        var timerIds = await PendingTimerIdsAsync();
        Assert.Equal(Instances, timerIds.Count);
        clock.Advance(TimeSpan.FromHours(2));

        var outcomes = await Task.WhenAll(
            RaceAsync(timerIds, id => hostA.RunAsync(e => e.FireTimerAsync(id))),
            RaceAsync(timerIds, id => hostB.RunAsync(e => e.FireTimerAsync(id))));

        Assert.Equal(Instances, outcomes.Sum(o => o.Won));
        Assert.Equal(Instances, outcomes.Sum(o => o.Lost));
        Assert.All(await CountPerInstanceAsync(JournalEntryKind.TimerFired), c => Assert.Equal(1, c));
        Assert.Equal(Instances, await OpenTasksNamedAsync("after"));
    }

    [Fact]
    public async Task TimerWorkers_OnTwoHosts_FireEachDueTimerExactlyOnce()
    {
        await StartManyAsync(TimerThenTask);
        clock.Advance(TimeSpan.FromHours(2));

        var fired = await Task.WhenAll(DrainAsync(hostA), DrainAsync(hostA), DrainAsync(hostB), DrainAsync(hostB));

        Assert.Equal(Instances, fired.Sum());
        Assert.Empty(await PendingTimerIdsAsync());
        Assert.All(await CountPerInstanceAsync(JournalEntryKind.TimerFired), c => Assert.Equal(1, c));
        Assert.Equal(Instances, await OpenTasksNamedAsync("after"));
    }

    /// <summary>Polls with one host's timer worker until a poll fires nothing.</summary>
    private static async Task<int> DrainAsync(WorkflowTestHost host)
    {
        var total = 0;
        while (true)
        {
            await using var scope = host.Scope();
            var worker = new TimerWorker(
                scope.ServiceProvider.GetRequiredService<WorkflowEngine>(),
                new TimerWorkerOptions { WorkerId = Guid.NewGuid().ToString("N"), BatchSize = 10 },
                scope.ServiceProvider.GetRequiredService<TimeProvider>());
            var fired = await worker.RunOnceAsync();
            if (fired == 0) return total;
            total += fired;
        }
    }

    private async Task<List<WorkflowCommandResult>> StartManyAsync(string xml)
    {
        var results = new ConcurrentBag<WorkflowCommandResult>();
        await hostA.RunAsync(e => e.DeployAsync(xml));
        await System.Threading.Tasks.Parallel.ForEachAsync(Enumerable.Range(0, Instances), new ParallelOptions { MaxDegreeOfParallelism = ParallelismPerHost }, async (i, _) =>
            results.Add(await (i % 2 == 0 ? hostA : hostB).StartAsync(xml)));
        return [.. results];
    }

    /// <summary>Runs the command for every id with some parallelism; counts wins and conflicts, lets anything else fail the test.</summary>
    private static async Task<(int Won, int Lost)> RaceAsync(IReadOnlyList<Guid> ids, Func<Guid, Task> command)
    {
        var won = 0;
        var lost = 0;
        await System.Threading.Tasks.Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = ParallelismPerHost }, async (id, _) =>
        {
            try
            {
                await command(id);
                Interlocked.Increment(ref won);
            }
            catch (WorkflowConflictException)
            {
                Interlocked.Increment(ref lost);
            }
        });
        return (won, lost);
    }

    private async Task<List<int>> CountPerInstanceAsync(JournalEntryKind kind)
    {
        await using var db = TestContexts.Open(database);
        var name = kind.ToString();
        var counts = await db.Database.SqlQuery<int>($"""
            SELECT count(j."Id")::int AS "Value" FROM wf_instances i LEFT JOIN wf_journal j ON j."InstanceId" = i."Id" AND j."Kind" = {name} GROUP BY i."Id"
            """).ToListAsync();
        Assert.Equal(Instances, counts.Count);
        return counts;
    }

    private async Task<int> OpenTasksNamedAsync(string elementId)
    {
        await using var db = TestContexts.Open(database);
        return await db.WorkflowTasks.CountAsync(t => t.ElementId == elementId && t.Status == UserTaskStatus.Open);
    }

    private async Task<List<Guid>> PendingTimerIdsAsync()
    {
        await using var db = TestContexts.Open(database);
        return await db.WorkflowTimers.Where(t => t.Status == TimerStatus.Pending).Select(t => t.Id).ToListAsync();
    }
}
