// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/runner/FactsSource.h"

namespace prep {

std::vector<std::string> FactsSource::problemLabels(FactsArea area)
{
    // As the collectors write them (model/facts/linux/LinuxCollector.cpp).
    switch (area) {
    case FactsArea::Os:
        return {"Operating system"};
    case FactsArea::Cpu:
        return {"CPU"};
    case FactsArea::Memory:
        return {"Memory"};
    case FactsArea::Volumes:
        return {"Volumes"};
    case FactsArea::Services:
        return {"Services"};
    case FactsArea::Processes:
        return {"Processes"};
    case FactsArea::Sessions:
        return {"Sessions"};
    case FactsArea::Network:
        return {"Network", "Host name"};
    case FactsArea::Firmware:
        return {"Firmware"};
    case FactsArea::Virtualization:
        return {"Virtualization"};
    case FactsArea::Programs:
        return {"Programs"};
    case FactsArea::Exchange:
        return {"Exchange"};
    case FactsArea::Clock:
        return {"Clock"};
    }
    return {};
}

} // namespace prep
