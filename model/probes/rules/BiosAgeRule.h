// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Facts.h"
#include "checklist/Finding.h"

#include <QDateTime>

namespace prep {

// hw.drivers-bios: shows the BIOS vendor, version and date, and warns when the BIOS is older than
// the catalog's figure. Whether it is the latest only the manufacturer can say, so a younger BIOS
// stays for the operator to confirm.
class BiosAgeRule
{
public:
    static Finding evaluate(const facts::Facts &facts, const QDateTime &now, double maxAgeYears);
};

} // namespace prep
