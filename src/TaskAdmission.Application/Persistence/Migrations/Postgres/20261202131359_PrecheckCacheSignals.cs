using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace TaskAdmission.Application.Persistence.Migrations.Postgres;

/// <summary>
/// PrecheckCacheSignals (Postgres only): list sets and items send 'lists', data fields 'fields' on channel village_inbox,
/// so the pre-check's cached lists in force and data-field dictionary see another node's change. SQLite needs none:
/// nothing is cached there. DDL in the .sql beside.
/// </summary>
[DbContext(typeof(PostgresAppDbContext))]
[Migration("20261202131359_PrecheckCacheSignals")]
public sealed class PrecheckCacheSignals : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(EmbeddedSql.Read("Postgres", "20261202131359_PrecheckCacheSignals"));

    protected override void Down(MigrationBuilder migrationBuilder) =>
        throw new NotSupportedException("Restore from a backup to go back a version (see docs/operations.md).");
}
