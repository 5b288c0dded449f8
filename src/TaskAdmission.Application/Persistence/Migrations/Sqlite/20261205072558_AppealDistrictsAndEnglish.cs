using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace TaskAdmission.Application.Persistence.Migrations.Sqlite;

/// <summary>AppealDistrictsAndEnglish (Sqlite): the DDL is in 20261205072558_AppealDistrictsAndEnglish.sql beside this file.</summary>
[DbContext(typeof(SqliteAppDbContext))]
[Migration("20261205072558_AppealDistrictsAndEnglish")]
public sealed class AppealDistrictsAndEnglish : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(EmbeddedSql.Read("Sqlite", "20261205072558_AppealDistrictsAndEnglish"));

    protected override void Down(MigrationBuilder migrationBuilder) =>
        throw new NotSupportedException("Restore from a backup to go back a version (see docs/operations.md).");
}
