// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Collector.h"
#include "probes/runner/FactsSource.h"

#include <string>

namespace prep {

// The facts of this computer, read afresh on every call by a Collector made for that call, so
// that concurrent probes share nothing. Tests give a fixture tree as the root and the disk sizes
// they expect.
class LiveFacts : public FactsSource
{
public:
    explicit LiveFacts(std::string root = "/", facts::DiskSpaceFunction diskSpace = {});

    facts::Facts read(const std::vector<FactsArea> &areas) const override;
    bool isSnapshot() const override { return false; }

private:
    std::string m_root;
    facts::DiskSpaceFunction m_diskSpace;
};

} // namespace prep
