// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Collector.h"

#include "FactsJson.h"

#include <algorithm>
#include <set>
#include <ctime>

namespace prep::facts {

void Collector::setDiskSpaceFunction(DiskSpaceFunction function)
{
    diskSpace_ = std::move(function);
}

template<typename T> void Collector::cut(std::vector<T> &items, const char *what)
{
    if (items.size() <= maxListItems)
        return;
    problems_.push_back(std::string("Only the first ") + std::to_string(maxListItems) + " of " +
                        std::to_string(items.size()) + " " + what + " are listed");
    items.resize(maxListItems);
}

Facts Collector::all()
{
    problems_.clear();
    Facts facts;
    facts.hostName = hostName();
    facts.collectedAt = static_cast<std::int64_t>(std::time(nullptr));
    facts.collectorVersion = version();
    facts.platform = platform();
    facts.os = os();
    facts.cpu = cpu();
    facts.memory = memory();
    facts.volumes = volumes();
    facts.services = services();
    facts.processes = processes();
    facts.sessions = sessions();
    facts.network = network();
    facts.firmware = firmware();
    facts.virtualization = virtualization();
    facts.programs = programs();
    facts.exchange = exchange();
    facts.clock = clock();
    // A snapshot that lists more than a reader takes would be refused whole: keep the first ones.
    cut(facts.volumes, "volumes");
    cut(facts.services, "services");
    cut(facts.processes, "processes");
    cut(facts.sessions, "sessions");
    cut(facts.network.adapters, "network adapters");
    cut(facts.programs, "programs");
    // Areas read some files twice (the host name for the network too): say each problem once.
    std::set<std::string> said;
    for (const std::string &problem : problems_)
        if (facts.problems.size() < maxListItems && said.insert(problem).second)
            facts.problems.push_back(problem);
    return facts;
}

const std::vector<std::string> &Collector::problems() const
{
    return problems_;
}

std::string Collector::version()
{
    return PREP_VERSION;
}

} // namespace prep::facts
