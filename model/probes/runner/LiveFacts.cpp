// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/runner/LiveFacts.h"

#include <ctime>
#include <utility>

namespace prep {

LiveFacts::LiveFacts(std::string root, facts::DiskSpaceFunction diskSpace)
    : m_root(std::move(root)), m_diskSpace(std::move(diskSpace))
{
}

facts::Facts LiveFacts::read(const std::vector<FactsArea> &areas) const
{
    facts::Collector collector(m_root);
    if (m_diskSpace)
        collector.setDiskSpaceFunction(m_diskSpace);
    facts::Facts result;
    result.platform = facts::Collector::platform();
    result.collectorVersion = facts::Collector::version();
    result.collectedAt = static_cast<std::int64_t>(std::time(nullptr));
    // The host name comes with the network area; other areas do not need it.
    for (FactsArea area : areas) {
        switch (area) {
        case FactsArea::Os:
            result.os = collector.os();
            break;
        case FactsArea::Cpu:
            result.cpu = collector.cpu();
            break;
        case FactsArea::Memory:
            result.memory = collector.memory();
            break;
        case FactsArea::Volumes:
            result.volumes = collector.volumes();
            break;
        case FactsArea::Services:
            result.services = collector.services();
            break;
        case FactsArea::Processes:
            result.processes = collector.processes();
            break;
        case FactsArea::Sessions:
            result.sessions = collector.sessions();
            break;
        case FactsArea::Network:
            result.network = collector.network();
            break;
        case FactsArea::Firmware:
            result.firmware = collector.firmware();
            break;
        case FactsArea::Virtualization:
            result.virtualization = collector.virtualization();
            break;
        case FactsArea::Programs:
            result.programs = collector.programs();
            break;
        case FactsArea::Exchange:
            result.exchange = collector.exchange();
            break;
        case FactsArea::Clock:
            result.clock = collector.clock();
            break;
        }
    }
    result.problems = collector.problems();
    return result;
}

} // namespace prep
