// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Facts.h"
#include "checklist/Finding.h"

namespace prep {

// mail.exchange-first: Exchange 2000 (version 6.0) still installed means the Exchange upgrade is
// pending, and Windows must wait for it; Exchange 2003 (6.5) means that step is done.
class ExchangeFirstRule
{
public:
    static Finding evaluate(const facts::Facts &facts);
};

} // namespace prep
