using Microsoft.Data.Sqlite;
using TaskAdmission.Application;
using TaskAdmission.Application.Persistence;

namespace TaskAdmission.Testing;

/// <summary>A fresh, empty database of either provider for one test class.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? sqliteFolder;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? sqliteFolder)
    {
        Provider = provider;
        ConnectionString = connectionString;
        this.sqliteFolder = sqliteFolder;
    }

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider, string name)
    {
        if (provider == DatabaseProvider.Postgres)
        {
            return new TestDatabase(provider, await PostgresServer.CreateDatabaseAsync(name), null);
        }
        var folder = Path.Combine(AppContext.BaseDirectory, "testdata", $"{name}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        return new TestDatabase(provider, $"Data Source={Path.Combine(folder, "test.db")}", folder);
    }

    public ValueTask DisposeAsync()
    {
        if (sqliteFolder is not null)
        {
            SqliteConnection.ClearAllPools();
            try { Directory.Delete(sqliteFolder, recursive: true); } catch (IOException) { }
        }
        return ValueTask.CompletedTask;
    }
}
