// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Win32 services the service control manager knows: state, start type, account, program
// and who made the program.

#include "Facts.h"

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
// them, and back (SERVICE_NO_CHANGE for Unknown).
ServiceState stateOf(unsigned long state);
StartType startTypeOf(unsigned long startType);
unsigned long win32StartType(StartType type);

// The account names of LocalSystem, as services name it.
bool isLocalSystem(const std::wstring &account);

} // namespace prep::facts::win
