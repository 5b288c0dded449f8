using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace TaskAdmission.Application.Persistence.Migrations.Sqlite;

/// <summary>TrustAuditChain (Sqlite): the DDL is in 20261201232700_TrustAuditChain.sql beside this file.</summary>
[DbContext(typeof(SqliteAppDbContext))]
[Migration("20261201232700_TrustAuditChain")]
public sealed class TrustAuditChain : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(EmbeddedSql.Read("Sqlite", "20261201232700_TrustAuditChain"));

    protected override void Down(MigrationBuilder migrationBuilder) =>
        throw new NotSupportedException("Restore from a backup to go back a version (see docs/operations.md).");
}
