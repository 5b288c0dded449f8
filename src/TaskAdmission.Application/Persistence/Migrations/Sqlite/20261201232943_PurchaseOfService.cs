using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace TaskAdmission.Application.Persistence.Migrations.Sqlite;

/// <summary>PurchaseOfService (Sqlite): the DDL is in 20261201232943_PurchaseOfService.sql beside this file.</summary>
[DbContext(typeof(SqliteAppDbContext))]
[Migration("20261201232943_PurchaseOfService")]
public sealed class PurchaseOfService : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(EmbeddedSql.Read("Sqlite", "20261201232943_PurchaseOfService"));

    protected override void Down(MigrationBuilder migrationBuilder) =>
        throw new NotSupportedException("Restore from a backup to go back a version (see docs/operations.md).");
}
