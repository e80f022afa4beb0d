// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a Windows calls itself, from the numbers RtlGetVersion gives.

#include <string>

namespace prep::facts::win {

struct WindowsRelease
{
    unsigned long major = 0;
    unsigned long minor = 0;
    unsigned long build = 0;
    bool server = false;   // a server product type (domain controllers too)
    bool serverR2 = false; // GetSystemMetrics(SM_SERVERR2): only Windows Server 2003 R2 sets it
};

// "Windows Server 2003", "Windows 2000 Server", "Windows 7"; "Windows" for a version this
// program does not know yet.
std::string windowsName(const WindowsRelease &release);

// The edition that the suite bits of OSVERSIONINFOEX name: "Small Business Server",
// "Enterprise", … ; empty for none of those.
std::string suiteEdition(unsigned suiteMask);

// Small Business Server is, or was, installed: VER_SUITE_SMALLBUSINESS stays set after an SBS
// was moved to the full product, VER_SUITE_SMALLBUSINESS_RESTRICTED is its licence in force.
bool isSmallBusinessServer(unsigned suiteMask);

} // namespace prep::facts::win
