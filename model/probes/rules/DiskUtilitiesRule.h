// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Facts.h"
#include "checklist/Finding.h"

namespace prep {

// os.disable-disk-utilities: real-time antivirus and backup agents that are running, matched
// against KnownAgents by process and service name. Finding none proves little (the list is not
// every product), so the operator still confirms.
class DiskUtilitiesRule
{
public:
    static Finding evaluate(const facts::Facts &facts);
};

} // namespace prep
