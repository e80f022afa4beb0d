// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Win32 services the service control manager knows: state, start type, account, program
// and who made the program.

#include "Facts.h"

#include <windows.h>

#include <optional>
#include <string>
#include <vector>

namespace prep::facts::win {

std::vector<ServiceFacts> listServices(std::vector<std::string> &problems);

// The program a service's command line starts, as written there: quoted or not, with its
// arguments, "\SystemRoot\" or relative to the Windows folder:
//   "\"C:\Program Files\Veritas\beremote.exe\" -s" → "C:\Program Files\Veritas\beremote.exe"
//   "system32\svchost.exe -k netsvcs"            → "%SystemRoot%\system32\svchost.exe"
std::wstring executableOf(const std::wstring &commandLine);

// Windows' service states and start types (SERVICE_RUNNING, SERVICE_AUTO_START) as Facts have
// them, and back (SERVICE_NO_CHANGE for Unknown; SERVICE_AUTO_START for AutomaticDelayed, whose
// delay is a setting of its own).
ServiceState stateOf(unsigned long state);
StartType startTypeOf(unsigned long startType);
unsigned long win32StartType(StartType type);

// The startup type of a service opened with SERVICE_QUERY_CONFIG whose QueryServiceConfig start
// type is `startType`: AutomaticDelayed for an automatic one set to wait for the others. Windows
// 2000 and 2003 have no such setting (they answer ERROR_INVALID_LEVEL, and so does Wine 8):
// there, automatic is Automatic. Nothing, with the reason, when the setting cannot be read.
std::optional<StartType> startTypeOf(SC_HANDLE service, unsigned long startType, std::string &error);

// Sets the startup type of a service opened with SERVICE_CHANGE_CONFIG and whose startup type is
// `from` now, the delay included; false with the reason. Setting Automatic clears a delay left
// from before (a Windows without the setting has none to clear); setting AutomaticDelayed where
// Windows has no such setting leaves the service Automatic and says so.
bool setStartType(SC_HANDLE service, StartType from, StartType to, std::string &error);

// The account names of LocalSystem, as services name it.
bool isLocalSystem(const std::wstring &account);

} // namespace prep::facts::win
