using CsCheck;
using TaskAdmission.Workflows.Execution;
using TaskAdmission.Workflows.Persistence;
using TaskAdmission.Workflows.Tests.Support;

namespace TaskAdmission.Workflows.Tests.Properties;

/// <summary>Random valid processes never end up waiting silently, and the deploy-time join warning is never missing when a join does get stuck.</summary>
public sealed class NoSilentDeadlockProperties
{
    private static readonly Gen<int[]> Recipes = Gen.Int[0, 1_000].Array[1, 30];

    [Fact]
    public void RandomProcess_EndsCompleted_WaitsOnSomething_OrShowsAnIncident()
    {
        Recipes.Sample(recipe => RunAsync(recipe).GetAwaiter().GetResult(), iter: 400, threads: 1, print: r => RandomProcess.Build(r).Xml);
    }

    private static async Task RunAsync(int[] recipe)
    {
        var process = RandomProcess.Build(recipe);
        var harness = new EngineHarness();
        harness.Activities.Register("Noop", _ => { });
        var deployment = await harness.Engine.DeployAsync(process.Xml);
        var warned = deployment.Warnings.Select(w => w.ElementId).ToHashSet();
        var started = await harness.Engine.StartAsync(new StartInstanceRequest { ProcessId = deployment.ProcessId, Variables = process.Variables });

        for (var round = 0; round < 200; round++)
        {
            var open = await harness.OpenTasksAsync(started.InstanceId);
            if (open.Count == 0) break;
            await harness.Engine.CompleteTaskAsync(open[round % open.Count].Id, "someone");
        }

        var instance = await harness.InstanceAsync(started.InstanceId);
        var incidents = await harness.OpenIncidentsAsync(started.InstanceId);
        var records = (await harness.Store.LoadInstanceAsync(started.InstanceId))!;

        // Never silent: running means something can still move it, or an incident says why it cannot.
        Assert.True(
            instance.Status == InstanceStatus.Completed || incidents.Count > 0 || records.OpenTasks.Count > 0,
            $"instance is {instance.Status} at {string.Join(", ", instance.ActiveElementIds)} with nothing open and no incident");

        // Every stuck join was predicted at deploy time — unless the deployment said its join check stopped before it had
        // checked them all (a state-space bound; the warning names the process) — and a file deployed without warnings
        // always completes.
        var joinsUnchecked = deployment.Warnings.Any(w => w.ElementId == deployment.ProcessId && w.Message.Contains("were not all checked", StringComparison.Ordinal));
        if (!joinsUnchecked)
        {
            Assert.All(incidents, i => Assert.Contains(i.ElementId, warned));
        }
        if (warned.Count == 0) Assert.Equal(InstanceStatus.Completed, instance.Status);
    }
}
