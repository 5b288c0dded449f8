using TaskAdmission.Testing;
using System.Text.Json;
using TaskAdmission.Workflows.Execution;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Benchmarks.Workflows;

/// <summary>The workflows/bench fixtures, and an in-memory engine with a no-op service activity to run them.</summary>
public static class BenchFixtures
{
    public static readonly string[] Files = ["linear-10.bpmn", "exclusive.bpmn", "parallel-8.bpmn"];

    /// <summary>What <c>load compare</c> measures: an exclusive choice, a parallel fork/join, and three user tasks (four commands each).</summary>
    public static readonly string[] CompareFiles = ["exclusive.bpmn", "parallel-8.bpmn", "user-tasks-3.bpmn"];

    // Cycled so the exclusive gateway takes every branch (and the default); the other files ignore it.
    private static readonly IReadOnlyDictionary<string, JsonElement>[] Variables =
        [.. new[] { 50, 500, 5000, 50000 }.Select(amount => WorkflowVariables.From(new { amount }))];

    public static string Root { get; } = RepositoryPaths.Root;

    public static string BenchPath(string file) => Path.Combine(Root, "workflows", "bench", file);

    public static string Read(string folder, string file) => File.ReadAllText(Path.Combine(Root, "workflows", folder, file));

    public static IReadOnlyDictionary<string, JsonElement> VariablesFor(int i) => Variables[i % Variables.Length];

    /// <summary>A fresh in-memory engine with the file deployed; returns the engine and the process id.</summary>
    public static async Task<(WorkflowEngine Engine, string ProcessId)> InMemoryEngineAsync(string file)
    {
        var activities = new ServiceActivityRegistry().Register("Noop", _ => { });
        var engine = new WorkflowEngine(new InMemoryWorkflowStore(), activities);
        var deployment = await engine.DeployAsync(Read("bench", file));
        return (engine, deployment.ProcessId);
    }

    /// <summary>
    /// Starts <paramref name="count"/> instances one after another and runs each to its end: service-task processes end
    /// inside the start command, user tasks are completed one command each (as their assignee).
    /// </summary>
    public static async Task RunInstancesAsync(WorkflowEngine engine, string processId, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var result = await engine.StartAsync(new StartInstanceRequest { ProcessId = processId, Variables = VariablesFor(i) });
            while (result.Status == InstanceStatus.Running && result.OpenTasks.Count > 0)
            {
                var task = result.OpenTasks[0];
                result = await engine.CompleteTaskAsync(task.Id, task.Assignee ?? "clerk");
            }

            if (result.Status != InstanceStatus.Completed) throw new InvalidOperationException($"{processId} ended {result.Status}");
        }
    }
}
