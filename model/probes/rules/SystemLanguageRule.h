// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Facts.h"
#include "checklist/Finding.h"

namespace prep {

// pre.international: the language of the installed operating system, which the upgrade software
// must match. Whether the upgrade software does is the operator's to see: never a pass.
class SystemLanguageRule
{
public:
    static Finding evaluate(const facts::Facts &facts);
};

} // namespace prep
