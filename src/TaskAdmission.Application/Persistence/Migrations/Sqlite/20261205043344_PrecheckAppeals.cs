using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace TaskAdmission.Application.Persistence.Migrations.Sqlite;

/// <summary>PrecheckAppeals (Sqlite): the DDL is in 20261205043344_PrecheckAppeals.sql beside this file.</summary>
[DbContext(typeof(SqliteAppDbContext))]
[Migration("20261205043344_PrecheckAppeals")]
public sealed class PrecheckAppeals : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(EmbeddedSql.Read("Sqlite", "20261205043344_PrecheckAppeals"));

    protected override void Down(MigrationBuilder migrationBuilder) =>
        throw new NotSupportedException("Restore from a backup to go back a version (see docs/operations.md).");
}
