#!/usr/bin/env bash
# TaskAdmission build entry point. Verbs:
#   ./build.sh run [args]     run the console on http://localhost:5080 (SQLite, demo data); args go to the app,
#                             e.g. --urls http://0.0.0.0:8080, or an operator verb such as help
#   ./build.sh test           install what the tests need (PostgreSQL, Chromium), start a throw-away PostgreSQL,
#                             build, and run every test
#   ./build.sh bench [args]   run the benchmarks (BenchmarkDotNet and load harnesses), Release build
#   ./build.sh assets         refresh wwwroot/lib from the pinned npm packages
set -euo pipefail
root="$(cd "$(dirname "$0")" && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo "$@"; else return 1; fi
}

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

ensure_test_dependencies() {
  local missing=()
  [ -n "$(pg_bin)" ] && [ -x "$(pg_bin)/initdb" ] || missing+=(postgresql)
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "installing test dependencies: ${missing[*]}"
  if ! as_root true; then
    echo "error: the tests need ${missing[*]} (Debian packages); run as root or with sudo, or install them: apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >/dev/null
}

# start_postgres [durable]: a throw-away server. Tests run it with fsync off (nothing to keep); `bench` runs it with
# PostgreSQL's durable defaults (fsync on, synchronous_commit on) as TA_TEST_PG, plus a second, fsync-off server as
# TA_BENCH_PG_FSYNC_OFF for side-by-side figures (docs/benchmarks.md).
start_postgres() {
  local bin dir port mode="${1:-}" settings="-c fsync=off"
  [ "$mode" = durable ] && settings="-c fsync=on -c synchronous_commit=on"
  bin="$(pg_bin)"
  dir="$(mktemp -d /tmp/ta-pg-XXXXXX)"
  port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null || echo 55432)"
  local run=()
  if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; run=(runuser -u postgres --); fi
  "${run[@]}" "$bin/initdb" -D "$dir/data" -U postgres -A trust --no-sync -E UTF8 --locale=C.UTF-8 >/dev/null
  "${run[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 $settings -c max_connections=300" start >/dev/null
  PG_STARTED="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
  STOP_PG="${STOP_PG:-true}; ${run[*]} $bin/pg_ctl -D $dir/data -m immediate stop >/dev/null 2>&1; rm -rf $dir"
  trap "$STOP_PG" EXIT
  echo "throw-away PostgreSQL ${mode:-(fsync off)} on 127.0.0.1:$port"
}

case "${1:-}" in
  run)
    shift
    exec dotnet run --project src/TaskAdmission.Web -- "$@"
    ;;
  test)
    shift
    ensure_test_dependencies
    start_postgres
    export TA_TEST_PG="$PG_STARTED"
    dotnet build TaskAdmission.sln -c Debug -warnaserror --nologo -v quiet
    log="$(mktemp)"
    set +e
    dotnet test TaskAdmission.sln --no-build --nologo "$@" 2>&1 | tee "$log"
    status=${PIPESTATUS[0]}
    set -e
    passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
    failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
    skipped=$(grep -Eo 'Skipped: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
    rm -f "$log"
    echo "$passed passed, $failed failed, $skipped skipped"
    exit "$status"
    ;;
  bench)
    shift
    ensure_test_dependencies
    start_postgres
    export TA_BENCH_PG_FSYNC_OFF="$PG_STARTED"
    start_postgres durable
    export TA_TEST_PG="$PG_STARTED"
    dotnet run -c Release --project tests/TaskAdmission.Benchmarks -- "$@"
    ;;
  assets)
    scripts/copy-web-assets.sh
    ;;
  *)
    sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
