// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklist/Readiness.h"

#include "catalog/Catalog.h"

#include <QCoreApplication>
#include <QStringList>

namespace prep {

void StatusCounts::add(ItemStatus status)
{
    ++byStatus[status];
    ++total;
    if (isSettled(status))
        ++settled;
}

Readiness readinessOf(const StatusCounts &counts)
{
    // Whatever the tasks say, the upgrade itself is one the documents do not support.
    if (counts.unsupportedPath || counts.blockers() > 0)
        return Readiness::NotReady;
    // A result older than the limit is no evidence for today: it asks for a new check.
    if (counts.settled < counts.total || counts.stale > 0)
        return Readiness::NotReadyYet;
    if (counts.count(ItemStatus::Waived) > 0)
        return Readiness::ReadyWithWarnings;
    return Readiness::Ready;
}

QString readinessId(Readiness readiness)
{
    switch (readiness) {
    case Readiness::Ready:
        return QStringLiteral("ready");
    case Readiness::ReadyWithWarnings:
        return QStringLiteral("warnings");
    case Readiness::NotReadyYet:
        return QStringLiteral("incomplete");
    case Readiness::NotReady:
        return QStringLiteral("not-ready");
    }
    return {};
}

QString readinessTitle(Readiness readiness)
{
    switch (readiness) {
    case Readiness::Ready:
        return QCoreApplication::translate("Readiness", "Ready");
    case Readiness::ReadyWithWarnings:
        return QCoreApplication::translate("Readiness", "Ready with warnings");
    case Readiness::NotReadyYet:
        return QCoreApplication::translate("Readiness", "Not ready yet");
    case Readiness::NotReady:
        return QCoreApplication::translate("Readiness", "Not ready");
    }
    return {};
}

QString whatIsLeft(const StatusCounts &counts)
{
    QStringList parts;
    if (const int n = counts.blockers())
        parts.append(QCoreApplication::translate("Readiness", "%n must be fixed", nullptr, n));
    if (const int n = counts.count(ItemStatus::Warning))
        parts.append(QCoreApplication::translate("Readiness", "%n with a warning", nullptr, n));
    if (const int n = counts.count(ItemStatus::NeedsReview) - counts.blockersUnderReview)
        parts.append(QCoreApplication::translate("Readiness", "%n to review", nullptr, n));
    if (const int n = counts.count(ItemStatus::Pending) + counts.count(ItemStatus::Running))
        parts.append(QCoreApplication::translate("Readiness", "%n tasks to do", nullptr, n));
    if (const int n = counts.count(ItemStatus::Unknown))
        parts.append(QCoreApplication::translate("Readiness", "%n could not be checked", nullptr, n));
    if (const int n = counts.stale)
        parts.append(QCoreApplication::translate("Readiness", "%n checked too long ago", nullptr, n));
    return parts.join(QCoreApplication::translate("Readiness", ", ", "between the parts of what is left"));
}

QString unsupportedAdvice(const StatusCounts &counts)
{
    const UpgradePath *path = counts.unsupportedPath;
    if (!path)
        return {};
    // The path's first note says why (S002, S003); its steps say what to do instead.
    const QStringList notes = path->noteTexts();
    const QStringList steps = path->stepTexts();
    QString text = QCoreApplication::translate("Readiness", "The documents say this upgrade is not supported: %1")
                       .arg(notes.isEmpty() ? verdictExplanation(path->verdict) : notes.front());
    if (!steps.isEmpty())
        text += u' '
            + QCoreApplication::translate("Readiness", "Instead: %1 This checklist cannot be ready on this path.")
                  .arg(steps.front());
    return text;
}

QString staleAdvice(const StatusCounts &counts)
{
    if (counts.stale == 0)
        return {};
    const int stale = counts.stale;
    return QCoreApplication::translate("Readiness",
                                       "%n result(s) are older than %1 days: check again right before the "
                                       "upgrade; until then the checklist cannot be ready.",
                                       nullptr, stale)
        .arg(counts.maxAgeDays);
}

QString expiredAdvice(const StatusCounts &counts)
{
    if (counts.expiredAcceptances == 0)
        return {};
    const int expired = counts.expiredAcceptances;
    return QCoreApplication::translate("Readiness",
                                       "%n accepted risk(s) are past their last day and count as what the check "
                                       "found: fix them, or accept them again.",
                                       nullptr, expired);
}

QString readinessAdvice(Readiness readiness, const StatusCounts &counts)
{
    const int risks = counts.count(ItemStatus::Waived);
    switch (readiness) {
    case Readiness::Ready:
        return QCoreApplication::translate("Readiness",
                                           "Every task is done. Print this checklist and keep it with the "
                                           "server's records, then start the upgrade.");
    case Readiness::ReadyWithWarnings:
        return QCoreApplication::translate("Readiness",
                                           "Every task is closed, but you accepted %n risk(s). Read them "
                                           "again on the checklist before you start.",
                                           nullptr, risks);
    case Readiness::NotReadyYet:
        return QCoreApplication::translate("Readiness",
                                           "Left before the upgrade: %1. Finish each one, or accept the risk "
                                           "with a reason where the wizard allows it.")
            .arg(whatIsLeft(counts));
    case Readiness::NotReady: {
        const QString left = whatIsLeft(counts);
        if (counts.unsupportedPath) {
            // The reason first; what the tasks leave only when there is something.
            const QString unsupported = unsupportedAdvice(counts);
            if (left.isEmpty())
                return unsupported;
            return unsupported + u' '
                + QCoreApplication::translate("Readiness", "Also left on the checklist: %1.").arg(left);
        }
        return QCoreApplication::translate("Readiness",
                                           "Left before the upgrade: %1. Fix what is marked “Must fix” and "
                                           "check again: the upgrade must not start before.")
            .arg(left);
    }
    }
    return {};
}

int readinessExitCode(Readiness readiness)
{
    switch (readiness) {
    case Readiness::Ready:
        return 0;
    case Readiness::ReadyWithWarnings:
    case Readiness::NotReadyYet:
        return 1;
    case Readiness::NotReady:
        return 2;
    }
    return 3;
}

ItemStatus readinessLook(Readiness readiness)
{
    switch (readiness) {
    case Readiness::Ready:
        return ItemStatus::Passed;
    case Readiness::ReadyWithWarnings:
        return ItemStatus::Waived;
    case Readiness::NotReadyYet:
        return ItemStatus::Pending;
    case Readiness::NotReady:
        return ItemStatus::Blocker;
    }
    return ItemStatus::Unknown;
}

} // namespace prep
