#!/usr/bin/env bash
# Writes the skeleton of a hand-written migration for both providers (dotnet-ef does not restore here).
#   scripts/new-migration.sh <Name> [--full | --tables t1,t2,...]
# --full puts the whole current model's DDL (schema-script) into the .sql files (used for the initial migration);
# --tables puts the CREATE TABLE/INDEX statements of those new tables in them;
# otherwise the .sql files start empty and you write the ALTER statements for the change yourself.
# The drift test (tests/TaskAdmission.Application.Tests) fails until the migrations produce the model's schema.
set -euo pipefail
name="$1"; full="${2:-}"; tables="${3:-}"
root="$(cd "$(dirname "$0")/.." && pwd)"
stamp="$(date -u +%Y%m%d%H%M%S)"
for provider in Sqlite Postgres; do
  dir="$root/src/TaskAdmission.Application/Persistence/Migrations/$provider"
  mkdir -p "$dir"
  id="${stamp}_${name}"
  if [ "$full" = "--full" ] || [ "$full" = "--tables" ]; then
    cs=""; [ "$provider" = Postgres ] && cs="Host=127.0.0.1"
    Database__Provider=$provider ConnectionStrings__Default="$cs" \
      dotnet run --project "$root/src/TaskAdmission.Web" --no-launch-profile -- schema-script > "$dir/$id.full"
    if [ "$full" = "--full" ]; then mv "$dir/$id.full" "$dir/$id.sql"
    else python3 "$root/scripts/extract-ddl.py" "$dir/$id.full" ${tables//,/ } > "$dir/$id.sql"; rm "$dir/$id.full"; fi
  else
    echo "-- $name ($provider): write the DDL of this change here" > "$dir/$id.sql"
  fi
  cat > "$dir/$id.cs" <<CS
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace TaskAdmission.Application.Persistence.Migrations.$provider;

/// <summary>$name ($provider): the DDL is in $id.sql beside this file.</summary>
[DbContext(typeof(${provider}AppDbContext))]
[Migration("$id")]
public sealed class $name : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(EmbeddedSql.Read("$provider", "$id"));

    protected override void Down(MigrationBuilder migrationBuilder) =>
        throw new NotSupportedException("Restore from a backup to go back a version (see docs/operations.md).");
}
CS
  echo "wrote $dir/$id.cs and .sql"
done
