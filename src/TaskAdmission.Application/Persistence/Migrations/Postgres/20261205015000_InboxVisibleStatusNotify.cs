using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace TaskAdmission.Application.Persistence.Migrations.Postgres;

/// <summary>
/// InboxVisibleStatusNotify (Postgres only): a submission's status change evicts its villages' inboxes only when the
/// submission becomes admitted or stops being so — a move between two admitted statuses (a city-scale task's last
/// township decision, PartiallyAdmitted → Admitted) or between two others changes nothing an inbox shows. SQLite needs
/// none: nothing is cached there. DDL in the .sql beside.
/// </summary>
[DbContext(typeof(PostgresAppDbContext))]
[Migration("20261205015000_InboxVisibleStatusNotify")]
public sealed class InboxVisibleStatusNotify : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(EmbeddedSql.Read("Postgres", "20261205015000_InboxVisibleStatusNotify"));

    protected override void Down(MigrationBuilder migrationBuilder) =>
        throw new NotSupportedException("Restore from a backup to go back a version (see docs/operations.md).");
}
