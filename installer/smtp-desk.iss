; Inno Setup script for SMTP Desk: a per-user install (no administrator rights) with
; Start-menu and desktop shortcuts. The uninstaller removes the program only; the office's
; data folder (%LOCALAPPDATA%\SMTP Desk) and the password in Windows Credential Manager stay
; unless the person ticks "also remove my data" when asked.
;
; Build on Windows after `make bundle`:  iscc /DMyAppVersion=0.1.0 installer\smtp-desk.iss

#ifndef MyAppVersion
  #define MyAppVersion "0.1.0"
#endif

[Setup]
AppId={{5B7C2E1A-6F0B-4C55-9A1E-3D2B8E0F7A11}
AppName=SMTP Desk
AppVersion={#MyAppVersion}
AppPublisher=SMTP Desk
DefaultDirName={localappdata}\Programs\SMTP Desk
DefaultGroupName=SMTP Desk
PrivilegesRequired=lowest
OutputDir=..\dist
OutputBaseFilename=SMTP-Desk-Setup-{#MyAppVersion}
SetupIconFile=..\resources\icon.ico
UninstallDisplayIcon={app}\smtp-desk-gui.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Tasks]
Name: "desktopicon"; Description: "Create a desktop shortcut"; GroupDescription: "Shortcuts:"

[Files]
Source: "..\dist\smtp-desk\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\SMTP Desk"; Filename: "{app}\smtp-desk-gui.exe"
Name: "{group}\SMTP Desk (practice)"; Filename: "{app}\smtp-desk-gui.exe"; Parameters: "demo"
Name: "{userdesktop}\SMTP Desk"; Filename: "{app}\smtp-desk-gui.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\smtp-desk.exe"; Parameters: "self-test"; Flags: runhidden waituntilterminated; StatusMsg: "Checking the installation…"

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep = usPostUninstall then
    if MsgBox('Also remove your SMTP Desk data (settings, members, the dispatch register)?',
              mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
      DelTree(ExpandConstant('{localappdata}\SMTP Desk'), True, True, True);
end;
