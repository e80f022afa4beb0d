// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Facts.h"
#include "checklist/Finding.h"

#include <vector>

namespace prep {

// The installed programs the collector lists, those not from Microsoft first (Microsoft's are
// listed too, never left out): the server applications to check for compatibility (os.app-compat), and where the line-of-business
// applications are to be found (app.lob-plan). Which of them are compatible, or vital to the
// business, is the operator's to find out: never a pass.
class InstalledProgramsRule
{
public:
    static Finding compatibility(const facts::Facts &facts);
    static Finding lineOfBusiness(const facts::Facts &facts);

    // The programs whose publisher is not Microsoft, in the collector's order.
    static std::vector<facts::ProgramFacts> otherPublishers(const facts::Facts &facts);
    static bool fromMicrosoft(const facts::ProgramFacts &program);
    // "Name, version 1.2, from Publisher", one program on one line.
    static LocalizedText programLine(const facts::ProgramFacts &program);
};

} // namespace prep
