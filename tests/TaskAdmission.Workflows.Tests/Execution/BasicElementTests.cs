using TaskAdmission.Workflows.Execution;
using TaskAdmission.Workflows.Persistence;
using TaskAdmission.Workflows.Tests.Support;
using static TaskAdmission.Workflows.Tests.Support.BpmnText;

namespace TaskAdmission.Workflows.Tests.Execution;

public sealed class BasicElementTests
{
    private readonly EngineHarness harness = new();

    [Fact]
    public async Task Start_CreatesUserTask_AndCompletionEndsInstance()
    {
        var xml = Process(Start() + UserTask("review", """ta:assignee="${initiator}" ta:formKey="forms/review" """) + End() + Chain("start", "review", "end"));

        var started = await harness.StartAsync(xml, initiator: "zhang.san");
        var task = Assert.Single(started.OpenTasks);
        var completed = await harness.Engine.CompleteTaskAsync(task.Id, "zhang.san", EngineHarness.Vars(new { note = "ok" }));

        Assert.Equal(["start", "review"], started.Path);
        Assert.Equal("zhang.san", task.Assignee);
        Assert.Equal("forms/review", task.FormKey);
        Assert.Equal(InstanceStatus.Completed, completed.Status);
        Assert.Equal(["end"], completed.Path);
        Assert.Equal("\"ok\"", await harness.VariableAsync(started.InstanceId, "note"));
    }

    [Fact]
    public async Task ServiceTask_WritesVariablesAndOutbox_WithStableStepId()
    {
        ServiceActivityContext? seen = null;
        harness.Activities.Register("Score", context =>
        {
            seen = context;
            context.SetVariable("score", context.GetVariable<int>("base") * 2);
            context.EnqueueOutbox("Scored", new { value = 1 });
        });
        var xml = Process(Start() + ServiceTask("score", "Score") + End() + Chain("start", "score", "end"));

        var result = await harness.StartAsync(xml, new { @base = 21 });

        Assert.Equal(InstanceStatus.Completed, result.Status);
        Assert.Equal("42", await harness.VariableAsync(result.InstanceId, "score"));
        Assert.Equal($"{result.InstanceId:N}:score:1", seen!.StepId);
        var message = Assert.Single(await harness.OutboxAsync());
        Assert.Equal("Scored", message.Type);
        Assert.Equal(seen.StepId, message.StepId);
    }

    [Theory]
    [InlineData(50, "small")]
    [InlineData(500, "large")]
    [InlineData(5000, "huge")]
    public async Task ExclusiveGateway_TakesFirstTrueCondition_OrDefault(int amount, string expectedTask)
    {
        var xml = Process(Start() + Gateway("exclusive", "g", "toHuge") + UserTask("small") + UserTask("large") + UserTask("huge") + End("e1") + End("e2") + End("e3")
            + Chain("start", "g") + Flow("toSmall", "g", "small", "amount < 100") + Flow("toLarge", "g", "large", "amount >= 100 and amount < 1000") + Flow("toHuge", "g", "huge")
            + Chain("small", "e1") + Chain("large", "e2") + Chain("huge", "e3"));

        var result = await harness.StartAsync(xml, new { amount });

        Assert.Equal(expectedTask, Assert.Single(result.OpenTasks).ElementId);
    }

    [Fact]
    public async Task ExclusiveGateway_RaisesIncident_WhenNoConditionHoldsAndNoDefault()
    {
        var xml = Process(Start() + Gateway("exclusive", "g") + End("e1") + End("e2")
            + Chain("start", "g") + Flow("a", "g", "e1", "x == 1") + Flow("b", "g", "e2", "x == 2"));

        var result = await harness.StartAsync(xml, new { x = 3 });

        var incident = Assert.Single(result.NewIncidents);
        Assert.Equal("g", incident.ElementId);
        Assert.Contains("no outgoing sequence flow", incident.Message);
        Assert.Equal(InstanceStatus.Running, result.Status);
    }

    [Fact]
    public async Task ParallelGateway_JoinWaitsForAllBranches_IncludingOnesThatFinishedImmediately()
    {
        harness.Activities.Register("Noop", _ => { });
        var xml = Process(Start() + Gateway("parallel", "fork") + UserTask("a") + UserTask("b") + ServiceTask("c") + Gateway("parallel", "join") + End()
            + Chain("start", "fork") + Chain("fork", "a", "join") + Chain("fork", "b", "join") + Chain("fork", "c", "join") + Chain("join", "end"));

        var started = await harness.StartAsync(xml);
        var afterA = await harness.CompleteAsync(started.InstanceId, "a");
        var afterB = await harness.CompleteAsync(started.InstanceId, "b");

        Assert.Equal(["a", "b"], started.OpenTasks.Select(t => t.ElementId).Order());
        Assert.Contains("join", started.ActiveElementIds);
        Assert.Equal(InstanceStatus.Running, afterA.Status);
        Assert.Equal(["b", "join"], afterA.ActiveElementIds.Order());
        Assert.Equal(InstanceStatus.Completed, afterB.Status);
    }

