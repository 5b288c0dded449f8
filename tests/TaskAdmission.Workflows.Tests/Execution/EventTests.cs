using TaskAdmission.Workflows.Calendar;
using TaskAdmission.Workflows.Execution;
using TaskAdmission.Workflows.Persistence;
using TaskAdmission.Workflows.Tests.Support;
using static TaskAdmission.Workflows.Tests.Support.BpmnText;

namespace TaskAdmission.Workflows.Tests.Execution;

public sealed class EventTests
{
    private readonly EngineHarness harness = new();

    [Fact]
    public async Task TimerCatchEvent_WaitsForDuration_ThenContinues()
    {
        var xml = Process(Start() + TimerCatch("wait", "P3D") + UserTask("after") + End() + Chain("start", "wait", "after", "end"));

        var started = await harness.StartAsync(xml);
        var timer = Assert.Single(await harness.PendingTimersAsync(started.InstanceId));
        var fired = await harness.FireAsync(started.InstanceId, "wait");

        Assert.Equal(EngineHarness.Monday0900.AddDays(3), timer.DueAt);
        Assert.Empty(started.OpenTasks);
        Assert.Equal("after", Assert.Single(fired.OpenTasks).ElementId);
        Assert.Equal(TimerStatus.Fired, (await harness.Store.GetTimerAsync(timer.Id))!.Status);
    }

    [Fact]
    public async Task TimerCatchEvent_CountsWorkingDaysOnCalendar()
    {
        var calendar = new WorkingCalendar([new CalendarEntry(new DateOnly(2025, 10, 1), CalendarDayKind.Holiday, "国庆节")]);
        var local = new EngineHarness(calendar);
        var xml = Process(Start() + TimerCatch("wait", "2WD") + End() + Chain("start", "wait", "end"));

        var started = await local.StartAsync(xml);

        var timer = Assert.Single(await local.PendingTimersAsync(started.InstanceId));
        Assert.Equal(new DateTimeOffset(2025, 10, 2, 9, 0, 0, TimeSpan.FromHours(8)), timer.DueAt); // Tue 30, (Wed 1 holiday), Thu 2
    }

    [Fact]
    public async Task FireTimer_Refuses_WhenNotDueYet()
    {
        var xml = Process(Start() + TimerCatch("wait", "PT1H") + End() + Chain("start", "wait", "end"));
        var started = await harness.StartAsync(xml);
        var timer = Assert.Single(await harness.PendingTimersAsync(started.InstanceId));

        var error = await Assert.ThrowsAsync<WorkflowOperationException>(() => harness.Engine.FireTimerAsync(timer.Id));

        Assert.Contains("is not due until", error.Message);
    }

    [Fact]
    public async Task InterruptingBoundaryTimer_CancelsTask_AndTakesTimeoutPath()
    {
        var xml = Process(Start() + UserTask("review") + TimerBoundary("late", "review", "P1D") + UserTask("escalate") + End() + End("e2")
            + Chain("start", "review", "end") + Chain("late", "escalate", "e2"));

        var started = await harness.StartAsync(xml);
        var review = Assert.Single(started.OpenTasks);
        var fired = await harness.FireAsync(started.InstanceId, "late");

        Assert.Equal("escalate", Assert.Single(fired.OpenTasks).ElementId);
        Assert.Equal(UserTaskStatus.Cancelled, (await harness.Store.GetTaskAsync(review.Id))!.Status);
    }

    [Fact]
    public async Task BoundaryTimer_IsCancelled_WhenTaskCompletesFirst()
    {
        var xml = Process(Start() + UserTask("review") + TimerBoundary("late", "review", "P1D") + End() + End("e2")
            + Chain("start", "review", "end") + Chain("late", "e2"));
        var started = await harness.StartAsync(xml);
        var timer = Assert.Single(await harness.PendingTimersAsync(started.InstanceId));

        await harness.CompleteAsync(started.InstanceId, "review");

        Assert.Equal(TimerStatus.Cancelled, (await harness.Store.GetTimerAsync(timer.Id))!.Status);
        var error = await Assert.ThrowsAsync<WorkflowConflictException>(() => harness.Engine.FireTimerAsync(timer.Id));
        Assert.Contains("was cancelled", error.Message);
    }

    [Fact]
    public async Task NonInterruptingBoundaryTimer_KeepsTask_AndStartsParallelPath()
    {
        var xml = Process(Start() + UserTask("review") + TimerBoundary("nudge", "review", "PT2H", interrupting: false) + UserTask("followUp") + End() + End("e2")
            + Chain("start", "review", "end") + Chain("nudge", "followUp", "e2"));

        var started = await harness.StartAsync(xml);
        var fired = await harness.FireAsync(started.InstanceId, "nudge");
        var afterReview = await harness.CompleteAsync(started.InstanceId, "review");
        var afterFollowUp = await harness.CompleteAsync(started.InstanceId, "followUp");

        Assert.Equal(["followUp", "review"], fired.OpenTasks.Select(t => t.ElementId).Order());
        Assert.Equal(InstanceStatus.Running, afterReview.Status);
        Assert.Equal(InstanceStatus.Completed, afterFollowUp.Status);
    }

