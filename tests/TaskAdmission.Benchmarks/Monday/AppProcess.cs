using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;

namespace TaskAdmission.Benchmarks.Monday;

/// <summary>
/// The real app as its own process: the Release TaskAdmission.Web.dll that the benchmark build carries, on Kestrel at
/// 127.0.0.1, so the load generator never shares its CPU accounting or thread pool. Its output is drained and dropped.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process process;

    private AppProcess(Process process, Uri baseAddress)
    {
        this.process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public int Id => process.Id;

    public static async Task<AppProcess> StartAsync(IEnumerable<string> appArgs, IReadOnlyDictionary<string, string>? environment = null)
    {
        var port = FreePort();
        var dll = Path.Combine(AppContext.BaseDirectory, "TaskAdmission.Web.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(dll);
        info.ArgumentList.Add($"--urls=http://127.0.0.1:{port}");
        foreach (var arg in appArgs)
        {
            info.ArgumentList.Add(arg);
        }
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }
        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start the app");
        var errors = new List<string>();
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { } line) lock (errors) errors.Add(line); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var app = new AppProcess(process, new Uri($"http://127.0.0.1:{port}"));
        using var http = new HttpClient { BaseAddress = app.BaseAddress };
        for (var clock = Stopwatch.StartNew(); clock.Elapsed < TimeSpan.FromMinutes(3); await Task.Delay(250))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"the app exited ({process.ExitCode}): {string.Join('\n', errors.TakeLast(20))}");
            }
            try
            {
                if ((await http.GetAsync("/health/live")).IsSuccessStatusCode) return app;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
        }
        await app.DisposeAsync();
        throw new TimeoutException("the app did not answer /health/live within 3 minutes");
    }

    /// <summary>User + system CPU time of the app process so far (from /proc, Linux).</summary>
    public TimeSpan Cpu() => ProcCpu(process.Id);

    /// <summary>
    /// CPU time so far of each of the app's runtime threads that compile code in the background (".NET Tiered Com":
    /// tier-1 re-compilation of methods called 30 times), by thread id. A method run once per admission reaches that
    /// count only after 30 admissions, so in a run of a few dozen admissions this thread took about half of the app's CPU
    /// (perf, 2026-12-03): a cost of a young process, not of an admission. Compare two snapshots with
    /// <see cref="JitCpuBetween"/>.
    /// </summary>
    public IReadOnlyDictionary<string, long> BackgroundJitTicks()
    {
        var ticks = new Dictionary<string, long>(StringComparer.Ordinal);
        try
        {
            foreach (var task in Directory.EnumerateDirectories($"/proc/{process.Id}/task"))
            {
                try
                {
                    if (File.ReadAllText(Path.Combine(task, "comm")).StartsWith(".NET Tiered Com", StringComparison.Ordinal))
                    {
                        var stat = File.ReadAllText(Path.Combine(task, "stat"));
                        var f = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                        ticks[Path.GetFileName(task)] = long.Parse(f[11], CultureInfo.InvariantCulture) + long.Parse(f[12], CultureInfo.InvariantCulture);
                    }
                }
                catch (IOException)
                {
                    // The thread ended meanwhile.
                }
            }
        }
        catch (IOException)
        {
            // The process ended.
        }
        return ticks;
    }

    /// <summary>
    /// The background JIT's CPU between two snapshots: each thread's growth, a thread started meanwhile in full. The
    /// runtime ends this thread when it has nothing to compile and starts another later, and an ended thread's time is
    /// gone from /proc: summing the living threads made session 13's figure negative (−20.1 s). A thread that ended
    /// within the window is missing from the result, so it is a lower bound.
    /// </summary>
    public static TimeSpan JitCpuBetween(IReadOnlyDictionary<string, long> before, IReadOnlyDictionary<string, long> after) =>
        TimeSpan.FromSeconds(after.Sum(t => t.Value - Math.Min(t.Value, before.GetValueOrDefault(t.Key))) / 100.0);

    /// <summary>
    /// User + system CPU time of one process and, with <paramref name="children"/>, of its children: the living ones
    /// (direct children in /proc) and those that ended and were reaped (the parent's cutime and cstime). Without the
    /// ended ones the PostgreSQL figure of a step went negative when backends ended inside it (session 8's quiet run):
    /// a backend that ends moves its time from the living sum to the parent's cutime, so the total only grows.
    /// </summary>
    public static TimeSpan ProcCpu(int pid, bool children = false)
    {
        long ticks = Ticks(pid);
        if (children)
        {
            // Reaped children first, then the living: a child reaped between the two reads is counted twice (a few ticks
            // too many, once) rather than not at all (which could make a difference of two readings negative).
            ticks += ChildTicks(pid);
            foreach (var dir in Directory.EnumerateDirectories("/proc"))
            {
                if (int.TryParse(Path.GetFileName(dir), out var child) && Parent(child) == pid)
                {
                    ticks += Ticks(child);
                }
            }
        }
        return TimeSpan.FromSeconds(ticks / 100.0); // USER_HZ is 100 on Linux
    }

    /// <summary>The parent of a process (field 4 of /proc/pid/stat), or -1 when it is gone.</summary>
    public static int Parent(int pid) => Fields(pid) is { } f ? int.Parse(f[1], CultureInfo.InvariantCulture) : -1;

    /// <summary>cutime + cstime (fields 16 and 17 of /proc/pid/stat): the CPU time of the process's ended, reaped children.</summary>
    private static long ChildTicks(int pid) => Fields(pid) is { } f ? long.Parse(f[13], CultureInfo.InvariantCulture) + long.Parse(f[14], CultureInfo.InvariantCulture) : 0;

    private static long Ticks(int pid) => Fields(pid) is { } f ? long.Parse(f[11], CultureInfo.InvariantCulture) + long.Parse(f[12], CultureInfo.InvariantCulture) : 0;

    /// <summary>The fields after the parenthesised command name: state is [0], ppid [1], utime [11], stime [12].</summary>
    private static string[]? Fields(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
    }
}
