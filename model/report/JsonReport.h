// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportData.h"

#include <QByteArray>
#include <QJsonObject>

namespace prep {

// The checklist for scripts: schema "prepwizard.report/1" (README.md, "Headless check for
// technicians"). Ids and status words are the same in every language; titles and evidence follow
// the language of the report.
class JsonReport
{
public:
    static constexpr const char *schema = "prepwizard.report/1";

    static QJsonObject toJson(const ReportData &data);
    static QByteArray render(const ReportData &data);
};

} // namespace prep
