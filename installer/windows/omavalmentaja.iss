; Inno Setup script: a per-user installer of the one-folder build (dist\omavalmentaja\), no admin rights.
; Built by .github/workflows/build.yml on a Windows runner:  iscc /DAppVersion=0.1.0 installer\windows\omavalmentaja.iss
; Not built or run on the development machine (Linux); see README.md, "Untested here".
;
; - Installs into %LOCALAPPDATA%\Programs\Omavalmentaja (per user: PrivilegesRequired=lowest).
; - A Start-menu shortcut; no desktop icon unless the user asks for one.
; - Upgrades in place: the same AppId, so a newer installer replaces the program files and keeps the vault.
; - The uninstaller removes only the program files it installed. The vault lives elsewhere, in
;   %LOCALAPPDATA%\omavalmentaja (platformdirs' user data folder), which no [UninstallDelete] entry names:
;   it is never deleted.
; - No file association for .omvkey or .omvb yet: the program has no "open this file" start (enrolment and
;   import are chosen on the Synkronointi page), so an association would start a program that ignores the file.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{6F1C9F0E-2B7A-4C55-9E0B-5E3F7A1D2C84}
AppName=Omavalmentaja
AppVersion={#AppVersion}
AppPublisher=Omavalmentaja
DefaultDirName={localappdata}\Programs\Omavalmentaja
DefaultGroupName=Omavalmentaja
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=
OutputDir=..\..\dist
OutputBaseFilename=omavalmentaja-{#AppVersion}-windows-setup
SetupIconFile=..\..\resources\icons\omavalmentaja.ico
UninstallDisplayIcon={app}\omavalmentaja.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
CloseApplications=yes

[Languages]
; Inno Setup ships no Swedish wizard texts; Swedish-speaking users get the English wizard
Name: "fi"; MessagesFile: "compiler:Languages\Finnish.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; an upgrade starts from a clean program folder, so files a newer build no longer has do not linger
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\..\dist\omavalmentaja\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Omavalmentaja"; Filename: "{app}\omavalmentaja.exe"; WorkingDir: "{userdocs}"
Name: "{userdesktop}\Omavalmentaja"; Filename: "{app}\omavalmentaja.exe"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Run]
Filename: "{app}\omavalmentaja.exe"; Description: "{cm:LaunchProgram,Omavalmentaja}"; Flags: nowait postinstall skipifsilent
