using TaskAdmission.Workflows.Execution;
using TaskAdmission.Workflows.Parsing;
using TaskAdmission.Workflows.Persistence;
using TaskAdmission.Workflows.Tests.Support;

namespace TaskAdmission.Workflows.Tests.Conformance;

/// <summary>The files of workflows/test/conformance, each validated and run along its expected path.</summary>
public sealed class ConformanceTests
{
    private readonly EngineHarness harness = new();

    private static string File(string name) => Fixtures.Read("test/conformance", name);

    [Fact]
    public void EveryConformanceFile_Validates_WithNoWarningsExceptTheStuckJoin()
    {
        var folder = Fixtures.Path("test", "conformance");
        var files = Directory.GetFiles(folder, "*.bpmn").Select(Path.GetFileName).Order().ToList();

        Assert.True(files.Count >= 12, $"only {files.Count} conformance files");
        foreach (var file in files)
        {
            var result = BpmnParser.Parse(File(file!));
            Assert.True(result.IsValid, $"{file}: {string.Join("; ", result.Problems)}");
            if (file != "stuck-join.bpmn") Assert.True(result.Warnings.Count == 0, $"{file}: {string.Join("; ", result.Warnings)}");
        }
    }

    [Fact]
    public async Task CollaborationWithLanes_RunsTheExecutablePool_AndLanesGiveCandidates()
    {
        var started = await harness.StartAsync(File("collaboration-lanes.bpmn"), new { department = "D01", leader = "wang" }, businessKey: "B-1");

        var draft = await harness.OpenTaskAsync(started.InstanceId, "draft");
        Assert.Equal(["DepartmentSubmitter"], draft.CandidateRoles);
        Assert.Equal("D01", draft.CandidateScope);
        await harness.CompleteAsync(started.InstanceId, "draft");
        var approve = await harness.OpenTaskAsync(started.InstanceId, "approve");
        Assert.Equal("wang", approve.Assignee);
        Assert.Empty(approve.CandidateRoles);
        await harness.CompleteAsync(started.InstanceId, "approve");
        Assert.True((await harness.DeliverAsync("CountyReply", "B-1")).Delivered);

        Assert.Equal(["start", "draft", "approve", "wait_reply", "end"], await harness.PathAsync(started.InstanceId));
        Assert.Equal(InstanceStatus.Completed, (await harness.InstanceAsync(started.InstanceId)).Status);
    }

    [Fact]
    public async Task TasksAndMilestones_PassThrough_AndAConfirmedManualTaskWaits()
    {
        var started = await harness.StartAsync(File("tasks-and-milestones.bpmn"), new { village = "V7" });

        var confirm = await harness.OpenTaskAsync(started.InstanceId, "confirm_posted");
        Assert.Equal("V7", confirm.CandidateScope);
        Assert.Equal(["VillageCommittee"], confirm.CandidateRoles);
        await harness.CompleteAsync(started.InstanceId, "confirm_posted");

        Assert.Equal(["start", "prepare", "post_notice", "milestone", "confirm_posted", "end"], await harness.PathAsync(started.InstanceId));
    }

    [Fact]
    public async Task TimerStart_StartsOneInstancePerOccurrence_OnCronAndIsoCycle()
    {
        // Deployed Monday 2025-09-29 09:00 Beijing time: the cron's first occurrence is Tuesday 09:00.
        await harness.DeployAsync(File("timer-start.bpmn"));
        var schedules = await harness.Store.GetStartTimersAsync("timer_start");
        Assert.Equal(2, schedules.Count);
        Assert.Equal(new DateTimeOffset(2025, 9, 30, 9, 0, 0, TimeSpan.FromHours(8)), schedules.Single(s => s.ElementId == "daily").DueAt);
        Assert.Equal(new DateTimeOffset(2025, 10, 6, 10, 0, 0, TimeSpan.FromHours(8)), schedules.Single(s => s.ElementId == "weekly").DueAt);

        harness.Time.SetUtcNow(new DateTimeOffset(2025, 9, 30, 9, 0, 0, TimeSpan.FromHours(8)));
        Assert.Equal(1, await harness.Engine.FireDueStartTimersAsync("node-a", TimeSpan.FromMinutes(1), 10));
        Assert.Equal(0, await harness.Engine.FireDueStartTimersAsync("node-b", TimeSpan.FromMinutes(1), 10));
        var daily = (await harness.Store.GetStartTimersAsync("timer_start")).Single(s => s.ElementId == "daily");
        Assert.Equal(new DateTimeOffset(2025, 10, 1, 9, 0, 0, TimeSpan.FromHours(8)), daily.DueAt);

        // Friday 3 October, then the weekend is skipped: the next is Monday 6 October.
        harness.Time.SetUtcNow(new DateTimeOffset(2025, 10, 3, 9, 0, 0, TimeSpan.FromHours(8)));
        Assert.Equal(1, await harness.Engine.FireDueStartTimersAsync("node-a", TimeSpan.FromMinutes(1), 10));
        Assert.Equal(new DateTimeOffset(2025, 10, 6, 9, 0, 0, TimeSpan.FromHours(8)), (await harness.Store.GetStartTimersAsync("timer_start")).Single(s => s.ElementId == "daily").DueAt);

        var inspections = await harness.Store.QueryTasksAsync(new TaskQuery { CandidateRoles = ["Supervisor"] });
        Assert.Equal(2, inspections.TotalCount);
        var journal = await harness.Engine.GetJournalAsync(inspections.Items[0].InstanceId);
        Assert.Contains(journal, e => e.Kind == JournalEntryKind.StartedByTimer && e.ElementId == "daily");
    }

