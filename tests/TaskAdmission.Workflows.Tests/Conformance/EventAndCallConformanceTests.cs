using TaskAdmission.Workflows.Execution;
using TaskAdmission.Workflows.Parsing;
using TaskAdmission.Workflows.Persistence;
using TaskAdmission.Workflows.Tests.Support;

namespace TaskAdmission.Workflows.Tests.Conformance;

/// <summary>The conformance files that cross instances or wait for events: call activities, event-based gateways, boundary events, escalations.</summary>
public sealed class EventAndCallConformanceTests
{
    private readonly EngineHarness harness = new();

    private static string File(string name) => Fixtures.Read("test/conformance", name);

    [Fact]
    public async Task CallActivity_StartsTheChild_MapsVariablesInAndOut_AndContinues()
    {
        await harness.DeployAsync(File("call-child.bpmn"));
        var parent = await harness.StartAsync(File("call-parent.bpmn"), new { amount = 120 }, businessKey: "C-1");

        var decide = Assert.Single(await harness.Store.QueryTasksAsync(new TaskQuery { CandidateRoles = ["TownshipApprover"] }).ContinueWith(t => t.Result.Items));
        Assert.Equal("C-1", decide.BusinessKey);
        Assert.NotEqual(parent.InstanceId, decide.InstanceId);
        Assert.Equal("120", await harness.VariableAsync(decide.InstanceId, "requested"));
        Assert.Equal("240", await harness.VariableAsync(decide.InstanceId, "limit"));
        Assert.Equal(["start", "review"], await harness.PathAsync(parent.InstanceId));

        await harness.Engine.CompleteTaskAsync(decide.Id, "li", EngineHarness.Vars(new { decision = "accept" }));

        Assert.Equal("\"accept\"", await harness.VariableAsync(parent.InstanceId, "reviewDecision"));
        await harness.OpenTaskAsync(parent.InstanceId, "archive");
        Assert.Equal(["start", "review", "archive"], await harness.PathAsync(parent.InstanceId));
        Assert.Equal(InstanceStatus.Completed, (await harness.InstanceAsync(decide.InstanceId)).Status);
    }

    [Fact]
    public async Task CallActivity_ChildErrorEnd_IsCaughtByTheCallActivitysBoundaryEvent()
    {
        await harness.DeployAsync(File("call-child.bpmn"));
        var parent = await harness.StartAsync(File("call-parent.bpmn"), new { amount = 5 });
        var decide = (await harness.Store.QueryTasksAsync(new TaskQuery { CandidateRoles = ["TownshipApprover"] })).Items.Single();

        await harness.Engine.CompleteTaskAsync(decide.Id, "li", EngineHarness.Vars(new { decision = "refuse" }));

        Assert.Equal(["start", "review", "refused", "end_refused"], await harness.PathAsync(parent.InstanceId));
        Assert.Equal(InstanceStatus.Completed, (await harness.InstanceAsync(parent.InstanceId)).Status);
    }

    [Fact]
    public async Task CallActivity_RaisesIncident_WhenTheCalledProcessIsNotDeployed()
    {
        var parent = await harness.StartAsync(File("call-parent.bpmn"), new { amount = 5 });

        var incident = Assert.Single(await harness.OpenIncidentsAsync(parent.InstanceId));
        Assert.Equal("review", incident.ElementId);
        Assert.Contains("called process 'call_child' is not deployed", incident.Message);
    }

    [Fact]
    public async Task CallActivity_FixedVersion_CallsThatVersion_EvenAfterANewerDeploy()
    {
        var child = File("call-child.bpmn");
        await harness.DeployAsync(child);
        await harness.DeployAsync(child.Replace("ta:candidateRoles=\"TownshipApprover\"", "ta:candidateRoles=\"JointReviewer\""));
        var parent = await harness.StartAsync(File("call-parent.bpmn").Replace("ta:calledVersion=\"latest\"", "ta:calledVersion=\"1\""), new { amount = 5 });

        var decide = (await harness.Store.QueryTasksAsync(new TaskQuery { InstanceId = null, CandidateRoles = ["TownshipApprover", "JointReviewer"] })).Items.Single();

        Assert.Equal(["TownshipApprover"], decide.CandidateRoles);
        Assert.Equal(1, (await harness.InstanceAsync(decide.InstanceId)).DefinitionVersion);
        Assert.NotEqual(parent.InstanceId, decide.InstanceId);
    }

    [Fact]
    public async Task CallActivity_CancellingTheCaller_CancelsTheChild()
    {
        await harness.DeployAsync(File("call-child.bpmn"));
        var parent = await harness.StartAsync(File("call-parent.bpmn"), new { amount = 5 }, initiator: "zhang");
        var decide = (await harness.Store.QueryTasksAsync(new TaskQuery { CandidateRoles = ["TownshipApprover"] })).Items.Single();

        await harness.Engine.WithdrawInstanceAsync(parent.InstanceId, "zhang");

        Assert.Equal(InstanceStatus.Cancelled, (await harness.InstanceAsync(decide.InstanceId)).Status);
        Assert.Equal(UserTaskStatus.Cancelled, (await harness.Store.GetTaskAsync(decide.Id))!.Status);
    }

