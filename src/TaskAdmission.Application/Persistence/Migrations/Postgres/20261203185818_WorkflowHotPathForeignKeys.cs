using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace TaskAdmission.Application.Persistence.Migrations.Postgres;

/// <summary>WorkflowHotPathForeignKeys (Postgres): the DDL is in 20261203185818_WorkflowHotPathForeignKeys.sql beside this file.</summary>
[DbContext(typeof(PostgresAppDbContext))]
[Migration("20261203185818_WorkflowHotPathForeignKeys")]
public sealed class WorkflowHotPathForeignKeys : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(EmbeddedSql.Read("Postgres", "20261203185818_WorkflowHotPathForeignKeys"));

    protected override void Down(MigrationBuilder migrationBuilder) =>
        throw new NotSupportedException("Restore from a backup to go back a version (see docs/operations.md).");
}
