using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace TaskAdmission.Application.Persistence.Migrations.Postgres;

/// <summary>BurdenLedger (Postgres): the DDL is in 20261201233047_BurdenLedger.sql beside this file.</summary>
[DbContext(typeof(PostgresAppDbContext))]
[Migration("20261201233047_BurdenLedger")]
public sealed class BurdenLedger : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(EmbeddedSql.Read("Postgres", "20261201233047_BurdenLedger"));

    protected override void Down(MigrationBuilder migrationBuilder) =>
        throw new NotSupportedException("Restore from a backup to go back a version (see docs/operations.md).");
}
