// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/ReportData.h"

#include <QString>

namespace prep {

// The checklist as one HTML document with its stylesheet inside: the exported web page, and
// what the printer lays out on paper. Every text is escaped, whoever wrote it.
class HtmlReport
{
public:
    static QString render(const ReportData &data);
    // What goes between <body> and </body>, for a document that holds several reports.
    static QString body(const ReportData &data);
    // A whole document around `body`, with the stylesheet.
    static QString document(const QString &language, const QString &title, const QString &body);
    // resources/report.css, as compiled into the program.
    static QString styleSheet();
};

} // namespace prep