    [Theory]
    [InlineData("approve", "approved")]
    [InlineData("reject", "rejected")]
    public async Task TimeoutAction_CompletesTaskAsSystem_WithOutcome(string action, string expectedTask)
    {
        var xml = Process(Start() + UserTask("review") + TimerBoundary("auto", "review", "P15D", attributes: $"""ta:timeoutAction="{action}" """)
            + Gateway("exclusive", "g", "toRejected") + UserTask("approved") + UserTask("rejected") + End("e1") + End("e2")
            + Chain("start", "review", "g") + Flow("toApproved", "g", "approved", "outcome == 'approve'") + Flow("toRejected", "g", "rejected")
            + Chain("approved", "e1") + Chain("rejected", "e2"));

        var started = await harness.StartAsync(xml);
        var review = Assert.Single(started.OpenTasks);
        var fired = await harness.FireAsync(started.InstanceId, "auto");

        Assert.Equal(expectedTask, Assert.Single(fired.OpenTasks).ElementId);
        var closed = (await harness.Store.GetTaskAsync(review.Id))!;
        Assert.Equal(("system", action), (closed.CompletedBy, closed.Outcome));
    }

    [Fact]
    public async Task TimeoutActionRemind_SendsReminderToOutbox_AndKeepsTask()
    {
        var xml = Process(Start() + UserTask("review", """ta:assignee="wang.wu" """) + TimerBoundary("remind", "review", "P2D", interrupting: false, """ta:timeoutAction="remind" """) + End()
            + Chain("start", "review", "end"));

        var started = await harness.StartAsync(xml);
        var fired = await harness.FireAsync(started.InstanceId, "remind");

        Assert.Equal(started.OpenTasks[0].Id, Assert.Single(fired.OpenTasks).Id);
        var reminder = Assert.Single(await harness.OutboxAsync());
        Assert.Equal("TaskReminder", reminder.Type);
        Assert.Contains("wang.wu", reminder.PayloadJson);
        Assert.Contains(await harness.Engine.GetJournalAsync(started.InstanceId), j => j.Kind == JournalEntryKind.Reminded && j.Actor == "system");
    }

    [Fact]
    public async Task ReceiveTask_ContinuesWhenMessageDelivered_WithVariables()
    {
        var xml = Process(
            Start() + """<bpmn:receiveTask id="wait" messageRef="m1" />""" + End() + Chain("start", "wait", "end"),
            """<bpmn:message id="m1" name="FeedbackArrived" />""");
        var started = await harness.StartAsync(xml, businessKey: "case-7");

        var delivered = await harness.Engine.DeliverMessageAsync("FeedbackArrived", "case-7", EngineHarness.Vars(new { feedback = "ok" }));

        Assert.True(delivered.Delivered);
        Assert.Equal(("wait", InstanceStatus.Completed), (delivered.ElementId, delivered.Command!.Status));
        Assert.Equal("\"ok\"", await harness.VariableAsync(started.InstanceId, "feedback"));
    }

    [Fact]
    public async Task MessageCatchEvent_CorrelatesByBusinessKey_AndReportsNotFound()
    {
        var xml = Process(
            Start() + """<bpmn:intermediateCatchEvent id="wait"><bpmn:messageEventDefinition messageRef="m1" /></bpmn:intermediateCatchEvent>""" + End() + Chain("start", "wait", "end"),
            """<bpmn:message id="m1" name="Paid" />""");
        var first = await harness.StartAsync(xml, businessKey: "A");
        var second = await harness.StartAsync(xml, businessKey: "B");

        var wrongKey = await harness.Engine.DeliverMessageAsync("Paid", "C");
        var toB = await harness.Engine.DeliverMessageAsync("Paid", "B");
        var again = await harness.Engine.DeliverMessageAsync("Paid", "B");

        Assert.False(wrongKey.Delivered);
        Assert.Equal(second.InstanceId, toB.InstanceId);
        Assert.False(again.Delivered);
        Assert.Equal(InstanceStatus.Running, (await harness.InstanceAsync(first.InstanceId)).Status);
    }

