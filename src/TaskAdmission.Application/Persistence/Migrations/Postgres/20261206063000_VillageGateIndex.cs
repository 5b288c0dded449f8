using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace TaskAdmission.Application.Persistence.Migrations.Postgres;

/// <summary>VillageGateIndex (Postgres): the DDL is in 20261206063000_VillageGateIndex.sql beside this file.</summary>
[DbContext(typeof(PostgresAppDbContext))]
[Migration("20261206063000_VillageGateIndex")]
public sealed class VillageGateIndex : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(EmbeddedSql.Read("Postgres", "20261206063000_VillageGateIndex"));

    protected override void Down(MigrationBuilder migrationBuilder) =>
        throw new NotSupportedException("Restore from a backup to go back a version (see docs/operations.md).");
}
