// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ItemStatus.h"

#include <QMap>
#include <QString>

namespace prep {

// How many items are in each state, and what that means for the upgrade.
struct StatusCounts
{
    QMap<ItemStatus, int> byStatus;
    int total = 0;
    int settled = 0; // passed, confirmed, waived or not applicable

    void add(ItemStatus status);
    int count(ItemStatus status) const { return byStatus.value(status); }
};

enum class Readiness {
    Ready,             // every item settled
    ReadyWithWarnings, // warnings, unknown results or tasks still to do; no blocker
    NotReady,          // at least one blocker
};

Readiness readinessOf(const StatusCounts &counts);
QString readinessId(Readiness readiness); // "ready", "warnings", "not-ready"
QString readinessTitle(Readiness readiness);
QString readinessAdvice(Readiness readiness);
// Exit status of the headless check (DESIGN.md): 0 ready, 1 warnings or pending, 2 blockers.
int readinessExitCode(Readiness readiness);
// The status whose icon and glyph stand for the verdict (a tick, a triangle, an octagon).
ItemStatus readinessLook(Readiness readiness);

} // namespace prep
