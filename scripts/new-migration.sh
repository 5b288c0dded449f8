#!/usr/bin/env bash
# Writes the skeleton of a hand-written migration for both providers (dotnet-ef does not restore here).
#   scripts/new-migration.sh <Name> [--full]
# --full puts the whole current model's DDL (schema-script) into the .sql files (used for the initial migration);
# otherwise the .sql files start empty and you write the ALTER/CREATE statements for the change yourself.
# The drift test (tests/TaskAdmission.Data.Tests) fails until the migrations produce the model's schema.
set -euo pipefail
name="$1"; full="${2:-}"
root="$(cd "$(dirname "$0")/.." && pwd)"
stamp="$(date -u +%Y%m%d%H%M%S)"
for provider in Sqlite Postgres; do
  dir="$root/src/TaskAdmission.Data/Migrations/$provider"
  mkdir -p "$dir"
  id="${stamp}_${name}"
  if [ "$full" = "--full" ]; then
    cs=""; [ "$provider" = Postgres ] && cs="Host=127.0.0.1"
    Database__Provider=$provider ConnectionStrings__Default="$cs" \
      dotnet run --project "$root/src/TaskAdmission.Web" --no-launch-profile -- schema-script > "$dir/$id.sql"
  else
    echo "-- $name ($provider): write the DDL of this change here" > "$dir/$id.sql"
  fi
  cat > "$dir/$id.cs" <<CS
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace TaskAdmission.Data.Migrations.$provider;

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
