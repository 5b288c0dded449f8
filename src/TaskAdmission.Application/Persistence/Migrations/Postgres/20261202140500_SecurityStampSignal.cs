using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace TaskAdmission.Application.Persistence.Migrations.Postgres;

/// <summary>
/// SecurityStampSignal (Postgres only): a change to a user's security stamp, a deleted user or a TRUNCATE sends 'users'
/// on channel village_inbox, so every node's <c>SecurityStampCache</c> forgets the stamps it read and the next request
/// with an old cookie is refused. SQLite needs none: nothing is cached there. DDL in the .sql beside.
/// </summary>
[DbContext(typeof(PostgresAppDbContext))]
[Migration("20261202140500_SecurityStampSignal")]
public sealed class SecurityStampSignal : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(EmbeddedSql.Read("Postgres", "20261202140500_SecurityStampSignal"));

    protected override void Down(MigrationBuilder migrationBuilder) =>
        throw new NotSupportedException("Restore from a backup to go back a version (see docs/operations.md).");
}
