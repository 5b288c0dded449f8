using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace TaskAdmission.Application.Persistence.Migrations.Postgres;

/// <summary>
/// RunningTaskSignals (Postgres only): a change to what a pre-check sees of an admitted task (its status, end date,
/// shown columns, demand kinds, admitted villages) sends 'tasks:' and the submission ids on channel village_inbox, so
/// every node's running-task index re-reads just those tasks. SQLite needs none: nothing is cached there. DDL in the
/// .sql beside.
/// </summary>
[DbContext(typeof(PostgresAppDbContext))]
[Migration("20261203073834_RunningTaskSignals")]
public sealed class RunningTaskSignals : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(EmbeddedSql.Read("Postgres", "20261203073834_RunningTaskSignals"));

    protected override void Down(MigrationBuilder migrationBuilder) =>
        throw new NotSupportedException("Restore from a backup to go back a version (see docs/operations.md).");
}
