using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Testing;
using TaskAdmission.Testing.Villages;
using TaskAdmission.Web.Hosting;
using TaskAdmission.Workflows.Execution;

namespace TaskAdmission.Web.Tests.Platform;

/// <summary>What an operator scrapes and asks: /metrics after real work, /health/operations, and traces down to the database.</summary>
public sealed class ObservabilityTests(PostgresTestApp app) : IClassFixture<PostgresTestApp>
{
    [Fact]
    public async Task Metrics_AfterOneAdmission_ShowTheEngineHttpAndInboxFigures()
    {
        var scenario = new VillageScenario(app.Services);
        await scenario.AdmittedAsync("指标随准入出现", VillageScenario.Shiqiao);
        var village = await app.SignedInClientAsync("village");
        await village.GetStringAsync("/api/v1/villages/me/assignments");

        var scrape = await app.CreateClient().GetAsync(ObservabilityExtensions.MetricsPath);

        Assert.Equal(HttpStatusCode.OK, scrape.StatusCode);
        var text = await scrape.Content.ReadAsStringAsync();
        Assert.Matches(@"taskadmission_engine_commands_total\{[^}]*command=""Start""[^}]*\} [1-9]", text);
        Assert.Matches(@"taskadmission_engine_commands_total\{[^}]*command=""CompleteTask""[^}]*\} [1-9]", text);
        Assert.Matches(@"taskadmission_inbox_cache_lookups_total\{[^}]*result=""(hit|miss)""[^}]*\} [1-9]", text);
        Assert.Matches(@"taskadmission_precheck_outcomes_total\{[^}]*outcome=""[A-Za-z]+""[^}]*\} [1-9]", text);
        Assert.Contains("http_server_request_duration_seconds", text);
        Assert.Contains("taskadmission_outbox_backlog", text);
        Assert.Contains("taskadmission_timers_lag_seconds", text);
        // What the Monday benchmark reads per step to tell what makes a latency tail (docs/operations.md names them).
        Assert.Matches(@"dotnet_gc_collections_total\{[^}]*gc_heap_generation=""gen0""", text);
        Assert.Contains("dotnet_gc_pause_time_seconds_total", text);
        Assert.Contains("dotnet_thread_pool_queue_length", text);
        Assert.Contains("dotnet_thread_pool_thread_count", text);
        Assert.Contains("dotnet_monitor_lock_contentions_total", text);
        Assert.Matches(@"db_client_connection_count\{[^}]*state=""used""", text);
        Assert.Contains("db_client_operation_npgsql_executing", text);
    }

    [Fact]
    public async Task OperationsHealth_ReportsEveryCheck_ToLoopback()
    {
        var response = await app.CreateClient().GetAsync("/health/operations");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var checks = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["checks"]!.AsObject();
        Assert.Equal(["database", "inbox-listener", "outbox-backlog", "outbox-dispatcher", "timer-worker"], checks.Select(c => c.Key).Order());
        Assert.Equal("Healthy", checks["database"]!["status"]!.GetValue<string>());
        Assert.Equal("Healthy", checks["timer-worker"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public void OperatorEndpoints_AreOpenToLoopbackAndListedNetworksOnly()
    {
        var options = new ObservabilityOptions { AllowedNetworks = ["10.20.0.0/16"] };

        Assert.True(options.Allows(IPAddress.Loopback));
        Assert.True(options.Allows(IPAddress.Parse("10.20.3.4")));
        Assert.True(options.Allows(IPAddress.Parse("::ffff:10.20.3.4")));
        Assert.False(options.Allows(IPAddress.Parse("10.21.3.4")));
        Assert.False(new ObservabilityOptions().Allows(IPAddress.Parse("192.168.1.10")));
    }

    [Fact]
    public async Task AnEngineStep_IsOneSpan_WithItsDatabaseCallsInside()
    {
        var spans = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name is WorkflowTelemetry.Name or "Npgsql" or "test",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a => { lock (spans) spans.Add(a); },
        };
        ActivitySource.AddActivityListener(listener);
        using var root = new ActivitySource("test").StartActivity("test");

        var submission = await new VillageScenario(app.Services).SubmitAsync("追踪到数据库", VillageScenario.ShiqiaoVillage);

        List<Activity> mine;
        lock (spans) mine = spans.Where(s => s.RootId == Activity.Current?.RootId).ToList();
        var start = Assert.Single(mine, s => s.DisplayName == "engine Start");
        Assert.Contains(mine, s => s.Source.Name == "Npgsql" && s.ParentSpanId == start.SpanId);
        Assert.NotEqual(default, submission.Id);
    }
}
