using System.Text.Json;
using Microsoft.Playwright;
using TaskAdmission.Application.Seeding;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Testing;
using TaskAdmission.Testing.Villages;

namespace TaskAdmission.Benchmarks.Pages;

/// <summary>
/// <c>./build.sh bench village-bytes [tasks=5] [rounds=3] [url=http://host:port]</c>: bytes a village's phone downloads
/// (Chromium at 390×844, encoded bytes on the wire as the DevTools protocol counts them, headers included) for
/// (1) its first visit with an empty cache: the sign-in page, signing in and landing on 我的任务;
/// (2) the task list alone with an empty cache (already signed in: the cookie carried into a fresh browser context);
/// (3) a repeat visit to the task list (cache warm).
/// Without url= it starts the app (SQLite, demo users) with <c>tasks</c> admitted tasks for 石桥村; with url= it
/// measures a running app (e.g. an older build, for a before/after) signed in as the demo user "village".
/// </summary>
public static class VillageBytesHarness
{
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    public static async Task<int> RunAsync(string[] args)
    {
        var options = new Villages.HarnessArgs(args);
        var url = args.FirstOrDefault(a => a.StartsWith("url=", StringComparison.Ordinal))?[4..];
        var rounds = options.Int("rounds", 3);
        var app = url is null ? new SqliteTestApp() : null;
        try
        {
            return await MeasureAllAsync(app, url, options.Int("tasks", 5), rounds);
        }
        finally
        {
            if (app is not null)
            {
                await app.DisposeAsync();
            }
        }
    }

    private static async Task<int> MeasureAllAsync(SqliteTestApp? app, string? url, int tasks, int rounds)
    {
        Uri baseUrl;
        if (app is not null)
        {
            await app.InitializeAsync();
            var scenario = new VillageScenario(app.Services);
            for (var i = 1; i <= tasks; i++)
            {
                var submission = await scenario.SubmitAsync($"村级工作 {i}", VillageScenario.ShiqiaoVillage);
                await scenario.DecideAsync(submission.Id, VillageScenario.Shiqiao, DecisionKind.Admit);
            }
            baseUrl = app.BaseAddress;
        }
        else
        {
            baseUrl = new Uri(url!);
        }

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("TA_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
        Console.WriteLine($"village-bytes: {baseUrl}, Chromium {browser.Version}, 390×844, {rounds} rounds (figures are the same each round unless noted)");
        for (var round = 1; round <= rounds; round++)
        {
            // (1) Cold: a fresh context has an empty cache and no cookie.
            await using var cold = await browser.NewContextAsync(new() { BaseURL = baseUrl.ToString(), ViewportSize = Phone, Locale = "zh-CN" });
            var page = await cold.NewPageAsync();
            var journey = await MeasureAsync(page, async () =>
            {
                await page.GotoAsync("/village");
                await page.GetByLabel("用户名").FillAsync("village");
                await page.GetByLabel("密码", new() { Exact = true }).FillAsync(DemoUsers.Password);
                await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
                await page.WaitForURLAsync(u => u.EndsWith("/village", StringComparison.Ordinal));
            });

            // (2) The task list alone, cold: the sign-in cookie in a new context, whose cache is empty.
            await using var signedIn = await browser.NewContextAsync(new() { BaseURL = baseUrl.ToString(), ViewportSize = Phone, Locale = "zh-CN", StorageState = await cold.StorageStateAsync() });
            var listPage = await signedIn.NewPageAsync();
            var listCold = await MeasureAsync(listPage, () => listPage.GotoAsync("/village"));

            // (3) Repeat: the same context comes back to its task list (a new navigation, as from a bookmark).
            var repeat = await MeasureAsync(listPage, () => listPage.GotoAsync("/village"));

            Print(round, "first visit, cold (sign-in page, sign in, task list)", journey);
            Print(round, "task list alone, cold cache, signed in", listCold);
            Print(round, "repeat visit to the task list (warm cache)", repeat);
        }
        return 0;
    }

    private static void Print(int round, string what, IReadOnlyList<(string Url, long Bytes)> loads)
    {
        Console.WriteLine($"round {round}: {what}: {loads.Sum(l => l.Bytes) / 1024.0:F1} KiB in {loads.Count(l => l.Bytes > 0)} downloads");
        if (round == 1)
        {
            foreach (var (url, bytes) in loads.Where(l => l.Bytes > 0))
            {
                Console.WriteLine($"    {bytes / 1024.0,7:F1} KiB  {new Uri(url).PathAndQuery}");
            }
        }
    }

    /// <summary>Encoded bytes received per request (body as sent, plus headers) while <paramref name="action"/> runs; 0 for a cache hit.</summary>
    private static async Task<IReadOnlyList<(string Url, long Bytes)>> MeasureAsync(IPage page, Func<Task> action)
    {
        var session = await page.Context.NewCDPSessionAsync(page);
        var urls = new Dictionary<string, string>();
        var loads = new List<(string Url, long Bytes)>();
        var gate = new object();
        session.Event("Network.requestWillBeSent").OnEvent += (_, e) =>
        {
            lock (gate) { urls[e!.Value.GetProperty("requestId").GetString()!] = e.Value.GetProperty("request").GetProperty("url").GetString()!; }
        };
        session.Event("Network.loadingFinished").OnEvent += (_, e) =>
        {
            lock (gate)
            {
                var id = e!.Value.GetProperty("requestId").GetString()!;
                loads.Add((urls.GetValueOrDefault(id, id), (long)e.Value.GetProperty("encodedDataLength").GetDouble()));
            }
        };
        await session.SendAsync("Network.enable");
        await action();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await session.SendAsync("Network.disable");
        await session.DetachAsync();
        lock (gate)
        {
            return [.. loads];
        }
    }
}
