using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace TaskAdmission.Application.Persistence.Migrations.Postgres;

/// <summary>
/// InboxNotifyTransaction (Postgres only): each village list sent on village_inbox names the transaction that wrote the
/// rows, so the node whose own commit evicted those villages already does not evict them a second time when the
/// notification comes back (<see cref="Villages.Caching.OwnCommits"/>). SQLite needs none: nothing is cached there.
/// DDL in the .sql beside.
/// </summary>
[DbContext(typeof(PostgresAppDbContext))]
[Migration("20261205214500_InboxNotifyTransaction")]
public sealed class InboxNotifyTransaction : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(EmbeddedSql.Read("Postgres", "20261205214500_InboxNotifyTransaction"));

    protected override void Down(MigrationBuilder migrationBuilder) =>
        throw new NotSupportedException("Restore from a backup to go back a version (see docs/operations.md).");
}
