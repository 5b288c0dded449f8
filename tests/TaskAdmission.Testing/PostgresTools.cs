using System.Diagnostics;
using Npgsql;

namespace TaskAdmission.Testing;

/// <summary>The PostgreSQL client programs (pg_dump, pg_restore, psql) run the way an operator's runbook runs them.</summary>
public static class PostgresTools
{
    /// <summary>TA_PG_BIN, else the newest Debian install.</summary>
    public static string Bin => Environment.GetEnvironmentVariable("TA_PG_BIN") is { Length: > 0 } given ? given
        : PostgresServer.FindBin() ?? throw new InvalidOperationException("PostgreSQL client programs not found: set TA_PG_BIN to the folder holding pg_dump");

    /// <summary>Runs a client program against the database of <paramref name="connectionString"/>; throws with its stderr when it fails.</summary>
    public static async Task RunAsync(string tool, string connectionString, params string[] args)
    {
        var b = new NpgsqlConnectionStringBuilder(connectionString);
        var psi = new ProcessStartInfo(Path.Combine(Bin, tool)) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in (string[])["-h", b.Host!, "-p", b.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", b.Username!, .. args]) psi.ArgumentList.Add(a);
        if (!string.IsNullOrEmpty(b.Password)) psi.Environment["PGPASSWORD"] = b.Password;
        psi.Environment["PGDATABASE"] = b.Database;
        using var process = Process.Start(psi)!;
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{tool} {string.Join(' ', args)} failed ({process.ExitCode}): {await stderr}");
    }
}
