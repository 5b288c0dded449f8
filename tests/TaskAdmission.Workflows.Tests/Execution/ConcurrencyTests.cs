using TaskAdmission.Workflows.Execution;
using TaskAdmission.Workflows.Persistence;
using TaskAdmission.Workflows.Tests.Support;
using static TaskAdmission.Workflows.Tests.Support.BpmnText;

namespace TaskAdmission.Workflows.Tests.Execution;

public sealed class ConcurrencyTests
{
    private readonly EngineHarness harness = new();

    [Fact]
    public async Task CompleteTask_OnTwoThreads_HasExactlyOneWinner()
    {
        var xml = Process(Start() + UserTask("review") + UserTask("next") + End() + Chain("start", "review", "next", "end"));
        for (var round = 0; round < 20; round++)
        {
            var started = await harness.StartAsync(xml);
            var taskId = started.OpenTasks[0].Id;
            using var gate = new Barrier(2);

            var outcomes = await Task.WhenAll(new[] { "alice", "bob" }.Select(actor => Task.Run(async () =>
            {
                gate.SignalAndWait();
                try
                {
                    await harness.Engine.CompleteTaskAsync(taskId, actor);
                    return (Winner: actor, Error: (WorkflowConflictException?)null);
                }
                catch (WorkflowConflictException e)
                {
                    return (Winner: (string?)null, Error: e);
                }
            })));

            var winner = Assert.Single(outcomes, o => o.Winner is not null).Winner;
            var loser = Assert.Single(outcomes, o => o.Error is not null).Error!;
            Assert.Contains($"was already completed by {winner}", loser.Message);
            Assert.Single(await harness.OpenTasksAsync(started.InstanceId), t => t.ElementId == "next");
            Assert.Single(await harness.Engine.GetJournalAsync(started.InstanceId), j => j.Kind == JournalEntryKind.TaskCompleted);
        }
    }

    [Fact]
    public async Task FireTimer_OnTwoThreads_TransitionsOnce()
    {
        var xml = Process(Start() + TimerCatch("wait", "PT1H") + UserTask("after") + End() + Chain("start", "wait", "after", "end"));
        for (var round = 0; round < 20; round++)
        {
            var started = await harness.StartAsync(xml);
            var timer = Assert.Single(await harness.PendingTimersAsync(started.InstanceId));
            harness.Time.SetUtcNow(timer.DueAt);
            using var gate = new Barrier(2);

            var results = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
            {
                gate.SignalAndWait();
                try
                {
                    await harness.Engine.FireTimerAsync(timer.Id);
                    return true;
                }
                catch (WorkflowConflictException e)
                {
                    Assert.Contains("already fired", e.Message);
                    return false;
                }
            })));

            Assert.Single(results, r => r);
            Assert.Single(await harness.OpenTasksAsync(started.InstanceId));
            // The next round starts where this one ended: the fake clock only moves forward.
            Assert.Single(await harness.Engine.GetJournalAsync(started.InstanceId), j => j.Kind == JournalEntryKind.TimerFired);
        }
    }

    [Fact]
    public async Task TimerWorkers_OnTwoThreads_FireEachDueTimerOnce()
    {
        var xml = Process(Start() + TimerCatch("wait", "PT1H") + UserTask("after") + End() + Chain("start", "wait", "after", "end"));
        var instances = new List<Guid>();
        for (var i = 0; i < 10; i++) instances.Add((await harness.StartAsync(xml)).InstanceId);
        harness.Time.Advance(TimeSpan.FromHours(2));
        var workers = new[] { "w1", "w2" }.Select(id => new TimerWorker(harness.Engine, new TimerWorkerOptions { WorkerId = id, BatchSize = 3 }, harness.Time)).ToList();

        var fired = await Task.WhenAll(workers.Select(w => Task.Run(async () =>
        {
            var total = 0;
            for (var pass = 0; pass < 5; pass++) total += await w.RunOnceAsync();
            return total;
        })));

        Assert.Equal(10, fired.Sum());
        foreach (var id in instances) Assert.Single(await harness.OpenTasksAsync(id));
    }

    [Fact]
    public async Task TimerWorker_IgnoresTimersNotDueYet()
    {
        var xml = Process(Start() + TimerCatch("wait", "PT1H") + End() + Chain("start", "wait", "end"));
        await harness.StartAsync(xml);
        var worker = new TimerWorker(harness.Engine, timeProvider: harness.Time);

        var fired = await worker.RunOnceAsync();

        Assert.Equal(0, fired);
    }

    [Fact]
    public async Task Commit_Throws_WhenExpectedVersionIsStale()
    {
        var xml = Process(Start() + UserTask("review") + End() + Chain("start", "review", "end"));
        var started = await harness.StartAsync(xml);
        var snapshot = (await harness.Store.LoadInstanceAsync(started.InstanceId))!.Instance;

        var error = await Assert.ThrowsAsync<WorkflowConflictException>(() => harness.Store.CommitAsync(new WorkflowChangeSet
        {
            ExpectedVersion = snapshot.Version - 1,
            Instance = snapshot with { Version = snapshot.Version },
        }));

        Assert.Contains($"expected version {snapshot.Version - 1} but found {snapshot.Version}", error.Message);
    }
}
