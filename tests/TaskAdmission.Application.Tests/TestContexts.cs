using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Testing;

namespace TaskAdmission.Application.Tests;

/// <summary>Opens an <see cref="AppDbContext"/> of the test database's provider, as the app would.</summary>
internal static class TestContexts
{
    public static AppDbContext Open(TestDatabase database) =>
        database.Provider == DatabaseProvider.Postgres
            ? new PostgresAppDbContext(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql(database.ConnectionString).Options)
            : new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite(database.ConnectionString).Options);
}
