// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Facts.h"
#include "Finding.h"
#include "SntpClient.h"

#include <QString>

namespace prep {

// net.time-sync: this computer's clock against an NTP server. Within the catalog's limit passes,
// beyond it is a blocker, no usable answer is unknown with the reason.
class TimeSyncRule
{
public:
    struct Context
    {
        QString server;               // "pool.ntp.org:123", as shown
        double maxOffsetSeconds = 0;  // the catalog's limit
        int waitedMs = 0;             // how long the query could wait
        QString timeZone;             // this computer's, for the operator to compare; may be empty
    };

    static Finding evaluate(const SntpResult &result, const Context &context, const facts::Facts &facts);
    // A snapshot's clock cannot be measured from here.
    static Finding onSnapshot(const facts::Facts &facts);
};

} // namespace prep
