using System.Collections.Concurrent;
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
/// <param name="villageCookies">
/// Each village's session cookie, replaced when an answer renews it. Concurrent: many requests in flight renew cookies at
/// once, and the map is shared by the runs that follow one another (a renewed cookie carries over). Its lock-free read
/// costs a request no more than a plain dictionary's; a renewal (a write) is rare.
/// </param>
public sealed class MondayTraffic(Uri baseAddress, MondayCity city, ConcurrentDictionary<string, string> villageCookies, MondayBodies bodies, MondayOptions options)
{
    public const string InboxPath = "/api/v1/villages/me/assignments";

    public AdmissionTracker Tracker { get; } = new();
    public LatencyRecorder Decisions { get; } = new();

    public async Task<MondayFigures> RunAsync(CancellationToken ct = default)
    {
        using var http = LoopbackHttp.Create(baseAddress);
        var zipf = new ZipfSampler<string>(city.Villages, options.ZipfExponent, options.Seed);
        var started = Stopwatch.GetTimestamp();
        var writes = await StartWritesAsync(http, options.Length, ct);
        var inbox = await OpenLoopRunner.RunAsync($"GET {InboxPath}", ArrivalSchedule.Fixed(options.InboxPerSecond, options.Length), r => InboxReadAsync(http, zipf, r), drain: options.DrainTime);
        var (submit, precheck) = await writes.StopAsync(ct);
        return new MondayFigures(submit, precheck, inbox, Tracker, Decisions, Stopwatch.GetElapsedTime(started));
    }

    /// <summary>
    /// Starts the write stream: approvers at work, submissions and pre-checks open-loop at the options' rates for
    /// <paramref name="length"/> or until <see cref="WriteStream.StopAsync"/>, whichever comes first.
    /// </summary>
    public async Task<WriteStream> StartWritesAsync(HttpClient http, TimeSpan length, CancellationToken ct = default)
    {
        var approvers = await SignInAsync();
        var work = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var issuing = CancellationTokenSource.CreateLinkedTokenSource(ct);
        // Approver i first looks at i/n of the interval: looks spread evenly, as people's are.
        var working = approvers.Select((a, i) => Task.Run(() => a.WorkAsync(options.Poll, work.Token, options.Poll * i / approvers.Count), CancellationToken.None)).ToList();
        var submit = options.SubmitPerSecond > 0
            ? OpenLoopRunner.RunAsync("POST /api/v1/submissions", ArrivalSchedule.Fixed(options.SubmitPerSecond, length), r => SubmitAsync(http, r), drain: options.DrainTime, stop: issuing.Token)
            : null;
        var precheck = options.PrecheckPerSecond > 0
            ? OpenLoopRunner.RunAsync("POST /api/v1/precheck", ArrivalSchedule.Fixed(options.PrecheckPerSecond, length), r => PrecheckAsync(http, r), drain: options.DrainTime, stop: issuing.Token)
            : null;
        return new WriteStream(this, work, issuing, working, submit, precheck);
    }

    private List<Approver>? signedIn;

    /// <summary>
    /// Signs the township approvers in through the login form (once per traffic). Call it before a CPU window opens when
    /// the window is to measure the write stream: each sign-in hashes the password (PBKDF2, tens of milliseconds of CPU
    /// each), which a person pays once a morning, not once per admission.
    /// </summary>
    public async Task<List<Approver>> SignInAsync()
    {
        if (signedIn is not null) return signedIn;
        var approvers = new List<Approver>();
        foreach (var township in city.Townships)
        {
            var villages = city.Villages.Where(v => city.TownshipOf(v) == township).ToList();
            approvers.Add(await Approver.SignInAsync(baseAddress, city.ApproverOfTownship[township], MondayCity.Password, township, villages, Tracker, Decisions));
        }
        return signedIn = approvers;
    }

