using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace TaskAdmission.Application.Persistence.Migrations.Postgres;

/// <summary>
/// WorkflowWritePath (Postgres only): the guard function the hand-written workflow write path ends each guarded UPDATE
/// with. SQLite keeps the EF Core path and needs none. DDL in the .sql beside.
/// </summary>
[DbContext(typeof(PostgresAppDbContext))]
[Migration("20261130150000_WorkflowWritePath")]
public sealed class WorkflowWritePath : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(EmbeddedSql.Read("Postgres", "20261130150000_WorkflowWritePath"));

    protected override void Down(MigrationBuilder migrationBuilder) =>
        throw new NotSupportedException("Restore from a backup to go back a version (see docs/operations.md).");
}
