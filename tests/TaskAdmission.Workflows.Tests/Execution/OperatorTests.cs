using TaskAdmission.Workflows.Execution;
using TaskAdmission.Workflows.Persistence;
using TaskAdmission.Workflows.Tests.Support;
using static TaskAdmission.Workflows.Tests.Support.BpmnText;

namespace TaskAdmission.Workflows.Tests.Execution;

public sealed class OperatorTests
{
    private readonly EngineHarness harness = new();

    private static readonly string Serial = Process(Start() + UserTask("a") + UserTask("b") + UserTask("c") + End() + Chain("start", "a", "b", "c", "end"));

    [Fact]
    public async Task MoveToken_CancelsCurrentTask_AndStartsTarget_WithJournaledReason()
    {
        var started = await harness.StartAsync(Serial);

        var moved = await harness.Engine.MoveTokenAsync(started.InstanceId, "a", "c", "ops.li", "跳过重复审核");

        Assert.Equal("c", Assert.Single(moved.OpenTasks).ElementId);
        Assert.Equal(UserTaskStatus.Cancelled, (await harness.Store.GetTaskAsync(started.OpenTasks[0].Id))!.Status);
        var entry = (await harness.Engine.GetJournalAsync(started.InstanceId)).Single(j => j.Kind == JournalEntryKind.TokenMoved);
        Assert.Equal(("ops.li", "跳过重复审核", "moved from a to c"), (entry.Actor, entry.Comment, entry.Detail));
    }

    [Fact]
    public async Task MoveToken_ResolvesIncident_WhenMovingAwayFromFailedElement()
    {
        harness.Activities.Register("Boom", _ => throw new InvalidOperationException("boom"));
        var xml = Process(Start() + ServiceTask("svc", "Boom") + UserTask("manual") + End() + Chain("start", "svc", "manual", "end"));
        var started = await harness.StartAsync(xml);

        var moved = await harness.Engine.MoveTokenAsync(started.InstanceId, "svc", "manual", "ops", "handled by hand");

        Assert.Equal("manual", Assert.Single(moved.OpenTasks).ElementId);
        Assert.False((await harness.InstanceAsync(started.InstanceId)).HasOpenIncidents);
    }

    [Fact]
    public async Task MoveToken_Refuses_UnknownSourceOrTarget()
    {
        var started = await harness.StartAsync(Serial);

        var noToken = await Assert.ThrowsAsync<WorkflowOperationException>(() => harness.Engine.MoveTokenAsync(started.InstanceId, "b", "c", "ops", "x"));
        var noTarget = await Assert.ThrowsAsync<WorkflowOperationException>(() => harness.Engine.MoveTokenAsync(started.InstanceId, "a", "zzz", "ops", "x"));

        Assert.Contains("no token is at 'b'", noToken.Message);
        Assert.Contains("'zzz' does not exist", noTarget.Message);
    }

    [Fact]
    public async Task SetVariable_ChangesVariable_AndUnblocksRetriedGateway()
    {
        var xml = Process(Start() + Gateway("exclusive", "g") + UserTask("yes") + End("e1") + End("e2")
            + Chain("start", "g") + Flow("toYes", "g", "yes", "ok == true") + Flow("toEnd", "g", "e2", "ok == false") + Chain("yes", "e1"));
        var started = await harness.StartAsync(xml, new { ok = "maybe" });

        await harness.Engine.SetVariableAsync(started.InstanceId, "ok", WorkflowVariables.Value(true), "ops.li", "fix bad input");
        var retried = await harness.Engine.RetryIncidentAsync(started.NewIncidents[0].Id, "ops.li");

        Assert.Equal("yes", Assert.Single(retried.OpenTasks).ElementId);
        var entry = (await harness.Engine.GetJournalAsync(started.InstanceId)).Single(j => j.Kind == JournalEntryKind.VariableSet);
        Assert.Equal(("ops.li", "fix bad input", "{\"ok\":true}"), (entry.Actor, entry.Comment, entry.VariablesJson));
    }

    [Fact]
    public async Task PlanMigration_ListsTokensThatCannotBeMapped()
    {
        var v1 = Process(Start() + Gateway("parallel", "fork") + UserTask("a") + UserTask("b") + Gateway("parallel", "join") + End()
            + Chain("start", "fork") + Chain("fork", "a", "join") + Chain("fork", "b", "join") + Chain("join", "end"));
        var v2 = Process(Start() + Gateway("parallel", "fork") + UserTask("a2") + ServiceTask("b") + Gateway("parallel", "join") + End()
            + Chain("start", "fork") + Chain("fork", "a2", "join") + Chain("fork", "b", "join") + Chain("join", "end"));
        var started = await harness.StartAsync(v1);
        await harness.Engine.DeployAsync(v2);

        var plan = await harness.Engine.PlanMigrationAsync(started.InstanceId, 2);

        Assert.False(plan.CanMigrate);
        Assert.Equal((1, 2), (plan.FromVersion, plan.ToVersion));
        Assert.Contains("'a' has no counterpart 'a' in version 2; add a mapping", plan.Problems);
        Assert.Contains("'b' is a userTask but 'b' in version 2 is a serviceTask", plan.Problems);
    }

    [Fact]
    public async Task Migrate_MovesTokensAndTasks_ToNewVersionWithMapping()
    {
        var v1 = Process(Start() + UserTask("review") + TimerBoundary("late", "review", "P5D") + End() + End("e2") + Chain("start", "review", "end") + Chain("late", "e2"));
        var v2 = Process(Start() + UserTask("check") + UserTask("sign") + End() + Chain("start", "check", "sign", "end"));
        var started = await harness.StartAsync(v1);
        await harness.Engine.DeployAsync(v2);
        var mapping = new Dictionary<string, string> { ["review"] = "check" };

        var plan = await harness.Engine.PlanMigrationAsync(started.InstanceId, 2, mapping);
        await harness.Engine.MigrateAsync(started.InstanceId, 2, mapping, "ops.li", "新版流程");
        var afterCheck = await harness.CompleteAsync(started.InstanceId, "check");

        Assert.True(plan.CanMigrate);
        Assert.Contains(plan.Warnings, w => w.Contains("boundary timer 'late'") && w.Contains("will be cancelled"));
        Assert.Equal(2, (await harness.InstanceAsync(started.InstanceId)).DefinitionVersion);
        Assert.Equal(started.OpenTasks[0].Id, (await harness.Store.GetTaskAsync(started.OpenTasks[0].Id))!.Id);
        Assert.Equal("sign", Assert.Single(afterCheck.OpenTasks).ElementId);
        Assert.Empty(await harness.PendingTimersAsync(started.InstanceId));
        Assert.Contains(await harness.Engine.GetJournalAsync(started.InstanceId), j => j.Kind == JournalEntryKind.InstanceMigrated && j.Actor == "ops.li" && j.Comment == "新版流程");
    }

    [Fact]
    public async Task Migrate_Refuses_WhenPlanHasProblems()
    {
        var started = await harness.StartAsync(Serial);
        await harness.Engine.DeployAsync(Process(Start() + UserTask("x") + End() + Chain("start", "x", "end")));

        var error = await Assert.ThrowsAsync<WorkflowOperationException>(() => harness.Engine.MigrateAsync(started.InstanceId, 2, null, "ops", "try"));

        Assert.Contains("'a' has no counterpart", error.Message);
        Assert.Equal(1, (await harness.InstanceAsync(started.InstanceId)).DefinitionVersion);
    }
}
