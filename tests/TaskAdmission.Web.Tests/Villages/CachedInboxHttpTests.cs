using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TaskAdmission.Application;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Villages.Caching;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Testing;
using TaskAdmission.Testing.Villages;
using TaskAdmission.Web.Features.Villages;

namespace TaskAdmission.Web.Tests.Villages;

/// <summary>
/// The village inbox API on PostgreSQL, where open inboxes are cached with their JSON per language: each village is
/// still served only its own work, and in the language its user chose — from the cache as from the database.
/// </summary>
public sealed class CachedInboxHttpTests(PostgresTestApp app) : IClassFixture<PostgresTestApp>
{
    private const string Inbox = VillageInbox.Path;

    [Fact]
    public async Task CachedInbox_ServesEachVillageOnlyItsOwnWork_InItsUsersLanguage()
    {
        var cache = app.Services.GetRequiredService<VillageInboxCache>();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!cache.IsLive && DateTime.UtcNow < deadline) await Task.Delay(50);
        Assert.True(cache.IsLive, "the inbox cache never became live, so this test would prove nothing");

        var scenario = new VillageScenario(app.Services);
        var submission = await scenario.SubmitAsync("缓存接口只给本村", VillageScenario.ShiqiaoVillage);
        await scenario.DecideAsync(submission.Id, VillageScenario.Shiqiao, DecisionKind.Admit);
        var id = await scenario.WithAsync<AppDbContext, Guid>(db => db.Assignments
            .Where(a => a.SubmissionId == submission.Id && a.VillageCode == VillageScenario.ShiqiaoVillage).Select(a => a.Id).SingleAsync());
        var shiqiao = await app.SignedInClientAsync("village");
        var bailin = await app.SignedInClientAsync("village2");

        string? chineseDepartment = null;
        for (var read = 0; read < 2; read++)
        {
            var own = VillageInbox.Assignments(await shiqiao.GetStringAsync(Inbox));
            chineseDepartment = Assert.Single(own, a => a["id"]!.GetValue<Guid>() == id)["departmentName"]!.GetValue<string>();
            Assert.DoesNotContain(VillageInbox.Assignments(await bailin.GetStringAsync(Inbox)), a => a["id"]!.GetValue<Guid>() == id);
        }

        Assert.True(cache.TryGet(VillageScenario.ShiqiaoVillage, out _), "石桥村's second read was not a cache hit");
        Assert.True(cache.TryGet(VillageScenario.BailinVillage, out _), "柏林村's second read was not a cache hit");
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", chineseDepartment);

        var culture = await TestApp.HiddenFieldsAsync(shiqiao, "/", "form[action='/culture']");
        culture["culture"] = "en";
        await shiqiao.PostAsync("/culture", new FormUrlEncodedContent(culture));
        var english = Assert.Single(VillageInbox.Assignments(await shiqiao.GetStringAsync(Inbox)), a => a["id"]!.GetValue<Guid>() == id)["departmentName"]!.GetValue<string>();

        Assert.DoesNotMatch(@"\p{IsCJKUnifiedIdeographs}", english);
        Assert.NotEqual(chineseDepartment, english);
        Assert.True(cache.TryGet(VillageScenario.ShiqiaoVillage, out _), "the English read should come from the same cached inbox");
    }

    [Fact]
    public async Task DispatchEvictingAKeptInbox_IsRefilled_AndTheApiAnswersFromItWithoutARead_TheJsonOfARead()
    {
        var cache = app.Services.GetRequiredService<VillageInboxCache>();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!cache.IsLive && DateTime.UtcNow < deadline) await Task.Delay(50);
        Assert.True(cache.IsLive, "the inbox cache never became live, so this test would prove nothing");
        var scenario = new VillageScenario(app.Services);
        var shiqiao = await app.SignedInClientAsync("village");
        await shiqiao.GetStringAsync(Inbox);
        Assert.True(cache.TryGet(VillageScenario.ShiqiaoVillage, out _), "the first read kept nothing");

        var submission = await scenario.SubmitAsync("派发后补读再由接口命中", VillageScenario.ShiqiaoVillage);
        await scenario.DecideAsync(submission.Id, VillageScenario.Shiqiao, DecisionKind.Admit);
        var id = await scenario.WithAsync<AppDbContext, Guid>(db => db.Assignments
            .Where(a => a.SubmissionId == submission.Id && a.VillageCode == VillageScenario.ShiqiaoVillage).Select(a => a.Id).SingleAsync());
        Assert.True(await Eventually.TrueAsync(() => Task.FromResult(
            cache.TryGet(VillageScenario.ShiqiaoVillage, out var entry) && entry!.Bytes(Application.Villages.VillageInboxService.PageRendering) is { } page
                && Application.Villages.Caching.InboxSnapshot.ReadGroups(page).SelectMany(g => g.Assignments).Any(a => a.Id == id))),
            "the admission's eviction was not refilled with the new work");

        // Derived from the refilled snapshot (no read), in Chinese, then English; each the JSON a read of the work renders.
        var derived = 0L;
        using var meter = new System.Diagnostics.Metrics.MeterListener();
        meter.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == Application.Hosting.PlatformMetrics.Name && instrument.Name == "taskadmission.inbox_cache.derived") l.EnableMeasurementEvents(instrument);
        };
        meter.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref derived, value));
        meter.Start();
        var options = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        foreach (var english in new[] { false, true })
        {
            var before = Interlocked.Read(ref derived);
            using var request = new HttpRequestMessage(HttpMethod.Get, Inbox);
            request.Headers.AcceptLanguage.Add(new System.Net.Http.Headers.StringWithQualityHeaderValue(english ? "en" : "zh-CN"));
            using var response = await shiqiao.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(Interlocked.Read(ref derived) > before, $"{(english ? "en" : "zh")}: the answer was not derived from the kept entry");
            Assert.Contains(id.ToString(), body);
            // A read of the same work (in a transaction: past the cache), rendered as a miss renders it.
            var read = await scenario.WithAsync(async services =>
            {
                var db = services.GetRequiredService<AppDbContext>();
                await using var tx = await db.Database.BeginTransactionAsync();
                var groups = await services.GetRequiredService<Application.Villages.VillageInboxService>().OpenAsync(VillageScenario.Village(VillageScenario.ShiqiaoVillage));
                return System.Text.Encoding.UTF8.GetString(InboxJson.Write(VillageScenario.ShiqiaoVillage, groups, english, options));
            });
            Assert.Equal(read, body);
        }
    }
}
