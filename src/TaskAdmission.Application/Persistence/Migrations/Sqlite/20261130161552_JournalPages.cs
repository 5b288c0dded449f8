using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace TaskAdmission.Application.Persistence.Migrations.Sqlite;

/// <summary>JournalPages (Sqlite): the DDL is in 20261130161552_JournalPages.sql beside this file.</summary>
[DbContext(typeof(SqliteAppDbContext))]
[Migration("20261130161552_JournalPages")]
public sealed class JournalPages : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(EmbeddedSql.Read("Sqlite", "20261130161552_JournalPages"));

    protected override void Down(MigrationBuilder migrationBuilder) =>
        throw new NotSupportedException("Restore from a backup to go back a version (see docs/operations.md).");
}
