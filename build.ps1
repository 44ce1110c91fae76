<#
.SYNOPSIS
  build.ps1 - the Windows counterpart of build.sh.

.DESCRIPTION
  ./build.ps1          build the managed parts (src/Isolated, src/Isolated.CApi, tests)
  ./build.ps1 test     build, then run xunit (dotnet test)
  ./build.ps1 publish  also try the NativeAOT publish of src/Isolated.CApi for win-x64
                       (needs the "Desktop development with C++" workload; the csproj targets
                       linux-x64 today, so this is best effort)
  ./build.ps1 clean    remove build/

  Native tests, valgrind and the standard-library download are Linux-only (build.sh).
  All dotnet output goes under build/obj/dotnet (ISOLATED_OBJ), as with build.sh.
#>
param([ValidateSet('build', 'test', 'publish', 'clean', 'help')][string]$Command = 'build')

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$Root = $PSScriptRoot
$Build = Join-Path $Root 'build'
$env:ISOLATED_OBJ = Join-Path $Build 'obj/dotnet'
# Keep hand builds' in-tree bin/ and obj/ out of the globs (see build.sh).
$env:DefaultItemExcludes = 'bin/**;obj/**'
$env:DOTNET_CLI_TELEMETRY_OPTOUT = '1'
$env:DOTNET_NOLOGO = '1'

function Step([string]$msg) { Write-Host "==> $msg" -ForegroundColor Cyan }
function Invoke-Checked([string]$exe, [string[]]$argv) {
    & $exe @argv
    if ($LASTEXITCODE -ne 0) { throw "$exe $($argv -join ' ') failed with exit code $LASTEXITCODE" }
}

function Test-Prereqs {
    Step 'Checking prerequisites'
    if (-not (Get-Command dotnet -ErrorAction SilentlyContinue)) {
        throw 'the .NET 10 SDK is missing: https://dotnet.microsoft.com/download/dotnet/10.0'
    }
    $v = (& dotnet --version)
    if (-not $v.StartsWith('10.')) { Write-Warning "dotnet --version says '$v'; Isolated targets the .NET 10 SDK" }
}

function Build-Managed {
    Step 'dotnet build src/Isolated, src/Isolated.CApi (managed), tests/Isolated.Tests'
    foreach ($p in 'src/Isolated/Isolated.csproj', 'tests/Isolated.Tests/Isolated.Tests.csproj') {
        Invoke-Checked dotnet @('build', (Join-Path $Root $p), '-c', 'Release', '-nologo', '-v:q')
    }
    # The C API project: `dotnet build` compiles its managed code only (NativeAOT runs on publish).
    Invoke-Checked dotnet @('build', (Join-Path $Root 'src/Isolated.CApi/Isolated.CApi.csproj'), '-c', 'Release',
        '-nologo', '-v:q')
}

function Publish-Native {
    Step 'dotnet publish src/Isolated.CApi -r win-x64 (NativeAOT, best effort)'
    Invoke-Checked dotnet @('publish', (Join-Path $Root 'src/Isolated.CApi/Isolated.CApi.csproj'), '-c', 'Release',
        '-r', 'win-x64', '-o', (Join-Path $Build 'obj/publish'), '-nologo', '-v:q')
    $lib = Join-Path $Build 'lib'
    New-Item -ItemType Directory -Force $lib | Out-Null
    Copy-Item (Join-Path $Build 'obj/publish/libisolated.dll') $lib -Force
    Write-Host "    build/lib/libisolated.dll"
}

function Invoke-Tests {
    Step 'xunit: dotnet test tests/Isolated.Tests'
    $env:ISOLATED_ROOT = $Root
    & dotnet test (Join-Path $Root 'tests/Isolated.Tests/Isolated.Tests.csproj') -c Release -nologo
    $rc = $LASTEXITCODE
    Step 'Summary'
    if ($rc -eq 0) { Write-Host '    xunit: passed (native tests run on Linux only: ./build.sh test)' -ForegroundColor Green }
    else { Write-Host "    xunit: FAILED (exit $rc)" -ForegroundColor Red; exit 1 }
}

switch ($Command) {
    'build'   { Test-Prereqs; Build-Managed }
    'test'    { Test-Prereqs; Build-Managed; Invoke-Tests }
    'publish' { Test-Prereqs; Build-Managed; Publish-Native }
    'clean'   { Step 'Remove build/'; if (Test-Path $Build) { Remove-Item -Recurse -Force $Build } }
    'help'    { Get-Help $PSCommandPath -Detailed }
}
