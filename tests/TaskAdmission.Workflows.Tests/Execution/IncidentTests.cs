using TaskAdmission.Workflows.Execution;
using TaskAdmission.Workflows.Persistence;
using TaskAdmission.Workflows.Tests.Support;
using static TaskAdmission.Workflows.Tests.Support.BpmnText;

namespace TaskAdmission.Workflows.Tests.Execution;

public sealed class IncidentTests
{
    private readonly EngineHarness harness = new();

    private static string Xml => Process(Start() + UserTask("review") + ServiceTask("notify", "Notify") + UserTask("after") + End()
        + Chain("start", "review", "notify", "after", "end"));

    [Fact]
    public async Task ThrowingServiceTask_RaisesIncident_AndKeepsEarlierChangesCommitted()
    {
        harness.Activities.Register("Notify", context =>
        {
            context.SetVariable("sent", true);
            context.EnqueueOutbox("Mail", new { to = "x" });
            throw new InvalidOperationException("SMTP unavailable");
        });
        var started = await harness.StartAsync(Xml);

        var result = await harness.Engine.CompleteTaskAsync(started.OpenTasks[0].Id, "li.si", EngineHarness.Vars(new { outcome = "approve" }));

        var incident = Assert.Single(result.NewIncidents);
        Assert.Equal(("notify", "SMTP unavailable"), (incident.ElementId, incident.Message));
        Assert.Contains("InvalidOperationException", incident.StackTrace);
        Assert.Equal(UserTaskStatus.Completed, (await harness.Store.GetTaskAsync(started.OpenTasks[0].Id))!.Status);
        var view = await harness.InstanceAsync(started.InstanceId);
        Assert.True(view.HasOpenIncidents);
        Assert.Equal(["notify"], view.ActiveElementIds);
        Assert.False(view.Variables.ContainsKey("sent"));
        Assert.Empty(await harness.OutboxAsync());
    }

    [Fact]
    public async Task RetryIncident_RerunsServiceTaskWithSameStepId_AndContinues()
    {
        var stepIds = new List<string>();
        var fail = true;
        harness.Activities.Register("Notify", context =>
        {
            stepIds.Add(context.StepId);
            if (fail) throw new InvalidOperationException("down");
            context.EnqueueOutbox("Mail", new { to = "x" });
        });
        var started = await harness.StartAsync(Xml);
        var failed = await harness.CompleteAsync(started.InstanceId, "review");
        fail = false;

        var retried = await harness.Engine.RetryIncidentAsync(failed.NewIncidents[0].Id, "ops.admin", "mail server is back");

        Assert.Equal("after", Assert.Single(retried.OpenTasks).ElementId);
        Assert.Equal(2, stepIds.Count);
        Assert.Equal(stepIds[0], stepIds[1]);
        Assert.Equal(stepIds[0], Assert.Single(await harness.OutboxAsync()).StepId);
        var incident = (await harness.Store.GetIncidentAsync(failed.NewIncidents[0].Id))!;
        Assert.Equal((IncidentStatus.Resolved, "ops.admin"), (incident.Status, incident.ResolvedBy));
        Assert.False((await harness.InstanceAsync(started.InstanceId)).HasOpenIncidents);
    }

    [Fact]
    public async Task RetryIncident_RaisesNewIncident_WhenItFailsAgain()
    {
        harness.Activities.Register("Notify", _ => throw new InvalidOperationException("still down"));
        var started = await harness.StartAsync(Xml);
        var failed = await harness.CompleteAsync(started.InstanceId, "review");

        var retried = await harness.Engine.RetryIncidentAsync(failed.NewIncidents[0].Id, "ops.admin");

        Assert.Equal("still down", Assert.Single(retried.NewIncidents).Message);
        Assert.Single(await harness.Store.GetIncidentsAsync(started.InstanceId), i => i.Status == IncidentStatus.Open);
    }

    [Fact]
    public async Task UnregisteredServiceType_RaisesIncidentNamingTheType()
    {
        var started = await harness.StartAsync(Xml);

        var result = await harness.CompleteAsync(started.InstanceId, "review");

        Assert.Equal("no service activity is registered for type 'Notify'", Assert.Single(result.NewIncidents).Message);
    }

    [Fact]
    public async Task RetryIncident_Refuses_WhenAlreadyResolved()
    {
        var calls = 0;
        harness.Activities.Register("Notify", _ =>
        {
            if (calls++ == 0) throw new InvalidOperationException("once");
        });
        var started = await harness.StartAsync(Xml);
        var failed = await harness.CompleteAsync(started.InstanceId, "review");
        await harness.Engine.RetryIncidentAsync(failed.NewIncidents[0].Id, "ops.a");

        var error = await Assert.ThrowsAsync<WorkflowConflictException>(() => harness.Engine.RetryIncidentAsync(failed.NewIncidents[0].Id, "ops.b"));

        Assert.Contains("already resolved by ops.a", error.Message);
    }
}
