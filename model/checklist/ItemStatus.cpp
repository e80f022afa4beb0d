// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklist/ItemStatus.h"

#include <QCoreApplication>

namespace prep {

namespace {
struct StatusText
{
    ItemStatus status;
    const char *id;
    const char *title;
    const char *glyph;
};

constexpr StatusText statusTexts[] = {
    {ItemStatus::Pending, "pending", QT_TRANSLATE_NOOP("Status", "To do"), "\u2610"},
    {ItemStatus::Running, "running", QT_TRANSLATE_NOOP("Status", "Checking…"), "\u231B"},
    {ItemStatus::Passed, "passed", QT_TRANSLATE_NOOP("Status", "Passed"), "\u2714"},
    {ItemStatus::Warning, "warning", QT_TRANSLATE_NOOP("Status", "Warning"), "\u26A0"},
    {ItemStatus::Blocker, "blocker", QT_TRANSLATE_NOOP("Status", "Must fix"), "\u2612"},
    {ItemStatus::Unknown, "unknown", QT_TRANSLATE_NOOP("Status", "Could not check"), "?"},
    {ItemStatus::Confirmed, "confirmed", QT_TRANSLATE_NOOP("Status", "Done"), "\u2611"},
    {ItemStatus::Waived, "waived", QT_TRANSLATE_NOOP("Status", "Risk accepted"), "\u2691"},
    {ItemStatus::NotApplicable, "not-applicable", QT_TRANSLATE_NOOP("Status", "Does not apply"), "\u2014"},
    {ItemStatus::NeedsReview, "needs-review", QT_TRANSLATE_NOOP("Status", "Needs review"), "\u21BB"},
};

const StatusText &textOf(ItemStatus status)
{
    return statusTexts[static_cast<int>(status)];
}
} // namespace

QString statusId(ItemStatus status)
{
    return QString::fromLatin1(textOf(status).id);
}

bool statusFromId(const QString &id, ItemStatus *status)
{
    for (const StatusText &text : statusTexts) {
        if (id == QLatin1String(text.id)) {
            *status = text.status;
            return true;
        }
    }
    return false;
}

QString statusTitle(ItemStatus status)
{
    return QCoreApplication::translate("Status", textOf(status).title);
}

QString statusTitle(ItemStatus shown, ItemStatus found)
{
    if (shown != ItemStatus::Waived || found == ItemStatus::Pending)
        return statusTitle(shown);
    return QCoreApplication::translate("Status", "%1 (%2)", "risk accepted (what the wizard found)")
        .arg(statusTitle(shown), statusTitle(found));
}

QString statusGlyph(ItemStatus status)
{
    return QString::fromUtf8(textOf(status).glyph);
}

bool isAdverse(ItemStatus status)
{
    return status == ItemStatus::Warning || status == ItemStatus::Blocker;
}

bool isCheckResult(ItemStatus status)
{
    return status == ItemStatus::Passed || isAdverse(status) || status == ItemStatus::Unknown
        || status == ItemStatus::NotApplicable;
}

bool isSettled(ItemStatus status)
{
    switch (status) {
    case ItemStatus::Passed:
    case ItemStatus::Confirmed:
    case ItemStatus::Waived:
    case ItemStatus::NotApplicable:
        return true;
    default:
        return false;
    }
}

} // namespace prep
