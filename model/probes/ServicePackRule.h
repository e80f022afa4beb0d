// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Facts.h"
#include "Finding.h"

#include <QString>

namespace prep {

// os.updates: the service pack the operating system reports. Which updates and service packs are
// still missing only Windows Update can tell: the finding shows what is installed, never a pass.
class ServicePackRule
{
public:
    static Finding evaluate(const facts::Facts &facts);
    // The number of "Service Pack N" in a version text ("5.2.3790 Service Pack 2"), 0 for none.
    static int servicePack(const QString &version);
};

} // namespace prep
