using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace TaskAdmission.Application.Persistence.Migrations.Postgres;

/// <summary>
/// InboxNotifyChunks (Postgres only): a change to more than 500 villages' inboxes (a township's dispatch, an admission
/// of one or two townships) is sent as the village codes in notifications of up to 500 each, no longer as 'all' (which
/// made every node forget every village's cached inbox at each decision). SQLite needs none: nothing is cached there.
/// DDL in the .sql beside.
/// </summary>
[DbContext(typeof(PostgresAppDbContext))]
[Migration("20261202135000_InboxNotifyChunks")]
public sealed class InboxNotifyChunks : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(EmbeddedSql.Read("Postgres", "20261202135000_InboxNotifyChunks"));

    protected override void Down(MigrationBuilder migrationBuilder) =>
        throw new NotSupportedException("Restore from a backup to go back a version (see docs/operations.md).");
}
