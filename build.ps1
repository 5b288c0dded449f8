# TaskAdmission build entry point for Windows; the same verbs as build.sh (run, test, bench, assets).
# test expects PostgreSQL and Chromium to be installed; set TA_TEST_PG to a server connection string
# (Host=...;Username=...;Database=postgres) and TA_CHROMIUM to chrome.exe, or the tests start/locate their own.
param([Parameter(Position = 0)][string]$Verb = "", [Parameter(ValueFromRemainingArguments = $true)][string[]]$Rest = @())
$ErrorActionPreference = "Stop"
Set-Location $PSScriptRoot
switch ($Verb) {
    "run" { dotnet run --project src/TaskAdmission.Web @Rest; exit $LASTEXITCODE }
    "test" {
        dotnet build TaskAdmission.sln -warnaserror --nologo -v quiet; if ($LASTEXITCODE) { exit $LASTEXITCODE }
        dotnet test TaskAdmission.sln --no-build --nologo @Rest; exit $LASTEXITCODE
    }
    "bench" { dotnet run -c Release --project tests/TaskAdmission.Benchmarks -- @Rest; exit $LASTEXITCODE }
    "assets" { Push-Location src/TaskAdmission.Web; npm ci; Pop-Location; Write-Host "copy node_modules dist files as scripts/copy-web-assets.sh does" }
    default { Write-Host "usage: ./build.ps1 run|test|bench|assets"; exit 2 }
}
