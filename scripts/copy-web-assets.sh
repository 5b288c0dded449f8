#!/usr/bin/env bash
# Copies the pinned npm front-end packages (src/TaskAdmission.Web/package.json + lockfile) into wwwroot/lib, as
# listed in scripts/web-assets.txt. The copied files are committed, so `dotnet run` works on a machine without npm;
# run this after a version bump.
set -euo pipefail
list="$(cd "$(dirname "$0")" && pwd)/web-assets.txt"
web="$(cd "$(dirname "$0")/../src/TaskAdmission.Web" && pwd)"
cd "$web"
npm ci --no-audit --no-fund >/dev/null
lib="$web/wwwroot/lib"
rm -rf "$lib"
grep -v '^#' "$list" | while read -r source target; do
  [ -n "$source" ] || continue
  mkdir -p "$lib/$target"
  cp "$source" "$lib/$target/"
done
echo "copied front-end assets to $lib"
