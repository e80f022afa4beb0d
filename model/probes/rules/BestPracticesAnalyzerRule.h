// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Facts.h"
#include "checklist/Finding.h"

namespace prep {

// os.bpa: whether a Best Practices Analyzer is among the installed programs (to run it) or not (to
// download it first). The scan and its issues are the operator's: never a pass.
class BestPracticesAnalyzerRule
{
public:
    static Finding evaluate(const facts::Facts &facts);
};

} // namespace prep
