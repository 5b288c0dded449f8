using TaskAdmission.Workflows.Execution;
using TaskAdmission.Workflows.Persistence;
using TaskAdmission.Workflows.Tests.Support;
using static TaskAdmission.Workflows.Tests.Support.BpmnText;

namespace TaskAdmission.Workflows.Tests.Execution;

public sealed class RoutingTests
{
    private readonly EngineHarness harness = new();

    private static readonly string Serial = Process(Start() + UserTask("submit", """ta:assignee="${initiator}" """) + UserTask("town") + UserTask("county") + End()
        + Chain("start", "submit", "town", "county", "end"));

    [Fact]
    public async Task Return_MovesTokenToEarlierTask_AndAssignsItsPreviousHandler()
    {
        var started = await harness.StartAsync(Serial, initiator: "zhang");
        await harness.CompleteAsync(started.InstanceId, "submit");
        await harness.CompleteAsync(started.InstanceId, "town", actor: "li");
        var county = await harness.OpenTaskAsync(started.InstanceId, "county");

        var targets = await harness.Engine.GetReturnTargetsAsync(county.Id);
        var returned = await harness.Engine.ReturnTaskAsync(county.Id, "wang", "submit", "材料不全");

        Assert.Equal(["submit", "town"], targets);
        var submit = Assert.Single(returned.OpenTasks);
        Assert.Equal(("submit", "zhang"), (submit.ElementId, submit.Assignee));
        Assert.Equal(UserTaskStatus.Cancelled, (await harness.Store.GetTaskAsync(county.Id))!.Status);
        var entry = (await harness.Engine.GetJournalAsync(started.InstanceId)).Single(j => j.Kind == JournalEntryKind.TaskReturned);
        Assert.Equal(("wang", "材料不全", "returned to submit"), (entry.Actor, entry.Comment, entry.Detail));
    }

    [Fact]
    public async Task Return_AfterReturn_CannotTargetTasksThatAreNowAhead()
    {
        var started = await harness.StartAsync(Serial, initiator: "zhang");
        await harness.CompleteAsync(started.InstanceId, "submit");
        await harness.CompleteAsync(started.InstanceId, "town", actor: "li");
        var county = await harness.OpenTaskAsync(started.InstanceId, "county");
        await harness.Engine.ReturnTaskAsync(county.Id, "wang", "town");
        var town = await harness.OpenTaskAsync(started.InstanceId, "town");

        Assert.Equal(["submit"], await harness.Engine.GetReturnTargetsAsync(town.Id));
    }

    [Fact]
    public async Task Return_Refuses_TargetAcrossParallelFork()
    {
        var xml = Process(Start() + UserTask("submit") + Gateway("parallel", "fork") + UserTask("a") + UserTask("b") + Gateway("parallel", "join") + End()
            + Chain("start", "submit", "fork") + Chain("fork", "a", "join") + Chain("fork", "b", "join") + Chain("join", "end"));
        var started = await harness.StartAsync(xml);
        await harness.CompleteAsync(started.InstanceId, "submit");
        var a = await harness.OpenTaskAsync(started.InstanceId, "a");

        var error = await Assert.ThrowsAsync<WorkflowOperationException>(() => harness.Engine.ReturnTaskAsync(a.Id, "x", "submit"));

        Assert.Contains("never across a parallel fork", error.Message);
        Assert.Contains("valid targets: none", error.Message);
    }

    [Fact]
    public async Task Return_FromMultiInstance_CancelsAllSigners()
    {
        var xml = Process(Start() + UserTask("submit") + UserTask("sign", """ta:assignee="${s}" """, MultiInstance("signers", "s")) + End()
            + Chain("start", "submit", "sign", "end"));
        var started = await harness.StartAsync(xml, new { signers = new[] { "a", "b" } });
        await harness.CompleteAsync(started.InstanceId, "submit", actor: "zhang");
        var signA = await harness.OpenTaskAsync(started.InstanceId, "sign", "a");

        var returned = await harness.Engine.ReturnTaskAsync(signA.Id, "a", "submit");

        Assert.Equal("submit", Assert.Single(returned.OpenTasks).ElementId);
    }

