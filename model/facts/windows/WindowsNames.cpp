// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WindowsNames.h"

#include <windows.h>

#include <utility>

namespace prep::facts::win {

namespace {

// Windows 10, 11 and Server 2016 onwards all say 10.0: the build tells them apart.
std::string windows10Name(unsigned long build, bool server)
{
    if (!server)
        return build >= 22000 ? "Windows 11" : "Windows 10";
    if (build >= 26100)
        return "Windows Server 2025";
    if (build >= 20348)
        return "Windows Server 2022";
    if (build >= 17763)
        return "Windows Server 2019";
    return "Windows Server 2016";
}

} // namespace

std::string windowsName(const WindowsRelease &release)
{
    const bool server = release.server;
    const auto version = std::make_pair(release.major, release.minor);
    if (version == std::make_pair(5ul, 0ul))
        return server ? "Windows 2000 Server" : "Windows 2000 Professional";
    if (version == std::make_pair(5ul, 1ul))
        return "Windows XP";
    if (version == std::make_pair(5ul, 2ul)) {
        if (!server)
            return "Windows XP Professional x64 Edition";
        return release.serverR2 ? "Windows Server 2003 R2" : "Windows Server 2003";
    }
    if (version == std::make_pair(6ul, 0ul))
        return server ? "Windows Server 2008" : "Windows Vista";
    if (version == std::make_pair(6ul, 1ul))
        return server ? "Windows Server 2008 R2" : "Windows 7";
    if (version == std::make_pair(6ul, 2ul))
        return server ? "Windows Server 2012" : "Windows 8";
    if (version == std::make_pair(6ul, 3ul))
        return server ? "Windows Server 2012 R2" : "Windows 8.1";
    if (version == std::make_pair(10ul, 0ul))
        return windows10Name(release.build, server);
    return "Windows";
}

std::string suiteEdition(unsigned suiteMask)
{
    if (isSmallBusinessServer(suiteMask))
        return "Small Business Server";
    static const std::pair<unsigned, const char *> editions[] = {{VER_SUITE_DATACENTER, "Datacenter"},
                                                                 {VER_SUITE_ENTERPRISE, "Enterprise"},
                                                                 {VER_SUITE_BLADE, "Web Edition"},
                                                                 {VER_SUITE_STORAGE_SERVER, "Storage Server"},
                                                                 {VER_SUITE_COMPUTE_SERVER, "Compute Cluster"},
                                                                 {VER_SUITE_WH_SERVER, "Home Server"}};
    for (const auto &[bit, edition] : editions)
        if (suiteMask & bit)
            return edition;
    return {};
}

bool isSmallBusinessServer(unsigned suiteMask)
{
    return (suiteMask & (VER_SUITE_SMALLBUSINESS | VER_SUITE_SMALLBUSINESS_RESTRICTED)) != 0;
}

} // namespace prep::facts::win
