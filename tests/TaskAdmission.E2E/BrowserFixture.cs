using Microsoft.Playwright;

namespace TaskAdmission.E2E;

/// <summary>
/// One Chromium per browser-test class (Debian's /usr/bin/chromium: Playwright's own browser download cannot work
/// here). Tracing is on, and a failing test's trace lands in TestResults/ for playwright show-trace.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        var executable = Environment.GetEnvironmentVariable("TA_CHROMIUM") ?? "/usr/bin/chromium";
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"Chromium not found at {executable}: run ./build.sh test (it installs it) or apt-get install -y chromium.");
        }
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    public async Task DisposeAsync()
    {
        await Browser.CloseAsync();
        playwright?.Dispose();
    }

    /// <summary>A fresh context (own cookies) with tracing; call <see cref="StopTracingAsync"/> at the end of a test.</summary>
    public async Task<IBrowserContext> NewContextAsync(Uri baseUrl, ViewportSize? viewport = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUrl.ToString(), ViewportSize = viewport, Locale = "zh-CN" });
        // A bound on a step that will come, not a timing goal: on a 2-core machine that is also building or running other
        // test assemblies, a page's first render took longer than 15 s (a CI run, 2026-12-06: navigation to /admission/reviews).
        context.SetDefaultTimeout(30_000);
        await context.Tracing.StartAsync(new TracingStartOptions { Screenshots = true, Snapshots = true });
        return context;
    }

    public static async Task StopTracingAsync(IBrowserContext context, string testName, bool keep)
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "TestResults");
        Directory.CreateDirectory(dir);
        await context.Tracing.StopAsync(new TracingStopOptions { Path = keep ? Path.Combine(dir, $"{testName}.trace.zip") : null });
    }
}
