// SPDX-License-Identifier: GPL-3.0-or-later
#include "Readiness.h"

#include <QCoreApplication>

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
    if (counts.count(ItemStatus::Blocker) > 0)
        return Readiness::NotReady;
    if (counts.settled < counts.total)
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
    case Readiness::NotReady:
        return QCoreApplication::translate("Readiness", "Not ready");
    }
    return {};
}

QString readinessAdvice(Readiness readiness)
{
    switch (readiness) {
    case Readiness::Ready:
        return QCoreApplication::translate("Readiness",
                                           "Every task is done. Print this checklist and keep it with the "
                                           "server's records, then start the upgrade.");
    case Readiness::ReadyWithWarnings:
        return QCoreApplication::translate("Readiness",
                                           "Nothing blocks the upgrade, but some tasks are not done or "
                                           "could not be checked. Finish them, or accept the risk with a "
                                           "reason, before you start.");
    case Readiness::NotReady:
        return QCoreApplication::translate("Readiness",
                                           "At least one problem must be fixed before the upgrade. "
                                           "Go back to the tasks marked “Must fix”.");
    }
    return {};
}

int readinessExitCode(Readiness readiness)
{
    switch (readiness) {
    case Readiness::Ready:
        return 0;
    case Readiness::ReadyWithWarnings:
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
        return ItemStatus::Warning;
    case Readiness::NotReady:
        return ItemStatus::Blocker;
    }
    return ItemStatus::Unknown;
}

} // namespace prep
