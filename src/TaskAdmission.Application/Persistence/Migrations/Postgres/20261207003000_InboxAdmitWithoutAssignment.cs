using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace TaskAdmission.Application.Persistence.Migrations.Postgres;

/// <summary>
/// InboxAdmitWithoutAssignment (Postgres only): a village row or a submission turning admitted names a village only when
/// an assignment of that submission exists for it (the inbox is built from assignments); un-admitting names every village
/// as before. SQLite needs none: nothing is cached there. DDL in the .sql beside.
/// </summary>
[DbContext(typeof(PostgresAppDbContext))]
[Migration("20261207003000_InboxAdmitWithoutAssignment")]
public sealed class InboxAdmitWithoutAssignment : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(EmbeddedSql.Read("Postgres", "20261207003000_InboxAdmitWithoutAssignment"));

    protected override void Down(MigrationBuilder migrationBuilder) =>
        throw new NotSupportedException("Restore from a backup to go back a version (see docs/operations.md).");
}
