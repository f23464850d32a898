; Inno Setup script for Kenttä on Windows (Inno Setup 6.3 or later). Saved as UTF-8 with a BOM,
; which Inno Setup needs for the "ä".
;
; Build the one-folder bundle on Windows first (installer/README.md), then, from the repository root:
;   iscc /DAppVersion=0.1.0 installer\windows\kentta.iss
; with the version written in pyproject.toml. The result is dist\kentta-<version>-setup.exe.
;
; It installs the bundle into Program Files (or, for a user without administrator rights, into
; their own programs folder), adds a Start menu entry and optionally a desktop shortcut to
; kentta-gui.exe, and registers an uninstaller. The uninstaller removes only what setup installed:
; each user's profile folder (%LOCALAPPDATA%\Kentta, with the encrypted database, its backups and
; logs) and the key in the Windows Credential Manager are left alone, so a reinstall or an upgrade
; finds them again.

#ifndef AppVersion
  #error Give the version from pyproject.toml: iscc /DAppVersion=X.Y.Z installer\windows\kentta.iss
#endif
#define AppName "Kenttä"
#define AppExe "kentta-gui.exe"
#define BundleDir "..\..\dist\kentta"

[Setup]
; The AppId identifies Kenttä for upgrades and the uninstaller: never change it.
AppId={{6B0F3C1E-7A52-4C8D-9E61-2F4A8D3B5C70}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Kenttä project
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\Kentta
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=kentta-{#AppVersion}-setup
SetupIconFile=kentta.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "finnish"; MessagesFile: "compiler:Languages\Finnish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] and no [Code] that touches {localappdata}\Kentta: per-user data stays.
