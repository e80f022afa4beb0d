// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The server each upgrade path starts from, as Windows describes itself: the kernel's version
// (4.0 Windows NT 4.0, 5.0 Windows 2000, 5.2 Windows Server 2003, 6.0 Windows Server 2008, 6.1
// Windows Server 2008 R2, 6.2 and 6.3 Windows Server 2012 and 2012 R2), the Small Business Server
// suite and the Exchange version (6.0 Exchange 2000 Server, 6.5 Exchange Server 2003, 14 Exchange
// Server 2010, which Windows SBS 2011 Standard comes with). Foundation and Essentials are editions
// Windows does not report, nor which BackOffice or Small Business Server 4.x is installed: those
// paths are only told apart by what does not match. A snapshot preselects the path its server matches, and a chosen path it
// does not match is said on the path page (PathMatch).

#include "catalog/Catalog.h"

#include <cstring>
#include <utility>

namespace prep {

void applyPathServers(std::vector<UpgradePath> &paths)
{
    using S = SbsEdition;
    static const std::pair<const char *, PathServer> servers[] = {
        {"sbs2000-to-sbs2003", {{"5.0"}, S::Required}},
        {"sbs2003-upgrade", {{"5.2"}, S::Required}},
        {"exchange2000-to-exchange2003", {{"5.0"}, S::Excluded, "6.0"}},
        {"w2k-exchange2003-to-ws2003", {{"5.0"}, S::Excluded, "6.5"}},
        {"w2k-exchange2000-to-ws2003", {{"5.0"}, S::Excluded, "6.0"}},
        {"bo25-to-ws2003", {{"4.0"}, S::Excluded, nullptr, "BackOffice Server 2.5"}},
        {"bo40-to-ws2003", {{"4.0"}, S::Excluded, nullptr, "BackOffice Server 4.0"}},
        {"bo40-uninstall-to-ws2003", {{"4.0"}, S::Excluded, nullptr, "BackOffice Server 4.0"}},
        {"bo45-to-ws2003", {{"4.0"}, S::Excluded, nullptr, "BackOffice Server 4.5"}},
        {"sbs40-to-ws2003", {{"4.0"}, S::Required, nullptr, "Small Business Server 4.0"}},
        {"sbs45-to-ws2003", {{"4.0"}, S::Required, nullptr, "Small Business Server 4.5"}},
        {"sbs2003-to-essentials", {{"5.2"}, S::Required}},
        {"sbs2008-to-essentials", {{"6.0"}, S::Required}},
        {"sbs2011-to-essentials", {{"6.1"}, S::Required, "14"}},
        {"ws2003-to-essentials", {{"5.2"}, S::Excluded}},
        {"sbs2011essentials-to-essentials", {{"6.1"}, S::Any, nullptr, "Essentials"}},
        {"ws2008foundation-to-essentials", {{"6.0", "6.1"}, S::Excluded, nullptr, "Foundation"}},
        {"wse-to-essentials", {{"6.2", "6.3"}, S::Any, nullptr, "Essentials"}},
        // Windows reports the same 6.2 for Windows Server 2012 and Windows Server 2012 Essentials.
        {"ws2012-to-essentials", {{"6.2"}, S::Excluded, nullptr, "not Essentials"}},
    };
    for (UpgradePath &path : paths) {
        for (const auto &[id, server] : servers) {
            if (std::strcmp(path.id, id) == 0)
                path.server = server;
        }
    }
}

} // namespace prep