    [Fact]
    public async Task EventGateway_MessageBeforeTimer_TakesTheMessageBranch_AndCancelsTheTimer()
    {
        var started = await harness.StartAsync(File("event-gateway.bpmn"), businessKey: "E-1");
        Assert.Single(await harness.PendingTimersAsync(started.InstanceId));

        await harness.DeliverAsync("CountyReply", "E-1", new { answer = "ok" });

        Assert.Equal(["start", "race", "reply", "answered"], await harness.PathAsync(started.InstanceId));
        Assert.Empty(await harness.PendingTimersAsync(started.InstanceId));
        Assert.Equal(0, (await harness.Engine.SendSignalAsync("PolicyRecalled")));
        Assert.Equal(InstanceStatus.Completed, (await harness.InstanceAsync(started.InstanceId)).Status);
    }

    [Fact]
    public async Task EventGateway_TimerBeforeMessage_TakesTheTimerBranch_AndTheMessageFindsNoWaiter()
    {
        var started = await harness.StartAsync(File("event-gateway.bpmn"), businessKey: "E-2");

        await harness.FireAsync(started.InstanceId, "timeout");

        Assert.Equal(["start", "race", "timeout", "chase"], await harness.PathAsync(started.InstanceId));
        Assert.False((await harness.DeliverAsync("CountyReply", "E-2")).Delivered);
    }

    [Fact]
    public async Task EventGateway_Signal_ReachesEveryWaitingInstance()
    {
        var first = await harness.StartAsync(File("event-gateway.bpmn"), businessKey: "E-3");
        var second = await harness.Engine.StartAsync(new StartInstanceRequest { ProcessId = "event_race", BusinessKey = "E-4" });

        Assert.Equal(2, await harness.Engine.SendSignalAsync("PolicyRecalled"));

        Assert.Equal(["start", "race", "recalled", "dropped"], await harness.PathAsync(first.InstanceId));
        Assert.Equal(["start", "race", "recalled", "dropped"], await harness.PathAsync(second.InstanceId));
    }

    [Fact]
    public async Task MessageBoundary_Interrupting_CancelsTheTask()
    {
        var started = await harness.StartAsync(File("boundary-message-signal.bpmn"), businessKey: "M-1");
        var review = await harness.OpenTaskAsync(started.InstanceId, "review");

        await harness.DeliverAsync("ApplicantCancelled", "M-1");

        Assert.Equal(UserTaskStatus.Cancelled, (await harness.Store.GetTaskAsync(review.Id))!.Status);
        Assert.Equal(["start", "review", "cancelled", "cancel_end"], await harness.PathAsync(started.InstanceId));
    }

    [Fact]
    public async Task SignalBoundary_NonInterrupting_StartsABranch_AndTheSubProcessGoesOn()
    {
        var started = await harness.StartAsync(File("boundary-message-signal.bpmn"), businessKey: "M-2");
        await harness.CompleteAsync(started.InstanceId, "review");

        Assert.Equal(1, await harness.Engine.SendSignalAsync("HolidayNotice"));
        Assert.Equal(1, await harness.Engine.SendSignalAsync("HolidayNotice"));

        Assert.Equal(2, (await harness.OpenTasksAsync(started.InstanceId)).Count(t => t.ElementId == "notice"));
        await harness.CompleteAsync(started.InstanceId, "post");
        Assert.False((await harness.DeliverAsync("ApplicantCancelled", "M-2")).Delivered);
        Assert.Equal(0, await harness.Engine.SendSignalAsync("HolidayNotice"));
        Assert.Equal(["start", "review", "publish", "p_start", "post", "holiday", "notice", "holiday", "notice", "p_end", "end"], await harness.PathAsync(started.InstanceId));
    }

    [Fact]
    public async Task Escalation_NonInterrupting_StartsTheSupervisorTask_AndTheSubProcessCompletes()
    {
        var started = await harness.StartAsync(File("escalation-error.bpmn"));

        await harness.OpenTaskAsync(started.InstanceId, "supervise");
        await harness.CompleteAsync(started.InstanceId, "work", new { valid = true });
        await harness.CompleteAsync(started.InstanceId, "supervise");

        Assert.Equal(InstanceStatus.Completed, (await harness.InstanceAsync(started.InstanceId)).Status);
        Assert.Equal(["start", "handle", "h_start", "h_fork", "work", "h_late", "late", "supervise", "h_check", "h_done", "end", "supervised"], await harness.PathAsync(started.InstanceId));
        Assert.Contains(await harness.Engine.GetJournalAsync(started.InstanceId), e => e.Kind == JournalEntryKind.EscalationThrown && e.Detail!.Contains("caught by late"));
    }

    [Fact]
    public async Task ErrorEnd_InSubProcess_IsCaughtByTheInterruptingBoundary()
    {
        var started = await harness.StartAsync(File("escalation-error.bpmn"));

        await harness.CompleteAsync(started.InstanceId, "work", new { valid = false });

        var path = await harness.PathAsync(started.InstanceId);
        Assert.Equal(["h_invalid", "invalid", "redo"], path.SkipWhile(p => p != "h_invalid").ToList());
        Assert.DoesNotContain(path, p => p == "end");
    }
}
