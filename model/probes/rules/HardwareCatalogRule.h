// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Facts.h"
#include "checklist/Finding.h"

namespace prep {

// hw.compat: the hardware to look up in the Windows Server Catalog, as the collector read it (the
// maker of the firmware, the processor, the memory, the network adapters). The lookup is the
// operator's: never a pass.
class HardwareCatalogRule
{
public:
    static Finding evaluate(const facts::Facts &facts);
};

} // namespace prep
