// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/ReportData.h"

#include <QByteArray>
#include <QJsonObject>

namespace prep {

// The checklist for scripts: schema "prepwizard.report/1" (docs/report-schema.md). Ids and status
// words are the same in every language; titles and evidence follow the language of the report.
class JsonReport
{
public:
    static constexpr const char *schema = "prepwizard.report/1";

    // The report without its fingerprint.
    static QJsonObject toJson(const ReportData &data);
    // The report as written: with "fingerprint", the SHA-256 of the rest (ReportFingerprint).
    static QByteArray render(const ReportData &data);
    // What every format prints as the report's fingerprint: that of its JSON form.
    static QString fingerprint(const ReportData &data);
};

} // namespace prep
