using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace TaskAdmission.Application.Persistence.Migrations.Postgres;

/// <summary>ConsoleInboxAndDeployments (Postgres): the DDL is in 20261201232619_ConsoleInboxAndDeployments.sql beside this file.</summary>
[DbContext(typeof(PostgresAppDbContext))]
[Migration("20261201232619_ConsoleInboxAndDeployments")]
public sealed class ConsoleInboxAndDeployments : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(EmbeddedSql.Read("Postgres", "20261201232619_ConsoleInboxAndDeployments"));

    protected override void Down(MigrationBuilder migrationBuilder) =>
        throw new NotSupportedException("Restore from a backup to go back a version (see docs/operations.md).");
}
