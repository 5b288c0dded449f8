using System.Text.Json;
using TaskAdmission.Workflows.Calendar;
using TaskAdmission.Workflows.Execution;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Workflows.Cli;

/// <summary>Runs a BPMN file in memory: completes tasks as told, fast-forwards timers, stubs unregistered service tasks.</summary>
internal sealed class CliRunner(CliRunOptions options, IServiceActivityResolver? activities, TextWriter output)
{
    private const int MaxRounds = 10_000;

    public async Task<int> RunAsync(string xml, WorkingCalendar calendar, Parsing.BpmnParserOptions parsing, CancellationToken cancellationToken)
    {
        var store = new InMemoryWorkflowStore();
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        var engine = new WorkflowEngine(store, new StubbingActivityResolver(activities, output), new WorkflowEngineOptions { Calendar = calendar, Parsing = parsing }, clock);
        var deployment = await engine.DeployAsync(xml, cancellationToken);
        var path = new List<string>();
        var result = await engine.StartAsync(new StartInstanceRequest { ProcessId = deployment.ProcessId, Initiator = "cli", Variables = options.Variables }, cancellationToken);
        path.AddRange(result.Path);
        var completions = new Queue<(string TaskDefinitionId, IReadOnlyDictionary<string, JsonElement> Variables)>(options.Completions);
        var exitCode = 0;
        for (var round = 0; round < MaxRounds && result.Status == InstanceStatus.Running; round++)
        {
            var records = (await store.LoadInstanceAsync(result.InstanceId, cancellationToken))!;
            if (records.OpenIncidents.Count > 0)
            {
                foreach (var incident in records.OpenIncidents) output.WriteLine($"incident at {incident.ElementId}: {incident.Message}");
                exitCode = 1;
                break;
            }

            // Complete the next requested task if it is open; otherwise let time pass (timers may open it or time out others).
            var wanted = completions.TryPeek(out var peek) ? peek.TaskDefinitionId : null;
            var task = records.OpenTasks.Where(t => t.ElementId == wanted).OrderBy(t => t.CreatedAt).ThenBy(t => t.LoopIndex).FirstOrDefault();
            if (task is not null)
            {
                var next = completions.Dequeue();
                var actor = task.Assignee ?? "cli";
                output.WriteLine($"complete: {task.ElementId} as {actor}");
                result = await engine.CompleteTaskAsync(task.Id, actor, next.Variables, cancellationToken: cancellationToken);
            }
            else if (records.PendingTimers.OrderBy(t => t.DueAt).FirstOrDefault() is { } timer)
            {
                clock.MoveTo(timer.DueAt);
                output.WriteLine($"timer: fast-forwarded to {timer.DueAt:O} to fire {timer.ElementId}");
                result = await engine.FireTimerAsync(timer.Id, cancellationToken);
            }
            else if (wanted is not null)
            {
                output.WriteLine($"error: --complete {wanted}: no open task with that id; open: {string.Join(", ", records.OpenTasks.Select(t => t.ElementId).Distinct().DefaultIfEmpty("none"))}");
                exitCode = 1;
                break;
            }
            else
            {
                var waits = records.OpenTasks.Select(t => $"{t.ElementId} (user task)").Distinct()
                    .Concat(records.ActiveSubscriptions.Select(s => $"{s.ElementId} ({DescribeSubscription(s.MessageName)})"));
                output.WriteLine($"waiting for: {string.Join(", ", waits.DefaultIfEmpty("nothing that can be triggered"))}");
                break;
            }

            path.AddRange(result.Path);
        }

        if (exitCode == 0 && completions.Count > 0)
        {
            output.WriteLine($"error: unused --complete: {string.Join(", ", completions.Select(c => c.TaskDefinitionId))}");
            exitCode = 1;
        }

        var view = (await engine.GetInstanceAsync(result.InstanceId, cancellationToken))!;
        output.WriteLine("path: " + string.Join(", ", path));
        output.WriteLine("status: " + view.Status);
        output.WriteLine("variables:");
        output.WriteLine(JsonSerializer.Serialize(view.Variables, WorkflowJson.Indented));
        return exitCode;
    }

    /// <summary>What a subscription waits for, in the words of the diagram: a signal's subscription name carries an internal prefix.</summary>
    private static string DescribeSubscription(string name) =>
        name.StartsWith(TokenRunner.SignalPrefix, StringComparison.Ordinal)
            ? $"signal '{name[TokenRunner.SignalPrefix.Length..]}'"
            : $"message '{name}'";
}
