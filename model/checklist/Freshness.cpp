// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklist/Freshness.h"

#include <QCoreApplication>

#include <algorithm>

namespace prep {

bool Freshness::isStale(const Finding &finding, int maxAgeDays, const QDateTime &now)
{
    if (!isCheckResult(finding.status))
        return false;
    return !finding.checkedAt.isValid() || finding.checkedAt.addDays(maxAgeDays) < now;
}

qint64 Freshness::ageDays(const QDateTime &checkedAt, const QDateTime &now)
{
    return std::max<qint64>(0, checkedAt.secsTo(now) / (24 * 3600));
}

QString Freshness::ageText(const QDateTime &checkedAt, const QDateTime &now)
{
    if (!checkedAt.isValid())
        return {};
    const qint64 seconds = std::max<qint64>(0, checkedAt.secsTo(now));
    if (seconds < 60)
        return QCoreApplication::translate("Freshness", "checked just now");
    if (seconds < 3600) {
        const int minutes = int(seconds / 60);
        return QCoreApplication::translate("Freshness", "checked %n minute(s) ago", nullptr, minutes);
    }
    if (seconds < 24 * 3600) {
        const int hours = int(seconds / 3600);
        return QCoreApplication::translate("Freshness", "checked %n hour(s) ago", nullptr, hours);
    }
    const int days = int(ageDays(checkedAt, now));
    return QCoreApplication::translate("Freshness", "checked %n day(s) ago", nullptr, days);
}

} // namespace prep
