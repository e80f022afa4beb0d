// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Facts.h"
#include "probes/runner/Probe.h"

namespace prep {

// net.internet-info: the network settings the Internet information form starts from (adapters,
// addresses, gateway, DNS, names). The operator completes the form and confirms.
class InternetInfoRule
{
public:
    // The finding, and the form's prefilled values (InternetInfoFields keys).
    static ProbeOutput evaluate(const facts::Facts &facts);
};

} // namespace prep
