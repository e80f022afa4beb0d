// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Facts.h"
#include "checklist/Finding.h"

namespace prep {

// mail.essentials-no-exchange: whether this server hosts Exchange, whose email must move before
// the migration (Windows Server Essentials has no email service).
class EssentialsEmailRule
{
public:
    static Finding evaluate(const facts::Facts &facts);
    // Exchange is installed, or its Information Store service is there.
    static bool hostsExchange(const facts::Facts &facts);
};

} // namespace prep
