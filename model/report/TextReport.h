// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/ReportData.h"

#include <QString>

namespace prep {

// The checklist as plain text for a terminal or an e-mail: glyph and status word on each task.
class TextReport
{
public:
    static QString render(const ReportData &data);
};

} // namespace prep