    [Fact]
    public async Task WithdrawTask_RecreatesApproversTask_WhenNextTaskUntouched()
    {
        var started = await harness.StartAsync(Serial, initiator: "zhang");
        await harness.CompleteAsync(started.InstanceId, "submit");
        var town = await harness.OpenTaskAsync(started.InstanceId, "town");
        await harness.Engine.CompleteTaskAsync(town.Id, "li");
        var county = await harness.OpenTaskAsync(started.InstanceId, "county");

        var result = await harness.Engine.WithdrawTaskAsync(town.Id, "li", "填错了");

        var recreated = Assert.Single(result.OpenTasks);
        Assert.Equal(("town", "li"), (recreated.ElementId, recreated.Assignee));
        Assert.NotEqual(town.Id, recreated.Id);
        Assert.Equal(UserTaskStatus.Cancelled, (await harness.Store.GetTaskAsync(county.Id))!.Status);
        Assert.Contains(await harness.Engine.GetJournalAsync(started.InstanceId), j => j.Kind == JournalEntryKind.TaskWithdrawn && j.Comment == "填错了");
    }

    [Fact]
    public async Task WithdrawTask_Refuses_WhenNextTaskWasClaimed()
    {
        var started = await harness.StartAsync(Serial, initiator: "zhang");
        await harness.CompleteAsync(started.InstanceId, "submit");
        var town = await harness.OpenTaskAsync(started.InstanceId, "town");
        await harness.Engine.CompleteTaskAsync(town.Id, "li");
        await harness.Engine.ClaimTaskAsync((await harness.OpenTaskAsync(started.InstanceId, "county")).Id, "wang");

        var error = await Assert.ThrowsAsync<WorkflowOperationException>(() => harness.Engine.WithdrawTaskAsync(town.Id, "li"));

        Assert.Contains("was already acted on by wang", error.Message);
    }

    [Fact]
    public async Task WithdrawTask_Refuses_ForSomeoneWhoDidNotCompleteIt()
    {
        var started = await harness.StartAsync(Serial, initiator: "zhang");
        var submit = await harness.OpenTaskAsync(started.InstanceId, "submit");
        await harness.Engine.CompleteTaskAsync(submit.Id, "zhang");

        var error = await Assert.ThrowsAsync<WorkflowOperationException>(() => harness.Engine.WithdrawTaskAsync(submit.Id, "li"));

        Assert.Contains("was not completed by li", error.Message);
    }

    [Fact]
    public async Task WithdrawInstance_ByInitiator_CancelsEverything_BeforeAnyoneActed()
    {
        var started = await harness.StartAsync(Serial, initiator: "zhang");
        await harness.CompleteAsync(started.InstanceId, "submit");

        var result = await harness.Engine.WithdrawInstanceAsync(started.InstanceId, "zhang", "不办了");

        Assert.Equal(InstanceStatus.Withdrawn, result.Status);
        Assert.Empty(await harness.OpenTasksAsync(started.InstanceId));
    }

    [Fact]
    public async Task WithdrawInstance_Refuses_AfterAnApproverActed()
    {
        var started = await harness.StartAsync(Serial, initiator: "zhang");
        await harness.CompleteAsync(started.InstanceId, "submit");
        await harness.CompleteAsync(started.InstanceId, "town", actor: "li");

        var notInitiator = await Assert.ThrowsAsync<WorkflowOperationException>(() => harness.Engine.WithdrawInstanceAsync(started.InstanceId, "li"));
        var tooLate = await Assert.ThrowsAsync<WorkflowOperationException>(() => harness.Engine.WithdrawInstanceAsync(started.InstanceId, "zhang"));

        Assert.Contains("only the initiator (zhang)", notInitiator.Message);
        Assert.Contains("li already acted on 'town'", tooLate.Message);
    }

