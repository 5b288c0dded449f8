using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TaskAdmission.Application;
using TaskAdmission.Application.Audit;
using TaskAdmission.Application.Calendar;
using TaskAdmission.Application.Clients;
using TaskAdmission.Application.Hosting;
using TaskAdmission.Application.Notifications;
using TaskAdmission.Application.Villages.Dispatch;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Villages;
using TaskAdmission.Testing;
using TaskAdmission.Web.Hosting;
using TaskAdmission.Workflows.Calendar;
using TaskAdmission.Workflows.Execution;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Web.Tests.Hosting;

/// <summary>The hosted timer worker, outbox dispatcher and calendar refresh in the real app.</summary>
public sealed class WorkflowWorkersTests
{
    /// <summary>A PT0S timer, then a user task: what a timer worker must move on exactly once.</summary>
    internal const string TimerThenTask = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="https://taskadmission.example/test">
          <bpmn:process id="wait_then_review" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:intermediateCatchEvent id="wait"><bpmn:timerEventDefinition><bpmn:timeDuration>PT0S</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
            <bpmn:userTask id="review" />
            <bpmn:endEvent id="end" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="wait" />
            <bpmn:sequenceFlow id="f2" sourceRef="wait" targetRef="review" />
            <bpmn:sequenceFlow id="f3" sourceRef="review" targetRef="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    private const string ReviewOnly = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="https://taskadmission.example/test">
          <bpmn:process id="review_only" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:userTask id="review" />
            <bpmn:endEvent id="end" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="review" />
            <bpmn:sequenceFlow id="f2" sourceRef="review" targetRef="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    [Fact]
    public async Task Workers_FireDueTimersAndDispatchTheOutbox_AndStopCleanly()
    {
        var app = new FastWorkersApp();
        await app.InitializeAsync();
        try
        {
            Guid instanceId;
            await using (var scope = app.Services.CreateAsyncScope())
            {
                var engine = scope.ServiceProvider.GetRequiredService<WorkflowEngine>();
                await engine.DeployAsync(TimerThenTask);
                instanceId = (await engine.StartAsync(new StartInstanceRequest { ProcessId = "wait_then_review", Initiator = "admin" })).InstanceId;
            }

            await using (var scope = app.Services.CreateAsyncScope())
            {
                // A second instance: the worker may already be firing the first one's timer.
                var engine = scope.ServiceProvider.GetRequiredService<WorkflowEngine>();
                await engine.DeployAsync(ReviewOnly);
                var other = await engine.StartAsync(new StartInstanceRequest { ProcessId = "review_only", Initiator = "admin" });
                await engine.CarbonCopyAsync(other.InstanceId, "admin", ["village"]);
            }

            await WaitUntilAsync(app, async store =>
                (await store.QueryTasksAsync(new TaskQuery { InstanceId = instanceId })).Items.Any(t => t.ElementId == "review")
                && (await store.GetPendingOutboxAsync(10)).Count == 0);
            await app.App.StopAsync();

            var workers = app.Services.GetServices<IHostedService>().OfType<PollingBackgroundService>().ToList();
            // Every polling worker of the app shares the base (the village and notification workers too) and stops cleanly.
            Assert.Equal(
                [nameof(AuditHeadLogWorker), nameof(CalendarRefreshService), nameof(DispatchJobWorker), nameof(NotificationDeliveryWorker), nameof(OAuthTokenPruningWorker), nameof(OutboxDispatcherService), nameof(PlatformSnapshotWorker), nameof(TimerWorkerService), nameof(VillageChecksWorker)],
                workers.Select(w => w.GetType().Name).Order());
            Assert.All(workers, w => Assert.True(w.ExecuteTask!.IsCompletedSuccessfully));
        }
        finally
        {
            await app.DisposeAsync();
        }
    }

    [Fact]
    public async Task EngineCalendar_IsTheSeededStatutoryCalendar()
    {
        var app = new FastWorkersApp();
        await app.InitializeAsync();
        try
        {
            var calendar = app.Services.GetRequiredService<WorkflowEngineOptions>().Calendar;

            Assert.False(calendar.IsWorkingDay(new DateOnly(2025, 10, 1)));
            Assert.True(calendar.IsWorkingDay(new DateOnly(2025, 9, 28)));
        }
        finally
        {
            await app.DisposeAsync();
        }
    }

    [Fact]
    public async Task CalendarRefresh_PicksUpADayAddedByAnotherNode_WithoutARestart()
    {
        var app = new FastWorkersApp();
        await app.InitializeAsync();
        try
        {
            var day = new DateOnly(2027, 1, 4);
            var options = app.Services.GetRequiredService<WorkflowEngineOptions>();
            Assert.True(options.Calendar.IsWorkingDay(day));

            // Written straight to the table, as another node's edit would be: nothing on this node reloads on its own.
            await using (var scope = app.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                db.CalendarDays.Add(new CalendarDay { Date = day, Kind = CalendarDayKind.Holiday, NameZh = "另一节点录入" });
                await db.SaveChangesAsync();
            }

            var waited = Stopwatch.StartNew();
            while (options.Calendar.IsWorkingDay(day))
            {
                Assert.True(waited.Elapsed < TimeSpan.FromSeconds(30), "the calendar refresh did not pick up the new holiday");
                await Task.Delay(20);
            }
            await using (var scope = app.Services.CreateAsyncScope())
            {
                Assert.False(scope.ServiceProvider.GetRequiredService<WorkingCalendar>().IsWorkingDay(day));
            }
        }
        finally
        {
            await app.DisposeAsync();
        }
    }

    private static async Task WaitUntilAsync(TestApp app, Func<IWorkflowStore, Task<bool>> condition)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            await using (var scope = app.Services.CreateAsyncScope())
            {
                if (await condition(scope.ServiceProvider.GetRequiredService<IWorkflowStore>())) return;
            }

            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(30), "the workers did not fire the timer and send the outbox");
            await Task.Delay(20);
        }
    }

    /// <summary>The app on SQLite with workers polling every 20 ms and the calendar re-read every 50 ms.</summary>
    private sealed class FastWorkersApp() : TestApp(DatabaseProvider.Sqlite)
    {
        protected override IEnumerable<string> ExtraArgs => ["--Workflows:TimerPollInterval=00:00:00.020", "--Workflows:OutboxPollInterval=00:00:00.020", "--Workflows:CalendarRefreshInterval=00:00:00.050"];
    }
}
