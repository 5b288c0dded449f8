using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace TaskAdmission.Application.Persistence.Migrations.Postgres;

/// <summary>
/// ReadCacheSignals (Postgres only): the org tree and API keys get their own notification on channel village_inbox
/// ('org', 'keys'), so the caches of the pre-check's read path see another node's change; a not-admitted
/// submission_villages row no longer evicts inboxes. SQLite needs none: nothing is cached there. DDL in the .sql beside.
/// </summary>
[DbContext(typeof(PostgresAppDbContext))]
[Migration("20261202063500_ReadCacheSignals")]
public sealed class ReadCacheSignals : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(EmbeddedSql.Read("Postgres", "20261202063500_ReadCacheSignals"));

    protected override void Down(MigrationBuilder migrationBuilder) =>
        throw new NotSupportedException("Restore from a backup to go back a version (see docs/operations.md).");
}
