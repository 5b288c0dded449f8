using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TaskAdmission.Application.Workflows.Inbox;
using TaskAdmission.Application.Workflows.Viewer;
using TaskAdmission.Benchmarks.Villages;
using TaskAdmission.Core.Security;
using TaskAdmission.Workflows.Execution;

namespace TaskAdmission.Benchmarks.Workflows;

/// <summary>
/// `console`: the workflow console's two heavy reads on PostgreSQL — the to-do inbox of a township approver with 5,000
/// open tasks in scope (/tasks: first page of 50, total, menu counts) and the instance viewer of an instance with 500
/// journal entries (/workflows/instances/{id}: diagram XML, element names, timeline). Server time per call of the use
/// case in process, and the page over HTTP on 127.0.0.1, one request at a time. Goal: p99 ≤ 50 ms each.
/// </summary>
public sealed class ConsoleHarness : IHarness
{
    private const string Township = "990100100000";
    private const string ProcessXml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:ta="https://taskadmission.example/bpmn"
                          id="Definitions_console_bench" targetNamespace="https://taskadmission.example/workflows">
          <bpmn:process id="console_bench" name="控制台基准审批" isExecutable="true">
            <bpmn:startEvent id="Start" name="发起" />
            <bpmn:userTask id="Review" name="乡镇审核" ta:candidateRoles="TownshipApprover" ta:candidateScope="${township}" ta:dueInWorkingDays="3" />
            <bpmn:endEvent id="End" name="完成" />
            <bpmn:sequenceFlow id="f1" sourceRef="Start" targetRef="Review" />
            <bpmn:sequenceFlow id="f2" sourceRef="Review" targetRef="End" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    public string Name => "console";

    public string Description => "to-do inbox with 5,000 open tasks and instance viewer with 500 journal entries, p50/p99 (PostgreSQL)";

    public async Task<int> RunAsync(string[] args)
    {
        var options = new HarnessArgs(args);
        var tasks = options.Int("tasks", 5_000);
        var entries = options.Int("entries", 500);
        var calls = options.Int("calls", 300);
        var app = new BenchApp();
        await app.InitializeAsync();
        try
        {
            var clock = Stopwatch.StartNew();
            await WithEngineAsync(app, e => e.DeployAsync(ProcessXml, "bench"));
            await StartAsync(app, tasks);
            Console.WriteLine($"started {tasks} instances waiting at 乡镇审核 for township {Township}: {clock.Elapsed.TotalSeconds:F1} s");
            clock.Restart();
            var viewed = await LongJournalAsync(app, entries);
            Console.WriteLine($"instance {viewed} with {entries} journal entries: {clock.Elapsed.TotalSeconds:F1} s");

            var approver = new Actor("township", AppRoles.TownshipApprover, null, Township);
            var admin = new Actor("admin", AppRoles.SystemAdministrator, null, null);
            // What GET /tasks asks of the application: the request's menu numbers (read once, in a scope of their own, beside
            // the page query) and the first page, whose total they answer.
            var inbox = await InProcessAsync(app, calls, async sp =>
            {
                var counts = sp.GetRequiredService<RequestTodoCounts>().GetAsync(approver);
                var page = await sp.GetRequiredService<TodoService>().ListAsync(approver, new TodoFilter(), counts);
                return (await counts).Todo == page.Total ? page.Total : throw new InvalidOperationException("the menu and the page disagree");
            });
            var viewer = await InProcessAsync(app, calls, async sp => (await sp.GetRequiredService<InstanceViewService>().GetAsync(viewed, admin)).Journal.Count);
            Console.WriteLine($"in process, RequestTodoCounts + TodoService.ListAsync ({inbox.Result} tasks in the list): {inbox}");
            Console.WriteLine($"in process, InstanceViewService.GetAsync ({viewer.Result} journal entries): {viewer}");

            var township = app.CreateClient();
            await app.SignInAsync(township, "township");
            var administrator = app.CreateClient();
            await app.SignInAsync(administrator, "admin");
            var duration = TimeSpan.FromMinutes(5);
            await LoadRunner.RunAsync([township], "/tasks", 1, duration, calls / 10);
            await LoadRunner.RunAsync([administrator], $"/workflows/instances/{viewed}", 1, duration, calls / 10);
            Console.WriteLine(await LoadRunner.RunAsync([township], "/api/v1/me", 1, duration, calls));
            var inboxHttp = await LoadRunner.RunAsync([township], "/tasks", 1, duration, calls);
            var viewerHttp = await LoadRunner.RunAsync([administrator], $"/workflows/instances/{viewed}", 1, duration, calls);
            Console.WriteLine(inboxHttp);
            Console.WriteLine(viewerHttp);
            Console.WriteLine($"goal p99 <= 50 ms: inbox {inbox.P99Ms:F1} ms in process, {inboxHttp.P99Ms:F1} ms page; viewer {viewer.P99Ms:F1} ms in process, {viewerHttp.P99Ms:F1} ms page");
            return inboxHttp.Errors + viewerHttp.Errors == 0 ? 0 : 1;
        }
        finally
        {
            await app.DisposeAsync();
        }
    }