    [Fact]
    public async Task TimerStart_IsoCycle_StopsAfterItsRepetitions()
    {
        await harness.DeployAsync(File("timer-start.bpmn"));
        var started = 0;
        for (var week = 0; week < 5; week++)
        {
            harness.Time.SetUtcNow(new DateTimeOffset(2025, 10, 6, 10, 0, 0, TimeSpan.FromHours(8)).AddDays(7 * week));
            started += await harness.Engine.FireDueStartTimersAsync("node", TimeSpan.FromMinutes(1), 100);
        }

        var weekly = (await harness.Store.QueryTasksAsync(new TaskQuery { CandidateRoles = ["Supervisor"], Take = 500 })).Items
            .Select(t => harness.Engine.GetJournalAsync(t.InstanceId).Result)
            .Count(j => j.Any(e => e.Kind == JournalEntryKind.StartedByTimer && e.ElementId == "weekly"));
        Assert.Equal(3, weekly);
        Assert.DoesNotContain(await harness.Store.GetStartTimersAsync("timer_start"), s => s.ElementId == "weekly");
        Assert.True(started > 3);
    }

    [Fact]
    public async Task StartAsync_IsRefused_ForAProcessStartedOnlyByTimers()
    {
        var deployment = await harness.DeployAsync(File("timer-start.bpmn"));

        var error = await Assert.ThrowsAsync<WorkflowOperationException>(() => harness.Engine.StartAsync(new StartInstanceRequest { ProcessId = deployment.ProcessId }));

        Assert.Contains("started by its timer start event", error.Message);
    }

    [Fact]
    public async Task MultiInstanceSubProcess_RunsTheInnerFlowPerTownship_ThenLoopCardinalityInSequence()
    {
        var started = await harness.StartAsync(File("multi-instance-subprocess.bpmn"), new { townships = new[] { "T1", "T2" } });

        var checks = (await harness.OpenTasksAsync(started.InstanceId)).Where(t => t.ElementId == "check").OrderBy(t => t.CandidateScope).ToList();
        Assert.Equal(["T1", "T2"], checks.Select(t => t.CandidateScope));
        foreach (var check in checks) await harness.Engine.CompleteTaskAsync(check.Id, "a");
        var signs = (await harness.OpenTasksAsync(started.InstanceId)).Where(t => t.ElementId == "sign").ToList();
        Assert.Equal(2, signs.Count);
        await harness.Engine.CompleteTaskAsync(signs[0].Id, "a");
        Assert.DoesNotContain(await harness.OpenTasksAsync(started.InstanceId), t => t.ElementId == "spot_check");
        await harness.Engine.CompleteTaskAsync(signs[1].Id, "a");

        for (var i = 0; i < 3; i++)
        {
            var spot = await harness.OpenTaskAsync(started.InstanceId, "spot_check");
            Assert.Equal($"inspector{i}", spot.Assignee);
            await harness.Engine.CompleteTaskAsync(spot.Id, spot.Assignee!);
        }

        Assert.Equal(InstanceStatus.Completed, (await harness.InstanceAsync(started.InstanceId)).Status);
        Assert.Contains("\"nrOfCompletedInstances\":2", await harness.VariableAsync(started.InstanceId, "per_townshipResult"));
    }

    [Fact]
    public async Task SubProcessWithoutStartEvent_StartsEveryActivityWithoutIncomingFlow()
    {
        var started = await harness.StartAsync(File("subprocess-without-start.bpmn"));

        Assert.Equal(["collect_a", "collect_b"], (await harness.OpenTasksAsync(started.InstanceId)).Select(t => t.ElementId).Order());
        await harness.CompleteAsync(started.InstanceId, "collect_a");
        await harness.CompleteAsync(started.InstanceId, "collect_b");
        Assert.Equal(InstanceStatus.Completed, (await harness.InstanceAsync(started.InstanceId)).Status);
    }

    [Theory]
    [InlineData("", 0, "fund", 2000, false, 9, "incomplete")]
    [InlineData("why", 1, "fund", 2000, false, 9, "big")]
    [InlineData("why", 1, "goods", 2000, true, 3, "urgent")]
    [InlineData("why", 1, "goods", 2000, true, 4, "normal_end")]
    public async Task JuelConditions_RouteAsFlowableWould(string reason, int attachments, string kind, int amount, bool urgent, int days, string expectedEnd)
    {
        var started = await harness.StartAsync(File("juel-conditions.bpmn"), new { reason, attachments, kind, amount, urgent, days });

        Assert.Equal(["start", "route", expectedEnd], await harness.PathAsync(started.InstanceId));
    }

    [Fact]
    public async Task StuckJoin_WarnsAtDeploy_AndRaisesAnIncidentInsteadOfWaitingSilently()
    {
        var deployment = await harness.Engine.DeployAsync(File("stuck-join.bpmn"));
        var warning = Assert.Single(deployment.Warnings);
        Assert.Equal("join", warning.ElementId);
        Assert.Contains("can wait forever when 'choose' takes", warning.Message);

        var started = await harness.Engine.StartAsync(new StartInstanceRequest { ProcessId = "stuck_join", Variables = EngineHarness.Vars(new { channel = "web" }) });
        await harness.CompleteAsync(started.InstanceId, "online");

        var incident = Assert.Single(await harness.OpenIncidentsAsync(started.InstanceId));
        Assert.Equal("join", incident.ElementId);
        Assert.Contains("can never fire", incident.Message);
        Assert.Contains("from_post", incident.Message);
        Assert.Equal(InstanceStatus.Running, (await harness.InstanceAsync(started.InstanceId)).Status);
    }
}
