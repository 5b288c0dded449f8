using TaskAdmission.Workflows.Execution;
using TaskAdmission.Workflows.Persistence;
using TaskAdmission.Workflows.Tests.Support;
using static TaskAdmission.Workflows.Tests.Support.BpmnText;

namespace TaskAdmission.Workflows.Tests.Execution;

public sealed class FlowTests
{
    [Fact]
    public async Task InclusiveJoin_WaitsForATokenStandingAtIt_BeforeFiring()
    {
        // Found by the random-process property: j2 used to fire while j1's token stood at it, then fire again when it joined.
        var harness = new EngineHarness();
        var body = Start() + Gateway("parallel", "fork") + UserTask("u", "ta:assignee=\"a\"") + Gateway("inclusive", "j1") + Gateway("inclusive", "j2") + Gateway("parallel", "k") + End()
            + Chain("start", "fork") + Flow("x1", "fork", "j1") + Flow("to_u", "fork", "u") + Flow("x2", "u", "j1") + Flow("y", "fork", "j2") + Flow("z", "fork", "k")
            + Flow("j1_j2", "j1", "j2") + Flow("j2_k", "j2", "k") + Chain("k", "end");
        var started = await harness.StartAsync(Process(body));

        var completed = await harness.CompleteAsync(started.InstanceId, "u");

        Assert.Equal(InstanceStatus.Completed, completed.Status);
        Assert.Empty(await harness.OpenIncidentsAsync(started.InstanceId));
        Assert.Single(await harness.Engine.GetJournalAsync(started.InstanceId), e => e.Kind == JournalEntryKind.ElementCompleted && e.ElementId == "j2");
    }

    [Fact]
    public async Task ExclusiveGateway_LoopsBackToEarlierTask_ThroughImplicitMerge()
    {
        var harness = new EngineHarness();
        var started = await harness.StartAsync(Fixtures.Read("test", "township-review.bpmn"), new { townshipCode = "330102", reviewers = new[] { "r1" } }, initiator: "zhang");
        await harness.CompleteAsync(started.InstanceId, "Task_submit");

        var rejected = await harness.CompleteAsync(started.InstanceId, "Task_township", new { outcome = "reject" });
        await harness.CompleteAsync(started.InstanceId, "Task_submit");
        var approved = await harness.CompleteAsync(started.InstanceId, "Task_township", new { outcome = "approve" });

        var resubmit = Assert.Single(rejected.OpenTasks);
        Assert.Equal(("Task_submit", "zhang"), (resubmit.ElementId, resubmit.Assignee));
        Assert.Equal(("Task_joint", "r1"), (approved.OpenTasks[0].ElementId, approved.OpenTasks[0].Assignee));
    }

    [Fact]
    public async Task TownshipReview_RunsEndToEnd_WithMessageAtTheEnd()
    {
        var harness = new EngineHarness();
        var started = await harness.StartAsync(Fixtures.Read("test", "township-review.bpmn"), new { townshipCode = "330102", reviewers = new[] { "r1", "r2", "r3" } }, businessKey: "case-1", initiator: "zhang");
        await harness.CompleteAsync(started.InstanceId, "Task_submit");
        var review = await harness.OpenTaskAsync(started.InstanceId, "Task_township");
        await harness.Engine.ClaimTaskAsync(review.Id, "li");
        await harness.Engine.CompleteTaskAsync(review.Id, "li", EngineHarness.Vars(new { outcome = "approve" }));
        await harness.CompleteAsync(started.InstanceId, "Task_joint", new { outcome = "approve" }, "r1");
        var afterTwo = await harness.CompleteAsync(started.InstanceId, "Task_joint", new { outcome = "approve" }, "r3");

        var delivered = await harness.Engine.DeliverMessageAsync("CountyFeedback", "case-1");

        Assert.Equal(["Event_feedback"], afterTwo.ActiveElementIds);
        Assert.Equal(InstanceStatus.Completed, delivered.Command!.Status);
        Assert.Equal(new DateOnly(2025, 10, 20), review.DueDate);
    }

