// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Facts.h"
#include "checklist/Finding.h"

namespace prep {

// net.network-config: the Source Server's network configuration as the collector read it (its
// adapters and addresses, default gateways and DNS servers), for the operator to verify. The
// document gives no procedure and no figure to compare with: never a pass.
class NetworkConfigRule
{
public:
    static Finding evaluate(const facts::Facts &facts);
};

} // namespace prep
