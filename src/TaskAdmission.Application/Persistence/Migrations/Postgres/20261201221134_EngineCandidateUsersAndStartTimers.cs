using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace TaskAdmission.Application.Persistence.Migrations.Postgres;

/// <summary>EngineCandidateUsersAndStartTimers (Postgres): the DDL is in 20261201221134_EngineCandidateUsersAndStartTimers.sql beside this file.</summary>
[DbContext(typeof(PostgresAppDbContext))]
[Migration("20261201221134_EngineCandidateUsersAndStartTimers")]
public sealed class EngineCandidateUsersAndStartTimers : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(EmbeddedSql.Read("Postgres", "20261201221134_EngineCandidateUsersAndStartTimers"));

    protected override void Down(MigrationBuilder migrationBuilder) =>
        throw new NotSupportedException("Restore from a backup to go back a version (see docs/operations.md).");
}
