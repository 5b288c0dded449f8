using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TaskAdmission.Application;
using TaskAdmission.Application.Admission;
using TaskAdmission.Application.Identity;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Villages.Caching;
using TaskAdmission.Application.Workflows.Outbox;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Security;
using TaskAdmission.Testing;
using TaskAdmission.Testing.Villages;
using TaskAdmission.Workflows.Execution;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Web.Tests.Platform;

/// <summary>
/// Two real app instances (two Kestrels, two DI containers, two sets of background workers) on one throw-away
/// PostgreSQL: what an operator running two nodes behind a load balancer relies on.
/// </summary>
public sealed class TwoNodeTests(TwoNodeTests.Cluster nodes) : IClassFixture<TwoNodeTests.Cluster>
{
    [Fact]
    public async Task SignInOnA_IsSignedInOnB_AndAFormTokenFromA_IsAcceptedByB()
    {
        var client = nodes.A.CreateClient();
        Assert.Equal(HttpStatusCode.Redirect, (await nodes.A.SignInAsync(client, "township")).StatusCode);

        // The cookie jar ignores ports (RFC 6265), as a browser behind a load balancer would send it to either node.
        var onB = await client.GetAsync(new Uri(nodes.B.BaseAddress, "/"));
        Assert.Equal(HttpStatusCode.OK, onB.StatusCode);
        Assert.Contains("张伟", await onB.Content.ReadAsStringAsync());

        var culture = await TestApp.HiddenFieldsAsync(client, "/", "form[action='/culture']");
        culture["culture"] = "en";
        var switched = await client.PostAsync(new Uri(nodes.B.BaseAddress, "/culture"), new FormUrlEncodedContent(culture));
        Assert.True(switched.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, $"node B refused node A's form token: {(int)switched.StatusCode}");
        Assert.Contains("lang=\"en\"", await client.GetStringAsync(new Uri(nodes.B.BaseAddress, "/")));
    }

    [Fact]
    public async Task TwoApproversOnTwoNodes_DecideTheSameTask_OneWins()
    {
        var submission = await new VillageScenario(nodes.A.Services).SubmitAsync("两节点同时审核", VillageScenario.ShiqiaoVillage);
        var first = VillageScenario.Township(VillageScenario.Shiqiao);
        var second = first with { UserName = "approver-2" };
        var task = (await nodes.A.WithScopeAsync<AdmissionService, IReadOnlyList<UserTaskRecord>>(s => s.ReviewTasksAsync(first)))
            .Single(t => t.BusinessKey == submission.Id.ToString());

        var outcomes = await Task.WhenAll(
            Outcome(nodes.A.WithScopeAsync<AdmissionService, Decision>(s => s.DecideAsync(task.Id, DecisionKind.Admit, "符合协助清单", first))),
            Outcome(nodes.B.WithScopeAsync<AdmissionService, Decision>(s => s.DecideAsync(task.Id, DecisionKind.Return, "请补充经费说明", second))));

        Assert.Single(outcomes, o => o is null);
        var refusal = Assert.IsType<RefusalException>(Assert.Single(outcomes, o => o is not null));
        Assert.Equal(RefusalKind.Conflict, refusal.Kind);
        var decisions = await nodes.B.WithScopeAsync<AppDbContext, List<Decision>>(db => db.Decisions.Where(d => d.SubmissionId == submission.Id).ToListAsync());
        Assert.Single(decisions);
    }

    [Fact]
    public async Task TimersAndOutboxMessages_FireExactlyOnce_AcrossBothNodes()
    {
        const int instances = 30;
        var ids = new List<Guid>();
        await nodes.A.WithScopeAsync<WorkflowEngine, int>(async engine =>
        {
            await engine.DeployAsync(Hosting.WorkflowWorkersTests.TimerThenTask);
            for (var i = 0; i < instances; i++)
            {
                var started = await engine.StartAsync(new StartInstanceRequest { ProcessId = "wait_then_review", Initiator = "admin" });
                // The timer fires on either node meanwhile; a user whose command loses that race tries again, as here.
                for (var attempt = 1; ; attempt++)
                {
                    try
                    {
                        await engine.CarbonCopyAsync(started.InstanceId, "admin", ["village"]);
                        break;
                    }
                    catch (WorkflowConflictException) when (attempt < 5)
                    {
                    }
                }
                ids.Add(started.InstanceId);
            }
            return 0;
        });

        var waited = Stopwatch.StartNew();
        while (true)
        {
            var pending = await nodes.B.WithScopeAsync<AppDbContext, int>(db => db.Set<Application.Persistence.Workflows.Entities.WfOutboxMessage>()
                .CountAsync(m => ids.Contains(m.InstanceId) && m.DispatchedAtUtc == null));
            var waiting = await nodes.B.WithScopeAsync<AppDbContext, int>(db => db.WorkflowTasks.CountAsync(t => ids.Contains(t.InstanceId) && t.ElementId == "review"));
            if (pending == 0 && waiting == instances) break;
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(60), $"after a minute {pending} messages are unsent and {instances - waiting} timers unfired");
            await Task.Delay(50);
        }

