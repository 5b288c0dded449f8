using System.Diagnostics;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using TaskAdmission.Application.Identity;
using TaskAdmission.Application.Lists;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Security;
using TaskAdmission.Web;
using TaskAdmission.Web.Hosting;

namespace TaskAdmission.Benchmarks;

/// <summary>
/// `precheck-http [seconds] [concurrency]`: the real app on 127.0.0.1 (SQLite, demo data), one department API key,
/// POST /api/v1/precheck from N concurrent clients for a bounded time; requests/s and latency percentiles, and the same
/// against GET /health/live (a bare endpoint of the same app) for the ratio.
/// </summary>
public sealed class PrecheckHttpHarness : IHarness
{
    public string Name => "precheck-http";

    public string Description => "POST /api/v1/precheck requests/s and p99 under load on 127.0.0.1";

    public async Task<int> RunAsync(string[] args)
    {
        var seconds = args.Length > 0 ? int.Parse(args[0]) : 15;
        var concurrency = args.Length > 1 ? int.Parse(args[1]) : 8;
        var folder = Directory.CreateTempSubdirectory("ta-bench-").FullName;
        var app = TaskAdmissionApp.Build(
        [
            "--urls=http://127.0.0.1:0", "--environment=Development", "--Demo:Enabled=true",
            $"--ConnectionStrings:Default=Data Source={Path.Combine(folder, "bench.db")}",
            "--RateLimiting:PermitsPerMinute=100000000", "--Logging:LogLevel:Default=Warning",
        ]);
        await app.InitializeDatabaseAsync();
        await app.StartAsync();
        try
        {
            var baseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            string key;
            await using (var scope = app.Services.CreateAsyncScope())
            {
                key = (await scope.ServiceProvider.GetRequiredService<ApiKeyService>().IssueAsync("CITY-MZ", "bench", 1, Actor.SystemAdministrator("bench"))).PlainKey;
            }
            var start = ChinaClock.System.Today.AddDays(80);
            var body = $$$"""
                {"departmentCode":"CITY-MZ","title":"农村留守老人关爱走访","description":"请各村每季度入户走访独居和留守老人,填写关爱服务记录。",
                 "claimedItemCodes":["XZ-04"],"targetOrgUnitCodes":["990100000000"],"startDate":"{{{start:yyyy-MM-dd}}}","endDate":"{{{start.AddDays(300):yyyy-MM-dd}}}",
                 "demands":[{"kind":"FieldWork","count":1,"period":"Quarter"}],"support":{"fundingYuanPerVillage":2000}}
                """;
            var bare = await LoadAsync(baseUrl, key, seconds, concurrency, () => new HttpRequestMessage(HttpMethod.Get, "/health/live"));
            var precheck = await LoadAsync(baseUrl, key, seconds, concurrency, () =>
                new HttpRequestMessage(HttpMethod.Post, "/api/v1/precheck") { Content = new StringContent(body, Encoding.UTF8, "application/json") });
            Print("GET /health/live (bare)", bare);
            Print("POST /api/v1/precheck", precheck);
            Console.WriteLine($"precheck-http | ratio precheck/bare = {precheck.Rps / bare.Rps:P0} | {concurrency} clients, {seconds} s each, 127.0.0.1, SQLite demo (47 villages of 青山区)");
            return precheck.Errors == 0 ? 0 : 1;
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void Print(string label, LoadResult r) =>
        Console.WriteLine($"precheck-http | {label,-26} | {r.Rps,8:0} req/s | p50 {r.P50:0.00} ms | p99 {r.P99:0.00} ms | {r.Count} requests, {r.Errors} errors");

    private sealed record LoadResult(double Rps, double P50, double P99, int Count, int Errors);

    /// <summary>Bounded in time and to loopback; each worker keeps one request in flight.</summary>
    private static async Task<LoadResult> LoadAsync(string baseUrl, string key, int seconds, int concurrency, Func<HttpRequestMessage> make)
    {
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency }) { BaseAddress = new Uri(baseUrl) };
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        for (var i = 0; i < 200; i++)
        {
            (await client.SendAsync(make())).Dispose();
        }
        var stop = Stopwatch.StartNew();
        var latencies = new List<double>[concurrency];
        var errors = 0;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async w =>
        {
            latencies[w] = [];
            while (stop.Elapsed.TotalSeconds < seconds)
            {
                var t = Stopwatch.GetTimestamp();
                using var response = await client.SendAsync(make());
                latencies[w].Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        }));
        var all = latencies.SelectMany(l => l).Order().ToList();
        return new LoadResult(all.Count / stop.Elapsed.TotalSeconds, Percentiles.At(all, 0.5), Percentiles.At(all, 0.99), all.Count, errors);
    }
}
