// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Facts.h"

#include <QDateTime>

#include <string>
#include <vector>

namespace prep {

// The parts of facts::Facts a probe can ask for; each is one Collector method.
enum class FactsArea {
    Os,
    Cpu,
    Memory,
    Volumes,
    Services,
    Processes,
    Sessions,
    Network,
    Firmware,
    Virtualization,
    Programs,
    Exchange,
    Clock,
};

// Where the probes' facts come from: this computer (LiveFacts) or a server's snapshot
// (SnapshotFacts). The rules see the same facts::Facts either way.
class FactsSource
{
public:
    virtual ~FactsSource() = default;

    // The requested areas, with the host name, platform and time of collection, and the problems
    // met while reading those areas (in words). Called on worker threads, several at once: an
    // implementation keeps no mutable state.
    virtual facts::Facts read(const std::vector<FactsArea> &areas) const = 0;

    // True when the facts describe another machine at an earlier moment: network probes then
    // cannot speak for it.
    virtual bool isSnapshot() const = 0;
    // When a snapshot's facts were collected (what its findings are dated with); invalid for
    // this computer, whose findings are dated when they are made.
    virtual QDateTime collectedAt() const { return {}; }

    // The words a collector puts before the problems of an area ("Firmware: cannot read …").
    static std::vector<std::string> problemLabels(FactsArea area);
};

} // namespace prep