    /// <summary>Submissions and pre-checks open-loop beside the approvers who decide them; see <see cref="StartWritesAsync"/>.</summary>
    public sealed class WriteStream(MondayTraffic traffic, CancellationTokenSource work, CancellationTokenSource issuing, List<Task> working,
        Task<OpenLoopResult>? submit, Task<OpenLoopResult>? precheck)
    {
        /// <summary>
        /// Stops issuing (if the schedule has not ended), waits for the answers, lets the approvers decide what was
        /// submitted in time (up to the drain time), then sends them home.
        /// </summary>
        public async Task<(OpenLoopResult Submit, OpenLoopResult Precheck)> StopAsync(CancellationToken ct = default, bool stopIssuing = false, bool awaitDecisions = true)
        {
            if (stopIssuing)
            {
                await issuing.CancelAsync();
            }
            var empty = new OpenLoopResult("(none)", 0, 0, 0, TimeSpan.FromTicks(1), TimeSpan.Zero, new LatencyRecorder(), []);
            var s = submit is null ? empty with { Name = "POST /api/v1/submissions (off)" } : await submit;
            var p = precheck is null ? empty with { Name = "POST /api/v1/precheck (off)" } : await precheck;
            // Let approvers finish what was submitted in time, so end-to-end covers the whole schedule.
            var grace = Stopwatch.StartNew();
            while (awaitDecisions && traffic.Tracker.StillOpen > 0 && grace.Elapsed < traffic.Options.DrainTime && !ct.IsCancellationRequested)
            {
                await Task.Delay(200, CancellationToken.None);
            }
            await work.CancelAsync();
            await Task.WhenAll(working.Select(w => w.ContinueWith(_ => { }, TaskScheduler.Default)));
            work.Dispose();
            issuing.Dispose();
            return (s, p);
        }
    }

    public MondayOptions Options => options;

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

    /// <summary>One village's inbox read: Zipf over all villages, or (the options' share) a village a decision changed a moment ago.</summary>
    public async Task<int> InboxReadAsync(HttpClient http, ZipfSampler<string> zipf, OpenLoopRequest r)
    {
        var random = new Random(options.Seed * 31 + (int)r.Index);
        var village = random.NextDouble() < options.ChangedShare ? Tracker.RecentlyChanged(random) ?? zipf.Next(random) : zipf.Next(random);
        return await CookieGetAsync(http, InboxPath, village, r.Token, SlowReads, r.DueTimestamp);
    }

    /// <summary>When set, every cookie GET's latency and Server-Timing header are recorded here (the ramp's slow-read breakdown).</summary>
    public SlowReads? SlowReads { get; set; }

    /// <summary>
    /// Each village's <c>Cookie</c> header as sent ("ta.auth=…", ≈ 1.2 kB), made once per cookie and replaced when the app
    /// renews it: building it per request was half of what the generator allocated per bare request (`bench generator-cost`).
    /// </summary>
    private readonly ConcurrentDictionary<string, (string Cookie, string Header)> cookieHeaders = new(StringComparer.Ordinal);

    /// <summary>A village's GET with its session cookie; a renewed cookie (sliding expiry) replaces the old one, as a browser would.</summary>
    /// <remarks>
    /// The same request and the same reading of the answer as before, at less cost to the generator, which shares the
    /// machine with the server it measures: the cookie header is added as the string it is (no header validation: the
    /// harness made it) and the answer's Set-Cookie and Server-Timing are read as sent (<c>NonValidated</c>: no parse
    /// into header objects).
    /// </remarks>
    public async Task<int> CookieGetAsync(HttpClient http, string path, string village, CancellationToken ct, SlowReads? slow = null, long due = 0)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        var cookie = villageCookies[village];
        if (!cookieHeaders.TryGetValue(village, out var made) || !ReferenceEquals(made.Cookie, cookie))
        {
            cookieHeaders[village] = made = (cookie, $"{VillageSessions.CookieName}={cookie}");
        }
        var header = made.Header;
        request.Headers.TryAddWithoutValidation("Cookie", header);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
        // The whole body is read, as before, and dropped (the copy borrows a pooled buffer) instead of buffered per request.
        await using (var body = await response.Content.ReadAsStreamAsync(ct))
        {
            await body.CopyToAsync(Stream.Null, ct);
        }
        var wasRenewed = false;
        if (response.Headers.NonValidated.TryGetValues("Set-Cookie", out var set))
        {
            foreach (var c in set)
            {
                if (c.StartsWith(VillageSessions.CookieName + "=", StringComparison.Ordinal))
                {
                    villageCookies[village] = c[(VillageSessions.CookieName.Length + 1)..c.IndexOf(';')];
                    wasRenewed = true;
                    break;
                }
            }
        }
        slow?.Record(due, response.Headers.NonValidated.TryGetValues("Server-Timing", out var timing) ? timing : null, wasRenewed);
        return (int)response.StatusCode;
    }
}
