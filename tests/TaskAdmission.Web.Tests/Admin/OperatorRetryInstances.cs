using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Testing;
using TaskAdmission.Workflows.Execution;

namespace TaskAdmission.Web.Tests.Admin;

/// <summary>Instances of workflows/test/operator-retry.bpmn, which stops at "notify" with an incident until "ready" is true.</summary>
internal static class OperatorRetryInstances
{
    public static string Fixture() => File.ReadAllText(RepositoryPaths.Combine("workflows", "test", "operator-retry.bpmn"));

    /// <summary>A new instance stuck at "notify" with one open incident, under a business key of its own.</summary>
    public static Task<(Guid Instance, Guid Incident, string Key)> StartStuckAsync(TestApp app) => app.WithScopeAsync(async sp =>
    {
        var engine = sp.GetRequiredService<WorkflowEngine>();
        await engine.DeployAsync(Fixture());
        var key = $"OPS-{Guid.NewGuid():N}"[..16];
        var started = await engine.StartAsync(new StartInstanceRequest { ProcessId = "operator_retry", BusinessKey = key });
        Assert.Single(started.NewIncidents);
        return (started.InstanceId, started.NewIncidents[0].Id, key);
    });

    /// <summary>The audit rows of an instance as "action actor", oldest first.</summary>
    public static Task<List<string>> AuditActionsAsync(TestApp app, Guid instance) => app.WithScopeAsync(sp =>
        sp.GetRequiredService<AppDbContext>().AuditEntries.Where(a => a.Subject == $"workflow-instance:{instance}")
            .OrderBy(a => a.Id).Select(a => a.Action + " " + a.Actor).ToListAsync());
}
