// SPDX-License-Identifier: GPL-3.0-or-later
#include "Collector.h"

#include <algorithm>
#include <ctime>

namespace prep::facts {

void Collector::setDiskSpaceFunction(DiskSpaceFunction function)
{
    diskSpace_ = std::move(function);
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
    // Areas read some files twice (the host name for the network too): say each problem once.
    for (const std::string &problem : problems_)
        if (std::find(facts.problems.begin(), facts.problems.end(), problem) == facts.problems.end())
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
