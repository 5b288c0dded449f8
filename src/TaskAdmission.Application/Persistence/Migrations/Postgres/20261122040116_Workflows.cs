using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace TaskAdmission.Application.Persistence.Migrations.Postgres;

/// <summary>Workflows (Postgres): the DDL is in 20261122040116_Workflows.sql beside this file.</summary>
[DbContext(typeof(PostgresAppDbContext))]
[Migration("20261122040116_Workflows")]
public sealed class Workflows : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(EmbeddedSql.Read("Postgres", "20261122040116_Workflows"));

    protected override void Down(MigrationBuilder migrationBuilder) =>
        throw new NotSupportedException("Restore from a backup to go back a version (see docs/operations.md).");
}
