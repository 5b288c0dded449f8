using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using TaskAdmission.Benchmarks.OpenLoop;

namespace TaskAdmission.Benchmarks.Monday;

/// <summary>
/// One Monday morning against a running app: department systems submit and pre-check, township approvers decide
/// through the pages, villages read their inbox (Zipf over all villages, a share right after a change). Submissions,
/// pre-checks and inbox reads are open-loop; approvers are people and work in their own rhythm.
/// </summary>
public sealed class MondayTraffic(Uri baseAddress, MondayCity city, IDictionary<string, string> villageCookies, MondayBodies bodies, MondayOptions options)
{
    public const string InboxPath = "/api/v1/villages/me/assignments";

    public AdmissionTracker Tracker { get; } = new();
    public LatencyRecorder Decisions { get; } = new();

    public async Task<MondayFigures> RunAsync(CancellationToken ct = default)
    {
        using var http = LoopbackHttp.Create(baseAddress);
        var approvers = new List<Approver>();
        foreach (var township in city.Townships)
        {
            var villages = city.Villages.Where(v => city.TownshipOf(v) == township).ToList();
            approvers.Add(await Approver.SignInAsync(baseAddress, city.ApproverOfTownship[township], MondayCity.Password, township, villages, Tracker, Decisions));
        }
        var zipf = new ZipfSampler<string>(city.Villages, options.ZipfExponent, options.Seed);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var started = Stopwatch.GetTimestamp();
        var work = approvers.Select(a => Task.Run(() => a.WorkAsync(options.Poll, stop.Token), CancellationToken.None)).ToList();
        var submit = OpenLoopRunner.RunAsync("POST /api/v1/submissions", ArrivalSchedule.Fixed(options.SubmitPerSecond, options.Length), r => SubmitAsync(http, r), drain: options.DrainTime);
        var precheck = OpenLoopRunner.RunAsync("POST /api/v1/precheck", ArrivalSchedule.Fixed(options.PrecheckPerSecond, options.Length), r => PrecheckAsync(http, r), drain: options.DrainTime);
        var inbox = OpenLoopRunner.RunAsync($"GET {InboxPath}", ArrivalSchedule.Fixed(options.InboxPerSecond, options.Length), r => InboxAsync(http, zipf, r), drain: options.DrainTime);
        var results = await Task.WhenAll(submit, precheck, inbox);
        // Let approvers finish what was submitted in time, so end-to-end covers the whole schedule.
        var grace = Stopwatch.StartNew();
        while (Tracker.StillOpen > 0 && grace.Elapsed < options.DrainTime && !ct.IsCancellationRequested)
        {
            await Task.Delay(200, CancellationToken.None);
        }
        var elapsed = Stopwatch.GetElapsedTime(started);
        await stop.CancelAsync();
        await Task.WhenAll(work.Select(w => w.ContinueWith(_ => { }, TaskScheduler.Default)));
        return new MondayFigures(results[0], results[1], results[2], Tracker, Decisions, elapsed);
    }

    private async Task<int> SubmitAsync(HttpClient http, OpenLoopRequest r)
    {
        var random = new Random(options.Seed * 7919 + (int)r.Index);
        var (json, _, key, townships) = bodies.Build(r.Index, random);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/submissions") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Api-Key", key);
        using var response = await http.SendAsync(request, r.Token);
        if (response.StatusCode == HttpStatusCode.Created)
        {
            using var doc = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(r.Token), cancellationToken: r.Token);
            var outcome = doc.RootElement.TryGetProperty("precheckOutcome", out var o) ? o.GetString() ?? "" : "";
            Tracker.Submitted(doc.RootElement.GetProperty("number").GetString()!, outcome, townships.Count, r.DueTimestamp);
        }
        return (int)response.StatusCode;
    }

    private async Task<int> PrecheckAsync(HttpClient http, OpenLoopRequest r)
    {
        var (json, _, key, _) = bodies.Build(r.Index + 1, new Random(options.Seed * 104729 + (int)r.Index));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/precheck") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Api-Key", key);
        using var response = await http.SendAsync(request, r.Token);
        return (int)response.StatusCode;
    }

    private async Task<int> InboxAsync(HttpClient http, ZipfSampler<string> zipf, OpenLoopRequest r)
    {
        var random = new Random(options.Seed * 31 + (int)r.Index);
        var village = random.NextDouble() < options.ChangedShare ? Tracker.RecentlyChanged(random) ?? zipf.Next(random) : zipf.Next(random);
        return await CookieGetAsync(http, InboxPath, village, r.Token);
    }

    /// <summary>A village's GET with its session cookie; a renewed cookie (sliding expiry) replaces the old one, as a browser would.</summary>
    public async Task<int> CookieGetAsync(HttpClient http, string path, string village, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", $"{VillageSessions.CookieName}={villageCookies[village]}");
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
        if (response.Headers.TryGetValues("Set-Cookie", out var set)
            && set.FirstOrDefault(c => c.StartsWith(VillageSessions.CookieName + "=", StringComparison.Ordinal)) is { } renewed)
        {
            villageCookies[village] = renewed[(VillageSessions.CookieName.Length + 1)..renewed.IndexOf(';')];
        }
        return (int)response.StatusCode;
    }
}
