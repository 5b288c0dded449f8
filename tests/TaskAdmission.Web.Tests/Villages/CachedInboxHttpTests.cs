using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TaskAdmission.Application;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Villages.Caching;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Testing;
using TaskAdmission.Testing.Villages;

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
}
