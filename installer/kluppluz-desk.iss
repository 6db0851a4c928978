; Inno Setup 6 script for KluppluZ Desk: a per-user installation, no administrator rights.
;
; Build on Windows, from the root of the checkout, after the PyInstaller bundle:
;   pyinstaller --noconfirm --clean --distpath dist --workpath build installer\kluppluz-desk.spec
;   for /f %v in ('python installer\version_info.py') do iscc /DAppVersion=%v installer\kluppluz-desk.iss
; (installer\build_windows.ps1 does both.) Without /DAppVersion the version is read from the
; version resource of dist\kluppluz-desk\kluppluz-desk.exe (ISPP GetVersionNumbersString,
; "0.1.0.0" form). Either way it is kluppluz_desk.__version__: one number everywhere.
; Result: dist\kluppluz-desk-<version>-setup.exe.
;
; The program keeps its data (database, backups, logs, connection.json) in the user's
; %LOCALAPPDATA%\KluppluZDesk, never in the installation folder, so the uninstaller only
; removes the program files and leaves the data in place. This script has not been compiled
; here (no Windows on the build machine); it follows the Inno Setup 6.3 documentation.

#define AppName "KluppluZ Desk"
#define AppExe "kluppluz-desk.exe"
#define BundleDir AddBackslash(SourcePath) + "..\dist\kluppluz-desk"

#ifndef AppVersion
  #if !FileExists(BundleDir + "\" + AppExe)
    #error "Bouw eerst de bundel (dist\kluppluz-desk) of geef /DAppVersion=... mee."
  #endif
  #define AppVersion GetVersionNumbersString(BundleDir + "\" + AppExe)
#endif

[Setup]
; The AppId ties upgrades and the uninstaller together: never change it ("{{" escapes "{").
AppId={{5D7C2F4A-8E1B-4C39-9A66-2B0E7D41C3F8}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=KluppluZ Desk developers
; Per user, without a UAC prompt: {autopf} becomes {userpf}
; (%LOCALAPPDATA%\Programs), {autoprograms} and {autodesktop} the user's own Start menu
; and desktop.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=kluppluz-desk-{#AppVersion}-setup
SetupIconFile=..\resources\images\kluppluz-desk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; A running KluppluZ Desk is asked to close before its files are replaced.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the program as a whole: no module of the previous version stays behind.
; Only the program's own folder; the user's data is elsewhere.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#StringChange(AppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] section on purpose: the database, its backups and the logs in
; %LOCALAPPDATA%\KluppluZDesk stay when the program is removed (see docs/installing.md).
