using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Testing;
using TaskAdmission.Workflows.Execution;
using TaskAdmission.Workflows.Persistence;
using static TaskAdmission.Application.Tests.Workflows.Bpmn;

namespace TaskAdmission.Application.Tests.Workflows;

/// <summary>The elements whose state crosses rows or instances (candidate users, call activities, timer starts), through the database store on each provider.</summary>
public abstract class EngineElementsPersistenceTests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly FakeTimeProvider clock = new(WorkflowTestHost.Monday0900);
    private TestDatabase database = default!;
    private WorkflowTestHost host = default!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(provider, "wfelements");
        await WorkflowTestHost.PrepareAsync(database);
        host = new WorkflowTestHost(database, clock);
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await database.DisposeAsync();
    }

    [Fact]
    public async Task CandidateUsers_AreStored_AndFindTheTaskInTheirInbox_UntilOneClaimsIt()
    {
        var xml = Process(Start + """<bpmn:userTask id="t1" xmlns:flowable="http://flowable.org/bpmn" flowable:candidateUsers="li.si,${deputy}" />""" + End + Chain("start", "t1", "end"));
        var started = await host.StartAsync(xml, new { deputy = "wang.wu" });
        var task = Assert.Single(started.OpenTasks);

        Assert.Equal(["li.si", "wang.wu"], (await host.StoreAsync(s => s.GetTaskAsync(task.Id)))!.CandidateUsers);
        Assert.Single((await host.StoreAsync(s => s.QueryTasksAsync(new TaskQuery { Assignee = "wang.wu" }))).Items);
        Assert.Empty((await host.StoreAsync(s => s.QueryTasksAsync(new TaskQuery { Assignee = "wang" }))).Items);
        await host.RunAsync(e => e.ClaimTaskAsync(task.Id, "li.si"));
        Assert.Empty((await host.StoreAsync(s => s.QueryTasksAsync(new TaskQuery { Assignee = "wang.wu" }))).Items);
    }

    [Fact]
    public async Task CallActivity_StartsAndReturns_ThroughTheDatabase()
    {
        await host.RunAsync(e => e.DeployAsync(Process(Start + UserTask("decide", "ta:assignee=\"li\"") + End + Chain("start", "decide", "end"), "child")));
        var parent = await host.StartAsync(Process(
            Start + """<bpmn:callActivity id="call" calledElement="child"><bpmn:extensionElements><ta:in source="amount" target="amount" /><ta:out source="decision" target="decision" /></bpmn:extensionElements></bpmn:callActivity>"""
            + UserTask("after", "ta:assignee=\"li\"") + End + Chain("start", "call", "after", "end")), new { amount = 3 });

        var decide = Assert.Single((await host.StoreAsync(s => s.QueryTasksAsync(new TaskQuery { Assignee = "li" }))).Items);
        Assert.Equal("child", decide.ProcessId);
        Assert.Equal("3", (await host.InstanceAsync(decide.InstanceId)).Variables["amount"].GetRawText());
        await host.CompleteAsync(decide.Id, "li", new { decision = "ok" });

        var after = Assert.Single(await host.OpenTasksAsync(parent.InstanceId));
        Assert.Equal("after", after.ElementId);
        Assert.Equal("\"ok\"", (await host.InstanceAsync(parent.InstanceId)).Variables["decision"].GetRawText());
        Assert.Contains(await host.JournalAsync(parent.InstanceId), j => j.Kind == JournalEntryKind.CallEnded);
    }

    /// <summary>
    /// On PostgreSQL a load may skip the subscription and incident tables for a version this process committed without
    /// them; a later command that added a subscription moved the version, so cancelling the instance still finds the
    /// subscription and cancels it (a message sent afterwards wakes nothing).
    /// </summary>
    [Fact]
    public async Task CancelInstance_CancelsASubscriptionAddedAfterTheStart()
    {
        var started = await host.StartAsync(Process(Start + Parallel("split") + UserTask("a") + UserTask("b") + Receive("wait") + Parallel("join") + End
            + Chain("start", "split", "a", "join", "end") + Flow("f_split_b", "split", "b") + Chain("b", "wait", "join")));
        var b = started.OpenTasks.Single(t => t.ElementId == "b");
        await host.CompleteAsync(b.Id, "someone");
        Assert.Single(await host.StoreAsync(s => s.FindSubscriptionsAsync("Done", null)));

        await host.RunAsync(e => e.CancelInstanceAsync(started.InstanceId, "operator", "test"));

        Assert.Empty(await host.StoreAsync(s => s.FindSubscriptionsAsync("Done", null)));
        Assert.Empty(await host.OpenTasksAsync(started.InstanceId));
    }

    /// <summary>
    /// Eleven tasks created by one command (with the instance, its journal page and their notifications): more new rows
    /// than one merged statement takes on PostgreSQL, so they go in several; every task and its candidate role is stored.
    /// </summary>
    [Fact]
    public async Task StartForkingElevenTasks_StoresEveryTask_AndItsCandidateRole()
    {
        var ids = Enumerable.Range(1, 11).Select(i => $"t{i}").ToArray();
        var body = Start + Parallel("split") + Parallel("join") + End + Flow("f_start", "start", "split") + Flow("f_end", "join", "end");
        foreach (var id in ids) body += UserTask(id, "ta:candidateRoles=\"Checker\"") + Flow($"f_{id}_in", "split", id) + Flow($"f_{id}_out", id, "join");

        var started = await host.StartAsync(Process(body), businessKey: "990100100000");

        Assert.Equal(ids.Order(), (await host.OpenTasksAsync(started.InstanceId)).Select(t => t.ElementId).Order());
        Assert.Equal(11, (await host.StoreAsync(s => s.QueryTasksAsync(new TaskQuery { CandidateRoles = ["Checker"] }))).TotalCount);
        Assert.Equal(1, (await host.InstanceAsync(started.InstanceId)).Version);
    }

    [Fact]
    public async Task TimerStart_IsScheduledAtDeploy_StartsOnce_AndAdvances()
    {
        var xml = Process("""<bpmn:startEvent id="tick"><bpmn:timerEventDefinition><bpmn:timeCycle>R2/PT1H</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:startEvent>"""
            + UserTask("check", "ta:candidateRoles=\"Supervisor\"") + End + Chain("tick", "check", "end"), "ticking");
        await host.RunAsync(e => e.DeployAsync(xml));
        var schedule = Assert.Single(await StartTimersAsync());
        Assert.Equal(WorkflowTestHost.Monday0900.AddHours(1), schedule.DueAt);

        clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(1, await FireStartTimersAsync(host));
        Assert.Equal(0, await FireStartTimersAsync(host));
        Assert.Equal(WorkflowTestHost.Monday0900.AddHours(2), Assert.Single(await StartTimersAsync()).DueAt);
        clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(1, await FireStartTimersAsync(host));

        Assert.Empty(await StartTimersAsync());
        Assert.Equal(2, (await host.StoreAsync(s => s.QueryTasksAsync(new TaskQuery { CandidateRoles = ["Supervisor"] }))).TotalCount);
    }

    protected Task<IReadOnlyList<StartTimerRecord>> StartTimersAsync() => StartTimersAsync(host);

    private protected static async Task<IReadOnlyList<StartTimerRecord>> StartTimersAsync(WorkflowTestHost on)
    {
        await using var scope = on.Scope();
        return await scope.ServiceProvider.GetRequiredService<IStartTimerStore>().GetStartTimersAsync(null);
    }

    /// <summary>One timer-worker poll for timer starts; a negative lease lets every other worker lease the same schedule at once.</summary>
    private protected static Task<int> FireStartTimersAsync(WorkflowTestHost on, TimeSpan? lease = null) =>
        on.RunAsync(e => e.FireDueStartTimersAsync(Guid.NewGuid().ToString("N"), lease ?? TimeSpan.FromMinutes(1), 10));

    protected TestDatabase Database => database;

    private protected FakeTimeProvider Clock => clock;
}