    [Fact]
    public async Task AddSigners_CreatesTasksForNewSigners_InParallelMultiInstance()
    {
        var xml = Process(Start() + UserTask("sign", """ta:assignee="${s}" """, MultiInstance("signers", "s")) + End() + Chain("start", "sign", "end"));
        var started = await harness.StartAsync(xml, new { signers = new[] { "a" } });

        var result = await harness.Engine.AddSignersAsync(started.InstanceId, "sign", "a", ["b", "c"], "加签");
        await harness.CompleteAsync(started.InstanceId, "sign", actor: "a");
        await harness.CompleteAsync(started.InstanceId, "sign", actor: "b");
        var done = await harness.CompleteAsync(started.InstanceId, "sign", actor: "c");

        Assert.Equal(["a", "b", "c"], result.OpenTasks.Select(t => t.Assignee));
        Assert.Equal(InstanceStatus.Completed, done.Status);
        Assert.Contains(await harness.Engine.GetJournalAsync(started.InstanceId), j => j.Kind == JournalEntryKind.SignersAdded && j.Detail == "b, c");
    }

    [Fact]
    public async Task AddSigners_QueuesSignersAtTheEnd_InSequentialMultiInstance()
    {
        var xml = Process(Start() + UserTask("sign", """ta:assignee="${s}" """, MultiInstance("signers", "s", sequential: true)) + End() + Chain("start", "sign", "end"));
        var started = await harness.StartAsync(xml, new { signers = new[] { "a", "b" } });

        var added = await harness.Engine.AddSignersAsync(started.InstanceId, "sign", "a", ["z"]);
        await harness.CompleteAsync(started.InstanceId, "sign");
        var third = await harness.CompleteAsync(started.InstanceId, "sign");

        Assert.Equal("a", Assert.Single(added.OpenTasks).Assignee);
        Assert.Equal("z", Assert.Single(third.OpenTasks).Assignee);
    }

    [Fact]
    public async Task RemoveSigner_CancelsTheirTask_AndCompletesWhenRemainingAreDone()
    {
        var xml = Process(Start() + UserTask("sign", """ta:assignee="${s}" """, MultiInstance("signers", "s")) + End() + Chain("start", "sign", "end"));
        var started = await harness.StartAsync(xml, new { signers = new[] { "a", "b", "c" } });
        await harness.CompleteAsync(started.InstanceId, "sign", actor: "a");
        await harness.CompleteAsync(started.InstanceId, "sign", actor: "b");
        var cTask = await harness.OpenTaskAsync(started.InstanceId, "sign", "c");

        var result = await harness.Engine.RemoveSignerAsync(started.InstanceId, "sign", "admin", "c", "出差");

        Assert.Equal(InstanceStatus.Completed, result.Status);
        Assert.Equal(UserTaskStatus.Cancelled, (await harness.Store.GetTaskAsync(cTask.Id))!.Status);
    }

    [Fact]
    public async Task RemoveSigner_Refuses_CompletedSignerAndLastSigner()
    {
        var xml = Process(Start() + UserTask("sign", """ta:assignee="${s}" """, MultiInstance("signers", "s")) + End() + Chain("start", "sign", "end"));
        var started = await harness.StartAsync(xml, new { signers = new[] { "a", "b" } });
        await harness.CompleteAsync(started.InstanceId, "sign", actor: "a");
        var single = await harness.StartAsync(xml, new { signers = new[] { "x" } });

        var completed = await Assert.ThrowsAsync<WorkflowOperationException>(() => harness.Engine.RemoveSignerAsync(started.InstanceId, "sign", "admin", "a"));
        var last = await Assert.ThrowsAsync<WorkflowOperationException>(() => harness.Engine.RemoveSignerAsync(single.InstanceId, "sign", "admin", "x"));
        var unknown = await Assert.ThrowsAsync<WorkflowOperationException>(() => harness.Engine.RemoveSignerAsync(started.InstanceId, "sign", "admin", "nobody"));

        Assert.Contains("has already completed", completed.Message);
        Assert.Contains("needs at least one signer", last.Message);
        Assert.Contains("is not a signer", unknown.Message);
    }
}
