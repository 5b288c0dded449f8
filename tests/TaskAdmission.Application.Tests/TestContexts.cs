using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Persistence.Audit;
using TaskAdmission.Testing;

namespace TaskAdmission.Application.Tests;

/// <summary>Opens an <see cref="AppDbContext"/> of the test database's provider, as the app would (audit rows chained as a transaction commits).</summary>
internal static class TestContexts
{
    public static AppDbContext Open(TestDatabase database) =>
        database.Provider == DatabaseProvider.Postgres
            ? new PostgresAppDbContext(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql(database.ConnectionString).AddInterceptors(AuditChainCommitInterceptor.Instance).Options)
            : new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite(database.ConnectionString).AddInterceptors(AuditChainCommitInterceptor.Instance).Options);
}
