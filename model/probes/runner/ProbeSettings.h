// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "probes/runner/FactsSource.h"
#include "probes/runner/Probe.h"

#include <QString>

#include <memory>
#include <vector>

namespace prep {

// Where the background probes look and how long they may take. The defaults suit the wizard
// running on the server itself; tests point the network probes at 127.0.0.1.
struct ProbeSettings
{
    bool enabled = true; // false: nothing runs (GUI tests of the pages alone)
    QString ntpHost = QStringLiteral("pool.ntp.org");
    quint16 ntpPort = 123;
    // The clock check's other clocks (docs/clock.md): the Source's and the Destination's own time
    // services, asked over SNTP from this computer (empty host: not asked), and the Destination's
    // snapshot with the clock prepprobe --time-server measured (null: none).
    QString sourceTimeHost;
    quint16 sourceTimePort = 123;
    QString destinationTimeHost;
    quint16 destinationTimePort = 123;
    std::shared_ptr<const FactsSource> destinationFacts;
    // Reachability of the Internet: a well-known site that answers on HTTPS.
    QString internetHost = QStringLiteral("www.microsoft.com");
    quint16 internetPort = 443;
    int localTimeLimitMs = 5000;
    int networkTimeLimitMs = 3000;
    // The folder for Setup's files when the operator has not chosen one in the wizard; empty:
    // only the system volume is checked.
    QString setupVolume;
    // Null: this computer, read by a Collector on "/".
    std::shared_ptr<const FactsSource> facts;
    // Empty: every probe of ProbeRegistry. Tests put their own (one that hangs, one that throws).
    std::vector<Probe> probes;

    // Settings under which nothing runs: what a program assembled for a test gets by default.
    static ProbeSettings disabled()
    {
        ProbeSettings settings;
        settings.enabled = false;
        return settings;
    }

    int timeLimitMs(ProbeReach reach) const
    {
        return reach == ProbeReach::Network ? networkTimeLimitMs : localTimeLimitMs;
    }
};

} // namespace prep
