using TaskAdmission.Workflows.Execution;
using TaskAdmission.Workflows.Parsing;
using TaskAdmission.Workflows.Tests.Support;
using static TaskAdmission.Workflows.Tests.Support.BpmnText;

namespace TaskAdmission.Workflows.Tests.Execution;

public sealed class VersioningTests
{
    private readonly EngineHarness harness = new();
    private static readonly string V1 = Process(Start() + UserTask("review") + End() + Chain("start", "review", "end"));
    private static readonly string V2 = Process(Start() + UserTask("review") + UserTask("approve") + End() + Chain("start", "review", "approve", "end"));

    [Fact]
    public async Task Deploy_ReturnsExistingVersion_WhenContentIsIdentical()
    {
        var first = await harness.Engine.DeployAsync(V1);

        var second = await harness.Engine.DeployAsync(V1);

        Assert.Equal((1, true), (first.Version, first.IsNewVersion));
        Assert.Equal((1, false), (second.Version, second.IsNewVersion));
    }

    [Fact]
    public async Task Deploy_CreatesNextVersion_WhenContentChanged()
    {
        await harness.Engine.DeployAsync(V1);

        var second = await harness.Engine.DeployAsync(V2);

        Assert.Equal((2, true), (second.Version, second.IsNewVersion));
    }

    [Fact]
    public async Task RunningInstance_StaysOnItsVersion_AfterNewDeployment()
    {
        var old = await harness.StartAsync(V1);
        await harness.Engine.DeployAsync(V2);
        var fresh = await harness.Engine.StartAsync(new StartInstanceRequest { ProcessId = "p" });

        var oldDone = await harness.CompleteAsync(old.InstanceId, "review");
        var freshNext = await harness.CompleteAsync(fresh.InstanceId, "review");

        Assert.Equal(1, (await harness.InstanceAsync(old.InstanceId)).DefinitionVersion);
        Assert.Equal(TaskAdmission.Workflows.Persistence.InstanceStatus.Completed, oldDone.Status);
        Assert.Equal("approve", Assert.Single(freshNext.OpenTasks).ElementId);
    }

    [Fact]
    public async Task Deploy_ThrowsWithAllProblems_WhenInvalid()
    {
        var error = await Assert.ThrowsAsync<WorkflowDefinitionException>(() => harness.Engine.DeployAsync(Process(UserTask("t"))));

        Assert.Contains(error.Problems, p => p.Message == "process has no start event");
    }

    [Fact]
    public async Task Start_Throws_WhenProcessNotDeployed()
    {
        var error = await Assert.ThrowsAsync<WorkflowOperationException>(() => harness.Engine.StartAsync(new StartInstanceRequest { ProcessId = "nope" }));

        Assert.Equal("process 'nope' is not deployed", error.Message);
    }
}
