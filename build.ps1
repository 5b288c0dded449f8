# TaskAdmission build entry point for Windows (PowerShell 7); the same verbs as build.sh:
#   ./build.ps1 run [args]     run the console on http://localhost:5080 (SQLite, demo data); args go to the app
#   ./build.ps1 test [args]    build and run every test; args go to dotnet test
#   ./build.ps1 bench [args]   run the benchmarks (Release)
#   ./build.ps1 assets         refresh wwwroot/lib from the pinned npm packages
# test needs PostgreSQL and Chrome or Edge. TA_TEST_PG (a server connection string) wins; otherwise a throw-away
# cluster is started with the newest initdb.exe under "C:\Program Files\PostgreSQL\*\bin" (or the folder TA_PG_BIN
# names). TA_CHROMIUM (chrome.exe or msedge.exe) wins; otherwise the usual Chrome and Edge folders are searched.
param([Parameter(Position = 0)][string]$Verb = "", [Parameter(ValueFromRemainingArguments = $true)][string[]]$Rest = @())
$ErrorActionPreference = "Stop"
Set-Location $PSScriptRoot
$env:DOTNET_CLI_TELEMETRY_OPTOUT = "1"
$env:DOTNET_NOLOGO = "1"

function Find-PgBin {
    if ($env:TA_PG_BIN) { return $env:TA_PG_BIN }
    $found = Get-ChildItem "$env:ProgramFiles\PostgreSQL\*\bin\initdb.exe" -ErrorAction SilentlyContinue |
        Sort-Object { [version]($_.Directory.Parent.Name -replace '[^0-9.]', '') } | Select-Object -Last 1
    if ($found) { return $found.DirectoryName }
    return $null
}

function Start-ThrowAwayPostgres {
    $bin = Find-PgBin
    if (-not $bin) {
        throw "PostgreSQL not found: install it (https://www.postgresql.org/download/windows/), or set TA_TEST_PG to a server connection string, or TA_PG_BIN to its bin folder."
    }
    $dir = Join-Path ([IO.Path]::GetTempPath()) ("ta-pg-" + [guid]::NewGuid().ToString("N").Substring(0, 8))
    $listener = [Net.Sockets.TcpListener]::new([Net.IPAddress]::Loopback, 0)
    $listener.Start(); $port = $listener.LocalEndpoint.Port; $listener.Stop()
    & "$bin\initdb.exe" -D "$dir\data" -U postgres -A trust --no-sync -E UTF8 | Out-Null
    if ($LASTEXITCODE) { throw "initdb failed" }
    & "$bin\pg_ctl.exe" -D "$dir\data" -l "$dir\log" -w -o "-p $port -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" start | Out-Null
    if ($LASTEXITCODE) { throw "PostgreSQL did not start; see $dir\log" }
    $env:TA_TEST_PG = "Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
    Write-Host "throw-away PostgreSQL on 127.0.0.1:$port"
    return @{ Bin = $bin; Dir = $dir }
}

function Stop-ThrowAwayPostgres($pg) {
    if (-not $pg) { return }
    & "$($pg.Bin)\pg_ctl.exe" -D "$($pg.Dir)\data" -m immediate stop | Out-Null
    Remove-Item -Recurse -Force $pg.Dir -ErrorAction SilentlyContinue
}

function Find-Chromium {
    if ($env:TA_CHROMIUM) { return $env:TA_CHROMIUM }
    $candidates = @(
        "$env:ProgramFiles\Google\Chrome\Application\chrome.exe",
        "${env:ProgramFiles(x86)}\Google\Chrome\Application\chrome.exe",
        "$env:LOCALAPPDATA\Google\Chrome\Application\chrome.exe",
        "${env:ProgramFiles(x86)}\Microsoft\Edge\Application\msedge.exe",
        "$env:ProgramFiles\Microsoft\Edge\Application\msedge.exe")
    foreach ($c in $candidates) { if (Test-Path $c) { return $c } }
    throw "Chrome or Edge not found: install one, or set TA_CHROMIUM to chrome.exe or msedge.exe."
}

function With-TestServices([scriptblock]$body) {
    $env:TA_CHROMIUM = Find-Chromium
    $pg = $null
    if (-not $env:TA_TEST_PG) { $pg = Start-ThrowAwayPostgres }
    try { & $body } finally { Stop-ThrowAwayPostgres $pg }
}

switch ($Verb) {
    "run" { dotnet run --project src/TaskAdmission.Web -- @Rest; exit $LASTEXITCODE }
    "test" {
        With-TestServices {
            dotnet build TaskAdmission.sln -c Debug -warnaserror --nologo -v quiet
            if ($LASTEXITCODE) { exit $LASTEXITCODE }
            dotnet test TaskAdmission.sln --no-build --nologo @Rest
            $script:status = $LASTEXITCODE
        }
        exit $script:status
    }
    "bench" {
        With-TestServices { dotnet run -c Release --project tests/TaskAdmission.Benchmarks -- @Rest; $script:status = $LASTEXITCODE }
        exit $script:status
    }
    "assets" {
        # The same copies as scripts/copy-web-assets.sh: the list is scripts/web-assets.txt.
        $web = Join-Path $PSScriptRoot "src/TaskAdmission.Web"
        Push-Location $web
        try {
            npm ci --no-audit --no-fund | Out-Null
            if ($LASTEXITCODE) { exit $LASTEXITCODE }
            $lib = Join-Path $web "wwwroot/lib"
            Remove-Item -Recurse -Force $lib -ErrorAction SilentlyContinue
            foreach ($line in Get-Content (Join-Path $PSScriptRoot "scripts/web-assets.txt")) {
                if ($line -match '^\s*(#|$)') { continue }
                $source, $target = -split $line
                New-Item -ItemType Directory -Force (Join-Path $lib $target) | Out-Null
                Copy-Item $source (Join-Path $lib $target)
            }
            Write-Host "copied front-end assets to $lib"
        } finally { Pop-Location }
    }
    default { Get-Content $PSCommandPath -TotalCount 8 | Select-Object -Skip 1 | ForEach-Object { $_ -replace '^# ?', '' }; exit 2 }
}
