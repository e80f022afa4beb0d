// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Facts.h"
#include "catalog/UpgradePath.h"
#include "checklist/Finding.h"

#include <QString>

namespace prep {

// hw.requirements: processor, 64-bit, memory and disk against the target's sourced requirement
// table. Without a table the measured values are shown with a request to compare them with the
// target's documentation. When the target goes on a new computer (a migration), this computer's
// shortfalls are warnings: the figures that count are the Destination Server's.
class HardwareRequirementsRule
{
public:
    struct Target
    {
        QString name;                            // "Windows Server Essentials"
        const RequirementTable *table = nullptr; // null: no sourced figures
        bool newComputer = false;                // migration to a Destination Server
        // The facts are the Destination Server's own (its snapshot): a shortfall there is a
        // Must fix, not a warning about the wrong machine.
        bool factsOfDestination = false;
    };

    static Finding evaluate(const facts::Facts &facts, const Target &target);
};

} // namespace prep
