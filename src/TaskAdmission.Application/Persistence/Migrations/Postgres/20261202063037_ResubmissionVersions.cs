using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace TaskAdmission.Application.Persistence.Migrations.Postgres;

/// <summary>ResubmissionVersions (Postgres): the DDL is in 20261202063037_ResubmissionVersions.sql beside this file.</summary>
[DbContext(typeof(PostgresAppDbContext))]
[Migration("20261202063037_ResubmissionVersions")]
public sealed class ResubmissionVersions : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(EmbeddedSql.Read("Postgres", "20261202063037_ResubmissionVersions"));

    protected override void Down(MigrationBuilder migrationBuilder) =>
        throw new NotSupportedException("Restore from a backup to go back a version (see docs/operations.md).");
}
