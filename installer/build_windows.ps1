# Build the Windows bundle and installer of KluppluZ Desk (run from any folder, in PowerShell).
#   powershell -ExecutionPolicy Bypass -File installer\build_windows.ps1
# Needs Python 3.11 (python.org, 64-bit) and Inno Setup 6.3 or later (iscc.exe on PATH or in
# its default folder). Result: dist\kluppluz-desk\ (the bundle, self-tested) and
# dist\kluppluz-desk-<version>-setup.exe. Not run on the project's (Linux) build machine.
$ErrorActionPreference = "Stop"
Set-Location (Split-Path -Parent $PSScriptRoot)

if (-not (Test-Path .venv\Scripts\python.exe)) { python -m venv .venv }
.venv\Scripts\python.exe -m pip install -q --upgrade pip
.venv\Scripts\python.exe -m pip install -q -c installer\constraints.txt -e ".[bundle]"

$version = (.venv\Scripts\python.exe installer\version_info.py).Trim()
.venv\Scripts\pyinstaller.exe --noconfirm --clean --distpath dist --workpath build installer\kluppluz-desk.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller is mislukt." }

# kluppluz-desk-cli.exe is the console twin of the windowed program: it prints the lines.
& dist\kluppluz-desk\kluppluz-desk-cli.exe --self-test
if ($LASTEXITCODE -ne 0) { throw "Zelftest van de bundel is mislukt." }

$iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
& $iscc "/DAppVersion=$version" installer\kluppluz-desk.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup is mislukt." }
Write-Host "Klaar: dist\kluppluz-desk-$version-setup.exe"
