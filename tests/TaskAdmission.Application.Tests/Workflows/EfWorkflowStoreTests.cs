using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Workflows.Outbox;
using TaskAdmission.Core.Security;
using TaskAdmission.Testing;
using TaskAdmission.Workflows.Execution;
using TaskAdmission.Workflows.Persistence;
using static TaskAdmission.Application.Tests.Workflows.Bpmn;

namespace TaskAdmission.Application.Tests.Workflows;

/// <summary>Engine scenarios through <see cref="TaskAdmission.Application.Persistence.Workflows.EfWorkflowStore"/>, on each provider.</summary>
public abstract class EfWorkflowStoreTests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly FakeTimeProvider clock = new(WorkflowTestHost.Monday0900);
    private readonly ServiceActivityRegistry activities = new();
    private TestDatabase database = default!;
    private WorkflowTestHost host = default!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(provider, "wfstore");
        await WorkflowTestHost.PrepareAsync(database);
        host = new WorkflowTestHost(database, clock, activities);
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await database.DisposeAsync();
    }

    [Fact]
    public async Task CompleteTask_CompletesInstance_WhenLastUserTaskIsDone()
    {
        var xml = Process(Start + UserTask("review", "ta:assignee=\"${initiator}\"") + End + Chain("start", "review", "end"));
        var started = await host.StartAsync(xml, initiator: "zhang.san");
        var task = Assert.Single(started.OpenTasks);

        var done = await host.CompleteAsync(task.Id, "zhang.san", new { outcome = "approve" });

        Assert.Equal(InstanceStatus.Completed, done.Status);
        Assert.Equal(InstanceStatus.Completed, (await host.InstanceAsync(started.InstanceId)).Status);
        var stored = await host.StoreAsync(s => s.GetTaskAsync(task.Id));
        Assert.Equal((UserTaskStatus.Completed, "zhang.san", "approve"), (stored!.Status, stored.CompletedBy, stored.Outcome));
        Assert.Empty(await host.OpenTasksAsync(started.InstanceId));
    }

    [Fact]
    public async Task CompleteTask_Throws_WhenTaskWasAlreadyCompleted()
    {
        var started = await host.StartAsync(TwoReviews, new { reviewer = "li.si" });
        var task = Assert.Single(started.OpenTasks);
        await host.CompleteAsync(task.Id, "li.si");

        var error = await Assert.ThrowsAsync<WorkflowConflictException>(() => host.CompleteAsync(task.Id, "li.si"));

        Assert.Contains("was already completed by li.si", error.Message);
        Assert.Single(await host.JournalAsync(started.InstanceId), j => j.Kind == JournalEntryKind.TaskCompleted);
    }

    [Fact]
    public async Task ParallelJoin_WaitsForBothBranches_ThenCompletes()
    {
        var xml = Process(Start + Parallel("fork") + UserTask("a") + UserTask("b") + Parallel("join") + End
            + Chain("start", "fork") + Flow("fa", "fork", "a") + Flow("fb", "fork", "b") + Flow("aj", "a", "join") + Flow("bj", "b", "join") + Chain("join", "end"));
        var started = await host.StartAsync(xml);
        Assert.Equal(["a", "b"], started.OpenTasks.Select(t => t.ElementId).Order());

        var afterA = await host.CompleteAsync(started.OpenTasks.Single(t => t.ElementId == "a").Id, "x");
        var afterB = await host.CompleteAsync(started.OpenTasks.Single(t => t.ElementId == "b").Id, "y");

        Assert.Equal(InstanceStatus.Running, afterA.Status);
        Assert.Equal(["b", "join"], afterA.ActiveElementIds.Order());
        Assert.Equal(InstanceStatus.Completed, afterB.Status);
    }

    [Fact]
    public async Task TimerWorker_FiresDueTimerOnce_WhenLeasedAndFired()
    {
        var started = await host.StartAsync(TimerThenTask);
        clock.Advance(TimeSpan.FromHours(2));

        var firstPass = await WorkerPassAsync();
        var secondPass = await WorkerPassAsync();

        Assert.Equal((1, 0), (firstPass, secondPass));
        Assert.Equal("after", Assert.Single(await host.OpenTasksAsync(started.InstanceId)).ElementId);
        Assert.Single(await host.JournalAsync(started.InstanceId), j => j.Kind == JournalEntryKind.TimerFired);
    }

    [Fact]
    public async Task ALoadedTimer_KeepsItsDueTime_ThroughTheLoadAndTheFiringCommand()
    {
        var started = await host.StartAsync(TimerThenTask);
        // The load reads the instance's pending timers (on PostgreSQL as a JSON array beside the instance row).
        var pending = Assert.Single((await host.StoreAsync(s => s.LoadInstanceAsync(started.InstanceId)))!.PendingTimers);
        Assert.Equal((WorkflowTestHost.Monday0900.AddHours(1), TimerStatus.Pending), (pending.DueAt, pending.Status));
        clock.Advance(TimeSpan.FromHours(2));

        Assert.Equal(1, await WorkerPassAsync());

        var fired = await host.StoreAsync(s => s.GetTimerAsync(pending.Id));
        Assert.Equal((pending.DueAt, pending.CreatedAt, TimerStatus.Fired), (fired!.DueAt, fired.CreatedAt, fired.Status));
    }

    [Fact]
    public async Task AnInstanceWaitingOnATimerDueAtTheEndOfTime_CanStillBeLoadedAndCancelled()
    {
        // The last instant .NET knows is DateTime.MaxValue, which Npgsql stores as 'infinity' (a date a designer writes to
        // mean "never"); the instance's load must still read it back, and an operator must still be able to end it.
        var never = Process(Start + """<bpmn:intermediateCatchEvent id="wait"><bpmn:timerEventDefinition><bpmn:timeDate>9999-12-31T23:59:59.9999999Z</bpmn:timeDate></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>"""
            + "\n" + UserTask("after") + End + Chain("start", "wait", "after", "end"));
        var started = await host.StartAsync(never);

        var pending = Assert.Single((await host.StoreAsync(s => s.LoadInstanceAsync(started.InstanceId)))!.PendingTimers);
        Assert.Equal(TimerStatus.Pending, pending.Status);
        Assert.True(pending.DueAt > WorkflowTestHost.Monday0900.AddYears(7000));

        await host.RunAsync(engine => engine.CancelInstanceAsync(started.InstanceId, "admin", "withdrawn"));
        Assert.Equal(InstanceStatus.Cancelled, (await host.InstanceAsync(started.InstanceId)).Status);
    }

    [Fact]
    public async Task LeaseDueTimers_LeasesOnlyDueFreeTimers_AndReleasesExpiredLeases()
    {
        var due = await host.StartAsync(TimerThenTask);
        clock.Advance(TimeSpan.FromMinutes(30));
        await host.StartAsync(TimerThenTask);
        clock.Advance(TimeSpan.FromMinutes(45));
        var now = clock.GetUtcNow();

        var first = await host.StoreAsync(s => s.LeaseDueTimersAsync(now, "w1", TimeSpan.FromMinutes(2), 10));
        var second = await host.StoreAsync(s => s.LeaseDueTimersAsync(now, "w2", TimeSpan.FromMinutes(2), 10));
        var afterExpiry = await host.StoreAsync(s => s.LeaseDueTimersAsync(now.AddMinutes(3), "w2", TimeSpan.FromMinutes(2), 10));

        var leased = Assert.Single(first);
        Assert.Equal((due.InstanceId, "w1"), (leased.InstanceId, leased.LeaseOwner));
        Assert.Equal(now.AddMinutes(2), leased.LeasedUntil);
        Assert.Empty(second);
        Assert.Equal("w2", Assert.Single(afterExpiry).LeaseOwner);
    }

    [Fact]
    public async Task RetryIncident_RerunsServiceTaskWithSameStepId_AndContinues()
    {
        var stepIds = new List<string>();
        var fail = true;
        activities.Register("Notify", context =>
        {
            stepIds.Add(context.StepId);
            if (fail) throw new InvalidOperationException("SMTP unavailable");
            context.EnqueueOutbox("Mail", new { to = "x" });
        });
        var xml = Process(Start + UserTask("review") + ServiceTask("notify", "Notify") + UserTask("after") + End + Chain("start", "review", "notify", "after", "end"));
        var started = await host.StartAsync(xml);
        var failed = await host.CompleteAsync(started.OpenTasks[0].Id, "li.si");
        var incident = Assert.Single(failed.NewIncidents);
        Assert.True((await host.InstanceAsync(started.InstanceId)).HasOpenIncidents);
        fail = false;

        var retried = await host.RunAsync(e => e.RetryIncidentAsync(incident.Id, "ops", "mail server is back"));

        Assert.Equal("after", Assert.Single(retried.OpenTasks).ElementId);
        Assert.Equal([stepIds[0], stepIds[0]], stepIds);
        var stored = Assert.Single(await host.StoreAsync(s => s.GetIncidentsAsync(started.InstanceId)));
        Assert.Equal((IncidentStatus.Resolved, "ops", "SMTP unavailable"), (stored.Status, stored.ResolvedBy, stored.Message));
        Assert.False((await host.InstanceAsync(started.InstanceId)).HasOpenIncidents);
        Assert.Equal(stepIds[0], Assert.Single(await host.StoreAsync(s => s.GetPendingOutboxAsync(10))).StepId);
    }

    [Fact]
    public async Task GetJournal_ReturnsGapFreeSequence_WithActorsAndVariables()
    {
        var started = await host.StartAsync(TwoReviews, new { reviewer = "li.si" }, initiator: "zhang.san");
        await host.CompleteAsync(started.OpenTasks[0].Id, "li.si", new { outcome = "approve" });

        var journal = await host.JournalAsync(started.InstanceId);

        Assert.Equal(Enumerable.Range(1, journal.Count).Select(i => (long)i), journal.Select(j => j.Sequence));
        Assert.Equal(JournalEntryKind.InstanceStarted, journal[0].Kind);
        Assert.Equal("zhang.san", journal[0].Actor);
        var completed = Assert.Single(journal, j => j.Kind == JournalEntryKind.TaskCompleted);
        Assert.Equal(("review", "li.si", "approve"), (completed.ElementId, completed.Actor, completed.Outcome));
        Assert.Contains("\"outcome\":\"approve\"", completed.VariablesJson);
        Assert.Equal(WorkflowTestHost.Monday0900, completed.At);
    }

    [Fact]
    public async Task QueryTasks_FindsClaimableTasks_ByRoleAndScope()
    {
        var xml = Bpmn.Fixture("test", "township-review.bpmn");
        var started = await host.StartAsync(xml, new { townshipCode = "990100100000" }, initiator: "submitter");
        await host.CompleteAsync(started.OpenTasks[0].Id, "submitter");
        var other = await host.StartAsync(xml, new { townshipCode = "990100200000" }, initiator: "submitter");
        await host.CompleteAsync(other.OpenTasks[0].Id, "submitter");

        var inScope = await Inbox(new TaskQuery { CandidateRoles = ["TownshipApprover"], CandidateScopes = ["990100100000"] });
        var anyScope = await Inbox(new TaskQuery { CandidateRoles = ["JointReviewer", "TownshipApprover"] });
        var otherRole = await Inbox(new TaskQuery { CandidateRoles = ["JointReviewer"], CandidateScopes = ["990100100000"] });
        var assigned = await Inbox(new TaskQuery { Assignee = "submitter" });
        var history = await Inbox(new TaskQuery { Assignee = "submitter", IncludeClosed = true });

        var task = Assert.Single(inScope.Items);
        Assert.Equal((started.InstanceId, "Task_township", "990100100000"), (task.InstanceId, task.ElementId, task.CandidateScope));
        Assert.Equal(["TownshipApprover"], task.CandidateRoles);
        Assert.Equal(2, anyScope.TotalCount);
        Assert.Empty(otherRole.Items);
        Assert.Empty(assigned.Items);
        Assert.Equal(2, history.TotalCount);
    }

    [Fact]
    public async Task QueryTasks_ReturnsUnion_WhenAssigneeAndRolesAreGiven()
    {
        var xml = Process(Start + Parallel("fork") + UserTask("mine", "ta:assignee=\"wang.wu\"") + UserTask("claimable", "ta:candidateRoles=\"A,B\" ta:candidateScope=\"s1\"")
            + UserTask("elsewhere", "ta:candidateRoles=\"B\" ta:candidateScope=\"s2\"") + End
            + Chain("start", "fork") + Flow("f1", "fork", "mine") + Flow("f2", "fork", "claimable") + Flow("f3", "fork", "elsewhere")
            + Flow("e1", "mine", "end") + Flow("e2", "claimable", "end") + Flow("e3", "elsewhere", "end"));
        await host.StartAsync(xml);

        var page = await Inbox(new TaskQuery { Assignee = "wang.wu", CandidateRoles = ["B"], CandidateScopes = ["s1"], Take = 1 });
        var next = await Inbox(new TaskQuery { Assignee = "wang.wu", CandidateRoles = ["B"], CandidateScopes = ["s1"], Skip = 1 });

        Assert.Equal(2, page.TotalCount);
        Assert.Single(page.Items);
        Assert.Equal(["claimable", "mine"], page.Items.Concat(next.Items).Select(t => t.ElementId).Order());
    }

    [Fact]
    public async Task DueDate_SkipsNationalDayHolidays_FromTheSeededCalendar()
    {
        var xml = Bpmn.Fixture("test", "township-review.bpmn");
        var started = await host.StartAsync(xml, new { townshipCode = "990100100000" }, initiator: "submitter");

        var review = await host.CompleteAsync(started.OpenTasks[0].Id, "submitter");

        // 15 working days from Monday 2025-09-29: 1–8 October are holidays, Saturday 11 October is a make-up working day.
        Assert.Equal(new DateOnly(2025, 10, 27), Assert.Single(review.OpenTasks).DueDate);
    }

    [Fact]
    public async Task DeliverMessage_ContinuesTheWaitingInstance_ByBusinessKey()
    {
        var xml = Process(Start + Receive("wait") + UserTask("after") + End + Chain("start", "wait", "after", "end"));
        var started = await host.StartAsync(xml, businessKey: "SUB-1");
        await host.StartAsync(xml, businessKey: "SUB-2");

        var delivered = await host.RunAsync(e => e.DeliverMessageAsync("Done", "SUB-1"));
        var again = await host.RunAsync(e => e.DeliverMessageAsync("Done", "SUB-1"));

        Assert.Equal((true, started.InstanceId), (delivered.Delivered, delivered.InstanceId));
        Assert.False(again.Delivered);
        Assert.Single(await host.StoreAsync(s => s.FindSubscriptionsAsync("Done", "SUB-2")));
    }

    [Fact]
    public async Task CarbonCopy_IsQueryableAndMarkedRead_AndItsOutboxMessageIsDispatchedOnce()
    {
        var started = await host.StartAsync(TwoReviews, new { reviewer = "li.si" });
        await host.RunAsync(e => e.CarbonCopyAsync(started.InstanceId, "li.si", ["zhao.liu"], "fyi"));
        var copy = Assert.Single((await host.StoreAsync(s => s.QueryCarbonCopiesAsync("zhao.liu", true, 0, 10))).Items);

        var marked = await host.StoreAsync(s => s.MarkCarbonCopyReadAsync(copy.Id, "zhao.liu", clock.GetUtcNow()));
        var wrongRecipient = await host.StoreAsync(s => s.MarkCarbonCopyReadAsync(copy.Id, "someone.else", clock.GetUtcNow()));
        var sent = await Dispatch();
        var sentAgain = await Dispatch();

        Assert.Equal((true, false), (marked, wrongRecipient));
        Assert.Empty((await host.StoreAsync(s => s.QueryCarbonCopiesAsync("zhao.liu", true, 0, 10))).Items);
        Assert.Equal(("li.si", "fyi"), (copy.From, copy.Comment));
        Assert.Equal((1, 0), (sent, sentAgain));
    }

    [Fact]
    public async Task Deploy_ReturnsExistingVersion_WhenContentIsUnchanged_AndAddsVersionOtherwise()
    {
        var first = await host.RunAsync(e => e.DeployAsync(TwoReviews));
        var same = await host.RunAsync(e => e.DeployAsync(TwoReviews));
        var changed = await host.RunAsync(e => e.DeployAsync(TwoReviews.Replace("name=\"next\"", "name=\"next step\"")));

        Assert.Equal((1, true), (first.Version, first.IsNewVersion));
        Assert.Equal((1, false), (same.Version, same.IsNewVersion));
        Assert.Equal(2, changed.Version);
        var duplicate = await host.StoreAsync(s => s.GetDefinitionAsync(first.ProcessId, 1));
        await Assert.ThrowsAsync<WorkflowConflictException>(() => host.StoreAsync<int>(async s =>
        {
            await s.AddDefinitionAsync(duplicate! with { ContentHash = "other" });
            return 0;
        }));
    }

    [Fact]
    public async Task LeaseOutbox_GivesEachMessageToOneNode_AndAFailedSendReturnsAfterItsLease()
    {
        activities.Register("Notify", context =>
        {
            for (var i = 0; i < 6; i++) context.EnqueueOutbox("Mail", new { to = $"village-{i}" });
        });
        await host.StartAsync(Process(Start + ServiceTask("notify", "Notify") + End + Chain("start", "notify", "end")));
        await host.StartAsync(Process(Start + ServiceTask("notify", "Notify") + End + Chain("start", "notify", "end")));
        var lease = TimeSpan.FromMinutes(1);

        // Two dispatchers (as on two nodes) lease at the same moment, each through its own connection.
        var leases = await Task.WhenAll(
            host.StoreAsync(s => s.LeaseOutboxAsync(clock.GetUtcNow(), "node-a", lease, 8)),
            host.StoreAsync(s => s.LeaseOutboxAsync(clock.GetUtcNow(), "node-b", lease, 8)));

        var a = leases[0].Select(m => m.Id).ToList();
        var b = leases[1].Select(m => m.Id).ToList();
        Assert.Empty(a.Intersect(b));
        Assert.Equal(12, a.Count + b.Count);
        Assert.Empty(await host.StoreAsync(s => s.LeaseOutboxAsync(clock.GetUtcNow(), "node-c", lease, 8)));

        // Node A sends all but one; the unsent one (a failed send, or a node that died) goes back out after the lease.
        foreach (var id in a.Skip(1)) await host.StoreAsync(async s => { await s.MarkOutboxDispatchedAsync(id, clock.GetUtcNow()); return 0; });
        foreach (var id in b) await host.StoreAsync(async s => { await s.MarkOutboxDispatchedAsync(id, clock.GetUtcNow()); return 0; });
        clock.Advance(lease + TimeSpan.FromSeconds(1));
        var again = await host.StoreAsync(s => s.LeaseOutboxAsync(clock.GetUtcNow(), "node-c", lease, 8));
        Assert.Equal(a[0], Assert.Single(again).Id);
    }

    private Task<PagedResult<UserTaskRecord>> Inbox(TaskQuery query) => host.StoreAsync(s => s.QueryTasksAsync(query));

    private async Task<int> WorkerPassAsync()
    {
        await using var scope = host.Scope();
        return await scope.ServiceProvider.GetRequiredService<TimerWorker>().RunOnceAsync();
    }

    private async Task<int> Dispatch()
    {
        await using var scope = host.Scope();
        return await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().RunOnceAsync(10);
    }
}

public sealed class SqliteEfWorkflowStoreTests() : EfWorkflowStoreTests(DatabaseProvider.Sqlite);

public sealed class PostgresEfWorkflowStoreTests() : EfWorkflowStoreTests(DatabaseProvider.Postgres);