    [Fact]
    public async Task InclusiveGateway_ForksOnTrueConditions_AndJoinWaitsOnlyForThose()
    {
        var xml = Process(Start() + Gateway("inclusive", "fork", "toC") + UserTask("a") + UserTask("b") + UserTask("c") + Gateway("inclusive", "join") + End()
            + Chain("start", "fork") + Flow("toA", "fork", "a", "needA") + Flow("toB", "fork", "b", "needB") + Flow("toC", "fork", "c")
            + Chain("a", "join") + Chain("b", "join") + Chain("c", "join") + Chain("join", "end"));

        var started = await harness.StartAsync(xml, new { needA = true, needB = true });
        var afterA = await harness.CompleteAsync(started.InstanceId, "a");
        var afterB = await harness.CompleteAsync(started.InstanceId, "b");

        Assert.Equal(["a", "b"], started.OpenTasks.Select(t => t.ElementId).Order());
        Assert.Equal(InstanceStatus.Running, afterA.Status);
        Assert.Equal(InstanceStatus.Completed, afterB.Status);
    }

    [Fact]
    public async Task InclusiveGateway_TakesDefault_WhenNoConditionHolds()
    {
        var xml = Process(Start() + Gateway("inclusive", "fork", "toC") + UserTask("a") + UserTask("c") + End("e1") + End("e2")
            + Chain("start", "fork") + Flow("toA", "fork", "a", "needA") + Flow("toC", "fork", "c") + Chain("a", "e1") + Chain("c", "e2"));

        var started = await harness.StartAsync(xml, new { needA = false });

        Assert.Equal("c", Assert.Single(started.OpenTasks).ElementId);
    }

    [Fact]
    public async Task InclusiveJoin_FiresWithSingleToken_WhenOtherBranchCannotArriveAnymore()
    {
        // One branch is taken; the join must not wait for the untaken one.
        var xml = Process(Start() + Gateway("inclusive", "fork", "toB") + UserTask("a") + UserTask("b") + Gateway("inclusive", "join") + UserTask("after") + End()
            + Chain("start", "fork") + Flow("toA", "fork", "a", "needA") + Flow("toB", "fork", "b")
            + Chain("a", "join") + Chain("b", "join") + Chain("join", "after", "end"));

        var started = await harness.StartAsync(xml, new { needA = true });
        var afterA = await harness.CompleteAsync(started.InstanceId, "a");

        Assert.Equal("a", Assert.Single(started.OpenTasks).ElementId);
        Assert.Equal("after", Assert.Single(afterA.OpenTasks).ElementId);
    }

    [Fact]
    public async Task TerminateEndEvent_CancelsOtherBranches_AndCompletesInstance()
    {
        var xml = Process(Start() + Gateway("parallel", "fork") + UserTask("a") + UserTask("b") + """<bpmn:endEvent id="kill"><bpmn:terminateEventDefinition /></bpmn:endEvent>""" + End()
            + Chain("start", "fork") + Chain("fork", "a", "kill") + Chain("fork", "b", "end"));

        var started = await harness.StartAsync(xml);
        var result = await harness.CompleteAsync(started.InstanceId, "a");

        Assert.Equal(InstanceStatus.Completed, result.Status);
        Assert.Empty(await harness.OpenTasksAsync(started.InstanceId));
        var b = (await harness.Store.QueryTasksAsync(new TaskQuery { InstanceId = started.InstanceId, IncludeClosed = true })).Items.Single(t => t.ElementId == "b");
        Assert.Equal(UserTaskStatus.Cancelled, b.Status);
    }

    [Fact]
    public async Task UserTask_ResolvesCandidateScopeAndDueDate_AtCreation()
    {
        var xml = Process(Start() + UserTask("review", """ta:candidateRoles="TownshipApprover, JointReviewer" ta:candidateScope="${township.code}" ta:dueInWorkingDays="3" """) + End() + Chain("start", "review", "end"));

        var started = await harness.StartAsync(xml, new { township = new { code = "330102" } });

        var task = Assert.Single(started.OpenTasks);
        Assert.Equal(["TownshipApprover", "JointReviewer"], task.CandidateRoles);
        Assert.Equal("330102", task.CandidateScope);
        Assert.Equal(new DateOnly(2025, 10, 2), task.DueDate); // Mon 29 Sep + 3 working days, weekdays-only calendar
        Assert.Null(task.Assignee);
    }

    [Fact]
    public async Task Journal_RecordsEveryStepInOrder()
    {
        var xml = Process(Start() + UserTask("review") + End() + Chain("start", "review", "end"));
        var started = await harness.StartAsync(xml);
        await harness.Engine.CompleteTaskAsync(started.OpenTasks[0].Id, "li.si", EngineHarness.Vars(new { outcome = "approve" }), "同意");

        var journal = await harness.Engine.GetJournalAsync(started.InstanceId);

        Assert.Equal(Enumerable.Range(1, journal.Count).Select(i => (long)i), journal.Select(j => j.Sequence));
        var completion = Assert.Single(journal, j => j.Kind == JournalEntryKind.TaskCompleted);
        Assert.Equal(("li.si", "同意", "approve"), (completion.Actor, completion.Comment, completion.Outcome));
        Assert.Contains("\"outcome\":\"approve\"", completion.VariablesJson);
        Assert.Equal(JournalEntryKind.InstanceCompleted, journal[^1].Kind);
        Assert.Contains(journal, j => j.Kind == JournalEntryKind.ElementEntered && j.ElementId == "end");
    }
}