    [Fact]
    public async Task ErrorEndEventInSubProcess_IsCaughtByErrorBoundary()
    {
        var body = Start() + """
            <bpmn:subProcess id="sub">
              <bpmn:startEvent id="subStart" />
              <bpmn:userTask id="check" />
              <bpmn:endEvent id="fail"><bpmn:errorEventDefinition errorRef="err" /></bpmn:endEvent>
              <bpmn:sequenceFlow id="s1" sourceRef="subStart" targetRef="check" />
              <bpmn:sequenceFlow id="s2" sourceRef="check" targetRef="fail" />
            </bpmn:subProcess>
            <bpmn:boundaryEvent id="caught" attachedToRef="sub"><bpmn:errorEventDefinition errorRef="err" /></bpmn:boundaryEvent>
            """ + UserTask("fix") + End() + End("e2") + Chain("start", "sub", "end") + Chain("caught", "fix", "e2");
        var xml = Process(body, """<bpmn:error id="err" errorCode="INVALID" />""");

        var started = await harness.StartAsync(xml);
        var result = await harness.CompleteAsync(started.InstanceId, "check");

        Assert.Equal("fix", Assert.Single(result.OpenTasks).ElementId);
        Assert.Contains(await harness.Engine.GetJournalAsync(started.InstanceId), j => j.Kind == JournalEntryKind.ErrorCaught && j.ElementId == "caught");
    }

    [Fact]
    public async Task BpmnErrorFromServiceTask_IsCaughtByBoundaryOnServiceTask()
    {
        harness.Activities.Register("Validate", _ => throw new BpmnErrorException("MISSING_DATA"));
        var xml = Process(
            Start() + ServiceTask("validate", "Validate") + """<bpmn:boundaryEvent id="onError" attachedToRef="validate"><bpmn:errorEventDefinition errorRef="e" /></bpmn:boundaryEvent>"""
            + UserTask("correct") + End() + End("e2") + Chain("start", "validate", "end") + Chain("onError", "correct", "e2"),
            """<bpmn:error id="e" errorCode="MISSING_DATA" />""");

        var started = await harness.StartAsync(xml);

        Assert.Equal("correct", Assert.Single(started.OpenTasks).ElementId);
        Assert.Empty(started.NewIncidents);
    }

    [Fact]
    public async Task UncaughtBpmnError_RaisesIncident()
    {
        harness.Activities.Register("Validate", _ => throw new BpmnErrorException("OTHER"));
        var xml = Process(Start() + ServiceTask("validate", "Validate") + End() + Chain("start", "validate", "end"));

        var started = await harness.StartAsync(xml);

        Assert.Contains("BPMN error 'OTHER' was not caught", Assert.Single(started.NewIncidents).Message);
    }

    [Fact]
    public async Task SubProcess_RunsInnerScope_ThenContinues()
    {
        var body = Start() + """
            <bpmn:subProcess id="sub">
              <bpmn:startEvent id="subStart" />
              <bpmn:userTask id="inner" />
              <bpmn:endEvent id="subEnd" />
              <bpmn:sequenceFlow id="s1" sourceRef="subStart" targetRef="inner" />
              <bpmn:sequenceFlow id="s2" sourceRef="inner" targetRef="subEnd" />
            </bpmn:subProcess>
            """ + UserTask("after") + End() + Chain("start", "sub", "after", "end");

        var started = await harness.StartAsync(Process(body));
        var afterInner = await harness.CompleteAsync(started.InstanceId, "inner");

        Assert.Equal(["start", "sub", "subStart", "inner"], started.Path);
        Assert.Equal(["subEnd", "after"], afterInner.Path);
    }

    [Fact]
    public async Task InterruptingTimerOnSubProcess_CancelsEverythingInside()
    {
        var body = Start() + """
            <bpmn:subProcess id="sub">
              <bpmn:startEvent id="subStart" />
              <bpmn:parallelGateway id="fork" />
              <bpmn:userTask id="x" />
              <bpmn:userTask id="y" />
              <bpmn:parallelGateway id="join" />
              <bpmn:endEvent id="subEnd" />
              <bpmn:sequenceFlow id="s1" sourceRef="subStart" targetRef="fork" />
              <bpmn:sequenceFlow id="s2" sourceRef="fork" targetRef="x" />
              <bpmn:sequenceFlow id="s3" sourceRef="fork" targetRef="y" />
              <bpmn:sequenceFlow id="s4" sourceRef="x" targetRef="join" />
              <bpmn:sequenceFlow id="s5" sourceRef="y" targetRef="join" />
              <bpmn:sequenceFlow id="s6" sourceRef="join" targetRef="subEnd" />
            </bpmn:subProcess>
            """ + TimerBoundary("deadline", "sub", "P10D") + UserTask("late") + End() + End("e2")
            + Chain("start", "sub", "end") + Chain("deadline", "late", "e2");

        var started = await harness.StartAsync(Process(body));
        await harness.CompleteAsync(started.InstanceId, "x");
        var fired = await harness.FireAsync(started.InstanceId, "deadline");

        Assert.Equal("late", Assert.Single(fired.OpenTasks).ElementId);
        Assert.Equal(["late"], fired.ActiveElementIds);
    }
}
