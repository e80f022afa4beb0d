// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklist/FindingChange.h"

#include <QCoreApplication>
#include <QStringList>

namespace prep {

namespace {
// How bad a result is; results of the same weight are compared by their measured values.
int weight(ItemStatus status)
{
    switch (status) {
    case ItemStatus::Blocker:
        return 3;
    case ItemStatus::Warning:
        return 2;
    case ItemStatus::Unknown:
        return 1;
    default:
        return 0;
    }
}
} // namespace

FindingChange findingChange(ItemStatus before, ItemStatus after, const QString &measuredBefore,
                            const QString &measuredAfter)
{
    if (!isCheckResult(after))
        return FindingChange::None; // not checked now
    if (!isCheckResult(before))
        return isAdverse(after) ? FindingChange::New : FindingChange::None;
    if (before == after)
        return !measuredBefore.isEmpty() && !measuredAfter.isEmpty() && measuredBefore != measuredAfter
            ? FindingChange::Changed
            : FindingChange::None;
    if (isAdverse(before) && isAdverse(after))
        return weight(after) > weight(before) ? FindingChange::Worse : FindingChange::Better;
    if (isAdverse(after))
        return FindingChange::New;
    if (isAdverse(before) && after != ItemStatus::Unknown)
        return FindingChange::Fixed;
    return FindingChange::Changed;
}

QString findingChangeId(FindingChange change)
{
    switch (change) {
    case FindingChange::None:
        break;
    case FindingChange::New:
        return QStringLiteral("new");
    case FindingChange::Fixed:
        return QStringLiteral("fixed");
    case FindingChange::Worse:
        return QStringLiteral("worse");
    case FindingChange::Better:
        return QStringLiteral("better");
    case FindingChange::Changed:
        return QStringLiteral("changed");
    }
    return {};
}

QString findingChangeTitle(FindingChange change)
{
    switch (change) {
    case FindingChange::None:
        break;
    case FindingChange::New:
        return QCoreApplication::translate("FindingChange", "New", "a problem the earlier check did not find");
    case FindingChange::Fixed:
        return QCoreApplication::translate("FindingChange", "Fixed");
    case FindingChange::Worse:
        return QCoreApplication::translate("FindingChange", "Worse");
    case FindingChange::Better:
        return QCoreApplication::translate("FindingChange", "Better");
    case FindingChange::Changed:
        return QCoreApplication::translate("FindingChange", "Changed");
    }
    return {};
}

int ChangeCounts::total() const
{
    int sum = 0;
    for (const int n : byChange)
        sum += n;
    return sum;
}

QString ChangeCounts::text() const
{
    QStringList parts;
    if (const int n = count(FindingChange::New))
        parts.append(QCoreApplication::translate("FindingChange", "%n new", nullptr, n));
    if (const int n = count(FindingChange::Fixed))
        parts.append(QCoreApplication::translate("FindingChange", "%n fixed", nullptr, n));
    if (const int n = count(FindingChange::Worse))
        parts.append(QCoreApplication::translate("FindingChange", "%n worse", nullptr, n));
    if (const int n = count(FindingChange::Better))
        parts.append(QCoreApplication::translate("FindingChange", "%n better", nullptr, n));
    if (const int n = count(FindingChange::Changed))
        parts.append(QCoreApplication::translate("FindingChange", "%n changed otherwise", nullptr, n));
    return parts.join(QCoreApplication::translate("Readiness", ", ", "between the parts of what is left"));
}

} // namespace prep