public sealed class SqliteEngineElementsPersistenceTests() : EngineElementsPersistenceTests(DatabaseProvider.Sqlite);

public sealed class PostgresEngineElementsPersistenceTests() : EngineElementsPersistenceTests(DatabaseProvider.Postgres)
{
    [Fact]
    public async Task TimerStart_OnFourWorkersOfTwoHosts_WithLeasesDefeated_StartsEachOccurrenceExactlyOnce()
    {
        await using var hostA = new WorkflowTestHost(Database, Clock);
        await using var hostB = new WorkflowTestHost(Database, Clock);
        var xml = Process("""<bpmn:startEvent id="tick"><bpmn:timerEventDefinition><bpmn:timeCycle>0 0/10 * * * ?</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:startEvent>"""
            + UserTask("check", "ta:candidateRoles=\"Supervisor\"") + End + Chain("tick", "check", "end"), "every_ten_minutes");
        await hostA.RunAsync(e => e.DeployAsync(xml));

        // Six occurrences, each raced by four workers whose leases expire at once (as if every node had crashed mid-fire).
        var started = 0;
        for (var occurrence = 0; occurrence < 6; occurrence++)
        {
            Clock.Advance(TimeSpan.FromMinutes(10));
            var fired = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => FireStartTimersAsync(i % 2 == 0 ? hostA : hostB, TimeSpan.FromSeconds(-1))));
            started += fired.Sum();
        }

        Assert.Equal(6, started);
        Assert.Equal(6, (await hostA.StoreAsync(s => s.QueryTasksAsync(new TaskQuery { CandidateRoles = ["Supervisor"] }))).TotalCount);
        Assert.Equal(WorkflowTestHost.Monday0900.AddMinutes(70), Assert.Single(await StartTimersAsync(hostA)).DueAt);
    }
}
