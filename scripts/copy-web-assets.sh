#!/usr/bin/env bash
# Copies the pinned npm front-end packages (src/TaskAdmission.Web/package.json + lockfile) into wwwroot/lib.
# The copied files are committed, so `dotnet run` works on a machine without npm; run this after a version bump.
set -euo pipefail
web="$(cd "$(dirname "$0")/../src/TaskAdmission.Web" && pwd)"
cd "$web"
npm ci --no-audit --no-fund >/dev/null
lib="$web/wwwroot/lib"
rm -rf "$lib"
mkdir -p "$lib/bootstrap" "$lib/htmx" "$lib/chartjs"
cp node_modules/bootstrap/dist/css/bootstrap.min.css node_modules/bootstrap/dist/js/bootstrap.bundle.min.js "$lib/bootstrap/"
cp node_modules/bootstrap/LICENSE "$lib/bootstrap/LICENSE"
cp node_modules/htmx.org/dist/htmx.min.js "$lib/htmx/"
cp node_modules/htmx.org/LICENSE "$lib/htmx/LICENSE"
cp node_modules/chart.js/dist/chart.umd.min.js "$lib/chartjs/"
cp node_modules/chart.js/LICENSE.md "$lib/chartjs/LICENSE.md"
echo "copied front-end assets to $lib"
