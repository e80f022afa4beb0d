// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportData.h"

#include <QString>

namespace prep {

// The checklist as one HTML document with its stylesheet inside: the exported web page, and
// what the printer lays out on paper. Every text is escaped, whoever wrote it.
class HtmlReport
{
public:
    static QString render(const ReportData &data);
    // resources/report.css, as compiled into the program.
    static QString styleSheet();
};

} // namespace prep
