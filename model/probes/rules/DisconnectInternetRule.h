// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Facts.h"
#include "checklist/Finding.h"
#include "probes/net/ReachabilityCheck.h"

#include <QString>

namespace prep {

// net.disconnect-internet: whether this computer still reaches a host on the Internet. Reaching
// it is a warning (disconnect the device, unless it is a firewall); not reaching it is evidence
// the operator confirms, since the device must stay connected to the server.
class DisconnectInternetRule
{
public:
    static Finding evaluate(const ReachabilityResult &result, const QString &host, quint16 port, int waitedMs);
    // A snapshot's server cannot be tested from here.
    static Finding onSnapshot(const facts::Facts &facts);
};

} // namespace prep
