using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Persistence;

namespace TaskAdmission.Web.Cli;

/// <summary>
/// The <c>backup</c> verb on SQLite: SQLite's online backup API copies the database page by page into a new file while
/// the app keeps running (a plain file copy of a live database can be torn), then checks the copy's integrity.
/// On PostgreSQL the operator uses pg_dump (docs/operations.md).
/// </summary>
public static class SqliteBackup
{
    public static async Task<int> RunAsync(CliArgs args, IServiceProvider services, TextWriter output)
    {
        var db = services.GetRequiredService<AppDbContext>();
        if (!db.Database.IsSqlite())
        {
            throw new InvalidOperationException("backup copies the SQLite file; on PostgreSQL use pg_dump --format=custom (see docs/operations.md)");
        }
        var target = CliArgs.ResolvePath(args.Required("to"));
        if (File.Exists(target))
        {
            throw new IOException($"{target} already exists; back up to a new file");
        }

        await using (var source = new SqliteConnection(db.Database.GetConnectionString()))
        await using (var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = target, Pooling = false }.ToString()))
        {
            await source.OpenAsync();
            await copy.OpenAsync();
            source.BackupDatabase(copy);
            await using var check = copy.CreateCommand();
            check.CommandText = "PRAGMA integrity_check";
            var verdict = (string?)await check.ExecuteScalarAsync();
            if (verdict != "ok")
            {
                throw new InvalidOperationException($"the copy failed its integrity check: {verdict}");
            }
        }
        output.WriteLine($"backed up to {target} ({new FileInfo(target).Length:N0} bytes); integrity check ok");
        return 0;
    }
}
