using Microsoft.Extensions.DependencyInjection;
using TaskAdmission.Testing;
using TaskAdmission.Workflows.Execution;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Web.Tests.Tasks;

/// <summary>Instances of workflows/test/console-approval.bpmn for the console's page tests.</summary>
internal static class ConsoleApprovalInstances
{
    public static string Fixture() => File.ReadAllText(RepositoryPaths.Combine("workflows", "test", "console-approval.bpmn"));

    /// <summary>A new instance waiting at the 石桥镇 review (its 填写申请 step done by the initiator "submitter"): instance and review task.</summary>
    public static Task<(Guid Instance, Guid Review)> StartAtReviewAsync(TestApp app) => app.WithScopeAsync(async sp =>
    {
        var engine = sp.GetRequiredService<WorkflowEngine>();
        var deployed = await engine.DeployAsync(Fixture());
        var started = await engine.StartAsync(new StartInstanceRequest
        {
            ProcessId = deployed.ProcessId, Initiator = "submitter", BusinessKey = $"page-{Guid.NewGuid():N}"[..13],
            Variables = WorkflowVariables.From(new { township = "990100100000", district = "990100000000", signers = new[] { "jointreview" } }),
        });
        var apply = (await engine.QueryTasksAsync(new TaskQuery { InstanceId = started.InstanceId })).Items.Single();
        await engine.CompleteTaskAsync(apply.Id, "submitter", WorkflowVariables.From(new { outcome = "approve" }));
        return (started.InstanceId, (await engine.QueryTasksAsync(new TaskQuery { InstanceId = started.InstanceId })).Items.Single().Id);
    });
}
