// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/ReportData.h"

#include <QString>

namespace prep {

// The checklist as Markdown, for a ticket or a wiki page. Texts are escaped so that a note with
// `*` or `<b>` shows those characters instead of changing the page.
class MarkdownReport
{
public:
    static QString render(const ReportData &data);
    static QString escaped(const QString &text);
};

} // namespace prep