        foreach (var id in ids)
        {
            var journal = await nodes.B.WithScopeAsync<IWorkflowStore, IReadOnlyList<JournalEntry>>(s => s.GetJournalAsync(id));
            Assert.Single(journal, j => j.Kind == JournalEntryKind.TimerFired);
        }
        var sent = nodes.Sent.Where(s => ids.Contains(s.Message.InstanceId)).ToList();
        Assert.Equal(instances, sent.Count);
        Assert.Equal(instances, sent.Select(s => s.Message.Id).Distinct().Count());
    }

    [Fact]
    public async Task DispatchOnA_ReachesTheVillageInboxOnB_AtOnce()
    {
        await WaitLiveAsync(nodes.B);
        var village = await nodes.B.SignedInClientAsync("village");
        await VillageInbox.TitlesAsync(village);
        await VillageInbox.TitlesAsync(village); // B now serves 石桥村's inbox from its cache.

        var scenario = new VillageScenario(nodes.A.Services);
        var submission = await scenario.AdmittedAsync("节点甲派发节点乙可见", VillageScenario.Shiqiao);
        var visible = Stopwatch.StartNew();
        while (!(await VillageInbox.TitlesAsync(village)).Contains(submission.Title))
        {
            // NOTIFY reaches node B after node A's commit; "at once" means within the notification's round trip.
            Assert.True(visible.Elapsed < TimeSpan.FromSeconds(2), "node B kept serving a cached inbox without the work node A dispatched");
            await Task.Delay(10);
        }
    }

    [Fact]
    public async Task KeyRevokedOnA_IsRefusedOnB_AtOnce()
    {
        await WaitLiveAsync(nodes.B);
        var admin = Actor.SystemAdministrator("two-node-test");
        var (key, plain) = await nodes.A.WithScopeAsync<ApiKeyService, (ApiKey, string)>(k => k.IssueAsync("CITY-MZ", "two nodes", 1, admin));
        using var client = nodes.B.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", plain);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/me")).StatusCode); // B now knows the key verified.

        Assert.True(await nodes.A.WithScopeAsync<ApiKeyService, bool>(k => k.RevokeAsync(key.Id, admin)));

        var refused = Stopwatch.StartNew();
        while ((await client.GetAsync("/api/v1/me")).StatusCode != HttpStatusCode.Unauthorized)
        {
            // NOTIFY reaches node B after node A's commit; "at once" means within the notification's round trip.
            Assert.True(refused.Elapsed < TimeSpan.FromSeconds(2), "node B kept accepting a key node A revoked");
            await Task.Delay(10);
        }
    }

    private static async Task WaitLiveAsync(TestApp node)
    {
        var cache = node.Services.GetRequiredService<VillageInboxCache>();
        var deadline = Stopwatch.StartNew();
        while (!cache.IsLive && deadline.Elapsed < TimeSpan.FromSeconds(20)) await Task.Delay(50);
        Assert.True(cache.IsLive, "node B's inbox cache never became live, so this test would prove nothing");
    }

    private static async Task<Exception?> Outcome(Task task)
    {
        try
        {
            await task;
            return null;
        }
        catch (Exception e)
        {
            return e;
        }
    }

    /// <summary>Node A makes the database; node B joins it. Both run every background worker, polling fast.</summary>
    public sealed class Cluster : IAsyncLifetime
    {
        public ConcurrentBag<(string Node, OutboxMessage Message)> Sent { get; } = [];

        public TestApp A { get; private set; } = default!;

        public TestApp B { get; private set; } = default!;

        public async Task InitializeAsync()
        {
            A = new Node("A", null, Sent);
            await A.InitializeAsync();
            B = new Node("B", A.ConnectionString, Sent);
            await B.InitializeAsync();
        }

        public async Task DisposeAsync()
        {
            await B.DisposeAsync();
            await A.DisposeAsync();
        }
    }

    private sealed class Node(string name, string? join, ConcurrentBag<(string, OutboxMessage)> sent) : TestApp(DatabaseProvider.Postgres, join)
    {
        protected override IEnumerable<string> ExtraArgs => ["--Workflows:TimerPollInterval=00:00:00.020", "--Workflows:OutboxPollInterval=00:00:00.020"];

        protected override void Configure(WebApplicationBuilder builder) =>
            builder.Services.AddScoped<IOutboxSender>(_ => new RecordingSender(name, sent));
    }

    private sealed class RecordingSender(string node, ConcurrentBag<(string, OutboxMessage)> sent) : IOutboxSender
    {
        public Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
        {
            sent.Add((node, message));
            return Task.CompletedTask;
        }
    }
}