    private static async Task<T> WithEngineAsync<T>(BenchApp app, Func<WorkflowEngine, Task<T>> action)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<WorkflowEngine>());
    }

    /// <summary>Starts the instances through the engine (4 writers), so the tasks are exactly what the engine writes.</summary>
    private static async Task StartAsync(BenchApp app, int count)
    {
        var next = 0;
        var variables = new Dictionary<string, JsonElement> { ["township"] = JsonSerializer.SerializeToElement(Township) };
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (Interlocked.Increment(ref next) is var n && n <= count)
            {
                await WithEngineAsync(app, e => e.StartAsync(new StartInstanceRequest
                {
                    ProcessId = "console_bench", BusinessKey = $"BENCH-{n:D5}", Initiator = "bench", Variables = variables,
                }));
            }
        })));
    }

    /// <summary>One more instance whose journal is grown to <paramref name="entries"/> rows by operator variable changes.</summary>
    private static async Task<Guid> LongJournalAsync(BenchApp app, int entries)
    {
        var started = await WithEngineAsync(app, e => e.StartAsync(new StartInstanceRequest
        {
            ProcessId = "console_bench", BusinessKey = "BENCH-JOURNAL", Initiator = "bench",
            Variables = new Dictionary<string, JsonElement> { ["township"] = JsonSerializer.SerializeToElement(Township) },
        }));
        var id = started.InstanceId;
        var have = (await WithEngineAsync(app, e => e.GetJournalAsync(id))).Count;
        for (var i = have; i < entries; i++)
        {
            await WithEngineAsync(app, e => e.SetVariableAsync(id, "note", JsonSerializer.SerializeToElement($"第 {i} 次补充材料"), "admin", "基准"));
        }
        return id;
    }

    private sealed record Timing(int Result, double P50Ms, double P99Ms, double MaxMs)
    {
        public override string ToString() => $"p50 {P50Ms:F2} ms  p99 {P99Ms:F2} ms  max {MaxMs:F2} ms";
    }

    /// <summary>Sequential calls, each in its own scope (a new DbContext, as a request has); 10% warm-up not counted.</summary>
    private static async Task<Timing> InProcessAsync(BenchApp app, int calls, Func<IServiceProvider, Task<int>> call)
    {
        var samples = new List<double>(calls);
        var result = 0;
        for (var i = -calls / 10; i < calls; i++)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var start = Stopwatch.GetTimestamp();
            result = await call(scope.ServiceProvider);
            if (i >= 0)
            {
                samples.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }
        samples.Sort();
        return new Timing(result, Percentiles.At(samples, 0.50), Percentiles.At(samples, 0.99), samples[^1]);
    }
}