    [Fact]
    public async Task Instance_ContinuesOnAFreshEngine_FromPersistedStateOnly()
    {
        var first = new EngineHarness();
        var xml = Process(Start() + UserTask("sign", """ta:assignee="${s}" """, MultiInstance("signers", "s", sequential: true)) + TimerCatch("wait", "P1D") + End()
            + Chain("start", "sign", "wait", "end"));
        var started = await first.StartAsync(xml, new { signers = new[] { "a", "b" } });
        await first.CompleteAsync(started.InstanceId, "sign", new { outcome = "approve" });
        var restarted = new WorkflowEngine(first.Store, first.Activities, timeProvider: first.Time);

        var task = (await first.OpenTasksAsync(started.InstanceId)).Single();
        var afterB = await restarted.CompleteTaskAsync(task.Id, "b", EngineHarness.Vars(new { outcome = "approve" }));

        Assert.Equal("b", task.Assignee);
        Assert.Equal(["wait"], afterB.ActiveElementIds);
        Assert.Contains("\"Status\":\"Waiting\"", (await first.Store.LoadInstanceAsync(started.InstanceId))!.Instance.StateJson);
    }

    [Fact]
    public async Task Instance_ContinuesAfterUpgrade_FromStateWrittenWithEveryNullMember()
    {
        // Until null members were left out of the stored state, every one was written ("TimerId":null, …): instances
        // stored that way before an upgrade must go on exactly as before.
        var first = new EngineHarness();
        var xml = Process(Start() + UserTask("sign", """ta:assignee="${s}" """, MultiInstance("signers", "s", sequential: true)) + TimerCatch("wait", "P1D") + End()
            + Chain("start", "sign", "wait", "end"));
        var started = await first.StartAsync(xml, new { signers = new[] { "a", "b" } });
        var stored = (await first.Store.LoadInstanceAsync(started.InstanceId))!.Instance;
        var asBefore = System.Text.Json.JsonSerializer.Serialize(InstanceState.Deserialize(stored.StateJson), WorkflowJson.Options);
        await first.Store.CommitAsync(new WorkflowChangeSet { Instance = stored with { StateJson = asBefore, Version = stored.Version + 1 }, ExpectedVersion = stored.Version });
        var restarted = new WorkflowEngine(first.Store, first.Activities, timeProvider: first.Time);

        var forA = (await first.OpenTasksAsync(started.InstanceId)).Single();
        await restarted.CompleteTaskAsync(forA.Id, "a", EngineHarness.Vars(new { outcome = "approve" }));
        var forB = (await first.OpenTasksAsync(started.InstanceId)).Single();
        var afterB = await restarted.CompleteTaskAsync(forB.Id, "b", EngineHarness.Vars(new { outcome = "approve" }));

        Assert.DoesNotContain(":null", stored.StateJson);
        Assert.Contains("\"TimerId\":null", asBefore);
        Assert.Equal("b", forB.Assignee);
        Assert.Equal(["wait"], afterB.ActiveElementIds);
    }

    [Fact]
    public async Task StepGuard_RaisesIncident_WhenCommandRunsTooManySteps()
    {
        var store = new InMemoryWorkflowStore();
        var activities = new ServiceActivityRegistry().Register("Noop", _ => { });
        var engine = new WorkflowEngine(store, activities, new WorkflowEngineOptions { MaxStepsPerCommand = 5 });
        var deployment = await engine.DeployAsync(Fixtures.Read("bench", "linear-10.bpmn"));

        var result = await engine.StartAsync(new StartInstanceRequest { ProcessId = deployment.ProcessId });

        Assert.Contains("more than 5 steps in one command", Assert.Single(result.NewIncidents).Message);
        Assert.Equal(InstanceStatus.Running, result.Status);
    }

    [Fact]
    public async Task CompletedInstance_RefusesFurtherCommands()
    {
        var harness = new EngineHarness();
        var started = await harness.StartAsync(Process(Start() + End() + Chain("start", "end")));

        var error = await Assert.ThrowsAsync<WorkflowOperationException>(() =>
            harness.Engine.SetVariableAsync(started.InstanceId, "x", WorkflowVariables.Value(1), "ops", "late"));

        Assert.Equal(InstanceStatus.Completed, started.Status);
        Assert.Equal($"instance {started.InstanceId} is completed", error.Message);
    }
}
