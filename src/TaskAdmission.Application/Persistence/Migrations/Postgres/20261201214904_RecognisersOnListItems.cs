using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace TaskAdmission.Application.Persistence.Migrations.Postgres;

/// <summary>RecognisersOnListItems (Postgres): the DDL is in 20261201214904_RecognisersOnListItems.sql beside this file.</summary>
[DbContext(typeof(PostgresAppDbContext))]
[Migration("20261201214904_RecognisersOnListItems")]
public sealed class RecognisersOnListItems : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(EmbeddedSql.Read("Postgres", "20261201214904_RecognisersOnListItems"));

    protected override void Down(MigrationBuilder migrationBuilder) =>
        throw new NotSupportedException("Restore from a backup to go back a version (see docs/operations.md).");
}
