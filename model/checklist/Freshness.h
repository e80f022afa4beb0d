// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/Finding.h"

#include <QDateTime>
#include <QString>

namespace prep {

// How old a finding may be before the upgrade. Microsoft's preparation tool holds its results
// for 14 days; older ones are "stale": they ask for a new check and never make the verdict Ready.
struct Freshness
{
    static constexpr int defaultMaxAgeDays = 14;
    static constexpr int maxMaxAgeDays = 3650; // what --max-age and the setting accept, from 1

    // A check's result older than `maxAgeDays` (or of no known time) on `now`.
    static bool isStale(const Finding &finding, int maxAgeDays, const QDateTime &now);
    // "checked 3 days ago", "checked 5 hours ago", "checked just now"; empty for no time.
    static QString ageText(const QDateTime &checkedAt, const QDateTime &now);
    // Whole days between the check and `now` (0 on the day itself).
    static qint64 ageDays(const QDateTime &checkedAt, const QDateTime &now);
};

} // namespace prep
