using System.Diagnostics;

namespace TaskAdmission.Benchmarks.Workflows;

/// <summary>
/// CPU time spent by this process and by the local PostgreSQL server processes (read from /proc, Linux only) between
/// two readings. On a shared two-core machine throughput swings with whatever else runs; CPU per instance does not.
/// <see cref="Jit"/> is the runtime's compilation time in this process (all threads): the part of the harness's CPU
/// that is tier-up of code still running unoptimized after the warm-up, which a long-running app does not pay per instance.
/// </summary>
public readonly record struct CpuMeter(TimeSpan Harness, TimeSpan? Postgres, TimeSpan Jit)
{
    public static CpuMeter Read()
    {
        using var self = Process.GetCurrentProcess();
        return new CpuMeter(self.TotalProcessorTime, PostgresCpu(), System.Runtime.JitInfo.GetCompilationTime(currentThread: false));
    }

    /// <summary>"harness x ms, PostgreSQL y ms per instance" for <paramref name="instances"/> between two readings.</summary>
    public static string PerInstance(CpuMeter before, CpuMeter after, int instances)
    {
        if (instances == 0) return "no instances";
        var harness = (after.Harness - before.Harness).TotalMilliseconds / instances;
        var jit = (after.Jit - before.Jit).TotalMilliseconds / instances;
        var postgres = after.Postgres - before.Postgres is { } pg ? $"{pg.TotalMilliseconds / instances:N2} ms" : "not readable";
        return $"harness process {harness:N2} ms (of it JIT {jit:N2} ms), PostgreSQL server {postgres} (user + system, all its processes)";
    }

    private static TimeSpan? PostgresCpu()
    {
        if (!Directory.Exists("/proc")) return null;
        long ticks = 0;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            try
            {
                if (!int.TryParse(Path.GetFileName(dir), out _) || File.ReadAllText(Path.Combine(dir, "comm")).Trim() != "postgres") continue;
                // Fields after the parenthesised command: state is field 3, utime 14 and stime 15 (1-based).
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                ticks += long.Parse(fields[11]) + long.Parse(fields[12]);
            }
            catch (IOException)
            {
                // The process ended while we read it; its time is lost either way.
            }
        }

        return TimeSpan.FromSeconds(ticks / 100.0); // USER_HZ is 100 on Linux
    }
}
