using System.Text.Json.Nodes;
using TaskAdmission.Application.Admission;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Benchmarks.Monday;
using TaskAdmission.Benchmarks.OpenLoop;
using TaskAdmission.Evaluation;
using TaskAdmission.Testing;

namespace TaskAdmission.Web.Tests.LoadGeneration;

/// <summary>
/// A few seconds of the Monday scenario (benchmark `monday`) on a small city, so the scenario keeps working against
/// the current API and pages: submissions with department keys, decisions through the review page's form, dispatch,
/// and villages reading their inbox with their session cookies.
/// </summary>
public sealed class MondaySmokeTests(MondaySmokeTests.App app) : IClassFixture<MondaySmokeTests.App>
{
    public sealed class App() : TestApp(DatabaseProvider.Postgres)
    {
        protected override IEnumerable<string> ExtraArgs => ["--RateLimiting:PermitsPerMinute=1000000"];
    }

    [Fact]
    public async Task Monday_AdmitsAndDispatchesWhatDepartmentsSubmit_AndVillagesReadIt()
    {
        var city = await MondayCity.CreateAsync(app.Services, townships: 2, villagesPerTownship: 5, departments: 2);
        var cookies = await VillageSessions.MintSharedAsync(app.Services, city.Villages);
        var corpus = NoticeCorpus.Load().Where(n => n.Set == NoticeCorpus.Dev).ToList();
        var notices = corpus.Where(n => n.IsClean).Take(2).Append(corpus.First(n => !n.IsClean)).ToList();
        var today = await app.WithScopeAsync<AdmissionService, DateOnly>(s => Task.FromResult(s.Today));
        var traffic = new MondayTraffic(app.BaseAddress, city, cookies, new MondayBodies(notices, city, today, 2),
            new MondayOptions(TimeSpan.FromSeconds(3), SubmitPerSecond: 1, PrecheckPerSecond: 1, InboxPerSecond: 5, ApproverPoll: TimeSpan.FromMilliseconds(200),
                Drain: TimeSpan.FromMinutes(3)));

        var figures = await traffic.RunAsync();

        Assert.Equal(new Dictionary<int, long> { [200] = 3 }, figures.Precheck.Latency.Statuses);
        Assert.Equal(new Dictionary<int, long> { [200] = 15 }, figures.Inbox.Latency.Statuses);
        Assert.Equal(new Dictionary<int, long> { [201] = 3 }, figures.Submit.Latency.Statuses);
        Assert.Equal(1, figures.Tracker.Outcomes.GetValueOrDefault("Rejected"));
        Assert.Equal(2, figures.Tracker.Outcomes.GetValueOrDefault("TownshipReview"));
        Assert.Equal(2, figures.Admissions);
        // Every decision is the redirect of a success, or the page saying another township's decision got in first.
        Assert.All(figures.Decisions.Statuses.Keys, status => Assert.Contains(status, new[] { 302, 200 }));
        Assert.Equal(figures.Tracker.Conflicts, figures.Decisions.Statuses.GetValueOrDefault(200));

        // Every village is in at least one of the admitted submissions' townships: its inbox lists admitted work.
        using var http = LoopbackHttp.Create(app.BaseAddress);
        using var request = new HttpRequestMessage(HttpMethod.Get, MondayTraffic.InboxPath);
        request.Headers.Add("Cookie", $"{VillageSessions.CookieName}={cookies[city.Villages[0]]}");
        var inbox = JsonNode.Parse(await (await http.SendAsync(request)).Content.ReadAsStringAsync())!;
        var titles = inbox["groups"]!.AsArray().SelectMany(g => g!["assignments"]!.AsArray()).Select(a => a!["title"]!.GetValue<string>()).ToList();
        Assert.Contains(titles, t => notices.Any(n => n.Title == t));
    }
}
