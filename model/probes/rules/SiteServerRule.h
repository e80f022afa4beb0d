// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Facts.h"
#include "checklist/Finding.h"

namespace prep {

// app.bo45-site-server: Site Server or the Intranet Starter Site among the installed programs and
// services. Found or not, planning their replacement is the operator's: never a pass.
class SiteServerRule
{
public:
    static Finding evaluate(const facts::Facts &facts);
};

} // namespace prep
