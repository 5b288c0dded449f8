using System.Diagnostics;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Common;
using TaskAdmission.Testing;

namespace TaskAdmission.Benchmarks;

/// <summary>
/// `precheck-live [calls=400] [concurrency=8]`: the submission form's live pre-check panel as a browser asks for it —
/// the real app on 127.0.0.1 (SQLite, demo data), the demo submitter signed in through the login form, the form's
/// antiforgery token, and `POST /admission/fragments/precheck` with the form's fields, answered with the rendered panel.
/// One typist (calls one after another, alternating an admissible and a prohibited description, as typing changes the
/// text) and then N typists at once. Prints p50/p99/max of the whole round trip (server work, rendering, loopback).
/// </summary>
public sealed class LivePrecheckHarness : IHarness
{
    public string Name => "precheck-live";

    public string Description => "live pre-check panel (POST /admission/fragments/precheck) p50/p99 for one typist and for N";

    public async Task<int> RunAsync(string[] args)
    {
        var calls = HarnessArgs(args, "calls", 400);
        var concurrency = HarnessArgs(args, "concurrency", 8);
        var app = new LiveApp();
        await app.InitializeAsync();
        try
        {
            var start = ChinaClock.System.Today.AddDays(80);
            List<KeyValuePair<string, string>> Fields(bool prohibited) =>
            [
                new("Title", prohibited ? "经济发展任务分解" : "农村留守老人关爱走访"),
                new("Description", prohibited ? "请各村今年引进项目不少于两个,完成招商引资任务并按月报送进度。" : "请各村每季度入户走访独居和留守老人,填写关爱服务记录。"),
                new("ClaimedCodes", prohibited ? "" : "XZ-04"),
                new("StartDate", start.ToString("yyyy-MM-dd")), new("EndDate", start.AddDays(300).ToString("yyyy-MM-dd")),
                new("Frequency", "每季度一次"), new("Demands[0].Kind", "FieldWork"), new("Demands[0].Count", "1"), new("Demands[0].Period", "Quarter"),
                new("Funding", "2000"), new("Staff", "true"), new("ContactName", "王芳"), new("ContactPhone", "023-12345678"), new("Targets", "990100100000"),
            ];

            async Task<List<double>> TypistAsync(int count)
            {
                var client = await app.SignedInClientAsync("submitter");
                var hidden = await TestApp.FormFieldsAsync(client, "/admission/new", "submission");
                var latencies = new List<double>(count);
                for (var i = -20; i < count; i++)
                {
                    var started = Stopwatch.GetTimestamp();
                    using var response = await client.PostAsync("/admission/fragments/precheck", new FormUrlEncodedContent([.. hidden, .. Fields(i % 2 == 1)]));
                    var html = await response.Content.ReadAsStringAsync();
                    if (!response.IsSuccessStatusCode || !html.Contains("ta-precheck", StringComparison.Ordinal))
                    {
                        throw new InvalidOperationException($"the panel was not rendered: {(int)response.StatusCode}");
                    }
                    if (i >= 0) latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
                return latencies;
            }

            Print("one typist", [.. (await TypistAsync(calls)).Order()]);
            var together = await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => TypistAsync(calls / concurrency)));
            Print($"{concurrency} typists at once", [.. together.SelectMany(l => l).Order()]);
            return 0;
        }
        finally
        {
            await app.DisposeAsync();
        }
    }

    private static void Print(string label, List<double> sorted) =>
        Console.WriteLine($"precheck-live | {label,-18} | {sorted.Count} calls | p50 {Percentiles.At(sorted, 0.5):0.0} ms | p99 {Percentiles.At(sorted, 0.99):0.0} ms | max {sorted[^1]:0.0} ms");

    private static int HarnessArgs(string[] args, string name, int fallback) =>
        args.Select(a => a.Split('=', 2)).Where(p => p.Length == 2 && p[0] == name).Select(p => int.Parse(p[1])).DefaultIfEmpty(fallback).First();

    private sealed class LiveApp() : TestApp(DatabaseProvider.Sqlite)
    {
        protected override IEnumerable<string> ExtraArgs => ["--RateLimiting:PermitsPerMinute=1000000"];
    }
}
