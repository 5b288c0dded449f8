using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace TaskAdmission.Testing;

/// <summary>
/// One throw-away PostgreSQL server per test run. build.sh starts it and passes TA_TEST_PG (a connection string to
/// the server's postgres database); when that is unset (a test run from an IDE) this class starts its own cluster
/// with the Debian binaries, on a free port in a temp folder, and removes it when the process exits.
/// Each caller gets a fresh database, so test classes never see each other's rows.
/// </summary>
public static class PostgresServer
{
    private static readonly Lazy<string> Admin = new(StartOrReuse, LazyThreadSafetyMode.ExecutionAndPublication);

    public static async Task<string> CreateDatabaseAsync(string prefix)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 33, 63)].ToLowerInvariant();
        await using (var conn = new NpgsqlConnection(Admin.Value))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", conn);
            await cmd.ExecuteNonQueryAsync();
        }
        // Minimum Pool Size=0 given explicitly: the app's default keeps a warm floor of ten connections per pool, never
        // pruned, and every test database is its own pool on the one shared server; with the floor, a few dozen test
        // classes would exhaust its max_connections. Idle test pools shrink to nothing as before.
        return new NpgsqlConnectionStringBuilder(Admin.Value) { Database = name, Pooling = true, MaxPoolSize = 20, MinPoolSize = 0 }.ToString();
    }

    private static string StartOrReuse()
    {
        var given = Environment.GetEnvironmentVariable("TA_TEST_PG");
        if (!string.IsNullOrWhiteSpace(given))
        {
            return given;
        }
        var bin = FindBin() ?? throw new InvalidOperationException(
            "PostgreSQL server binaries not found (apt-get install -y postgresql), and TA_TEST_PG is not set. Run ./build.sh test.");
        var dir = Directory.CreateTempSubdirectory("ta-pg-").FullName;
        var port = FreePort();
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            Run("chown", $"postgres {dir}");
        }
        Run(bin + "/initdb", $"-D {dir}/data -U postgres -A trust --no-sync -E UTF8 --locale=C.UTF-8", asRoot);
        Run(bin + "/pg_ctl", $"-D {dir}/data -l {dir}/log -w -o \"-p {port} -k {dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300\" start", asRoot);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            Run(bin + "/pg_ctl", $"-D {dir}/data -m immediate stop", asRoot, check: false);
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        };
        return $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres";
    }

    internal static string? FindBin() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").OrderDescending().Select(d => d + "/bin").FirstOrDefault(d => File.Exists(d + "/initdb"))
            : null;

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Run(string file, string args, bool asPostgres = false, bool check = true)
    {
        var psi = asPostgres
            ? new ProcessStartInfo("runuser", $"-u postgres -- {file} {args}")
            : new ProcessStartInfo(file, args);
        psi.RedirectStandardOutput = psi.RedirectStandardError = true;
        using var p = Process.Start(psi)!;
        var err = p.StandardError.ReadToEnd();
        p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        if (check && p.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {args} failed ({p.ExitCode}): {err}");
        }
    }
}
