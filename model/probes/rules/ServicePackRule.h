// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Facts.h"
#include "checklist/Finding.h"

#include <QString>

namespace prep {

// os.updates: the service pack the operating system reports. Which updates and service packs are
// still missing only Windows Update can tell: the finding shows what is installed, never a pass.
class ServicePackRule
{
public:
    // `pathId`: the chosen path's id (empty for none). The evaluation-version advice (Knowledge
    // Base article 932600) is the sbs2003-upgrade path's; on sbs2000-to-sbs2003 the service pack
    // read is Windows 2000's, not Small Business Server 2000 SP1 (task os.sbs2000-sp1).
    static Finding evaluate(const facts::Facts &facts, const QString &pathId = {});
    // The number of "Service Pack N" in a version text ("5.2.3790 Service Pack 2"), 0 for none.
    static int servicePack(const QString &version);
};

} // namespace prep
