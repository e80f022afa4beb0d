// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/Freshness.h"
#include "checklist/ItemStatus.h"

#include <QMap>
#include <QString>

namespace prep {

struct ItemState;
struct Task;
struct UpgradePath;

// How many items are in each state, and what that means for the upgrade.
struct StatusCounts
{
    QMap<ItemStatus, int> byStatus;
    int total = 0;
    int settled = 0;             // passed, confirmed, waived or not applicable
    int blockersUnderReview = 0; // "Needs review" over a "Must fix" finding
    int stale = 0;               // findings older than maxAgeDays (Freshness): check again
    int expiredAcceptances = 0;  // accepted risks past their last day: counted as the finding
    int maxAgeDays = Freshness::defaultMaxAgeDays;       // the limit `stale` was counted with
    // The checklist's path when the documents say it is not supported (Verdict::Unsupported):
    // no task can make such a checklist ready. Null on every other path.
    const UpgradePath *unsupportedPath = nullptr;

    void add(ItemStatus status);
    // A task as the model shows it (defined with ChecklistModel, which decides what is shown).
    void add(const Task &task, const ItemState &state);
    int count(ItemStatus status) const { return byStatus.value(status); }
    int blockers() const { return count(ItemStatus::Blocker) + blockersUnderReview; }
    int open() const { return total - settled; }
};

// The verdict. It never claims more than the counts know:
enum class Readiness {
    Ready,             // every task passed, done or does not apply
    ReadyWithWarnings, // every task closed, and some risks were accepted
    NotReadyYet,       // no "Must fix", but tasks still to do, not checked, to review or stale
    NotReady,          // at least one "Must fix", or a path the documents do not support
};

Readiness readinessOf(const StatusCounts &counts);
QString readinessId(Readiness readiness); // "ready", "warnings", "incomplete", "not-ready"
QString readinessTitle(Readiness readiness);
// What the verdict means and what is left, in words: "7 tasks to do, 2 could not be checked".
QString readinessAdvice(Readiness readiness, const StatusCounts &counts);
QString whatIsLeft(const StatusCounts &counts);
// "The documents say this upgrade is not supported: …" with the path's reason; empty on a path
// they support.
QString unsupportedAdvice(const StatusCounts &counts);
// The summary's request for a new check when findings are stale; empty when none is.
QString staleAdvice(const StatusCounts &counts);
// Said when accepted risks are past their last day; empty when none is.
QString expiredAdvice(const StatusCounts &counts);
// Exit status of the headless check, codes monitoring tools (Nagios, Icinga) understand: 0 ready,
// 1 risks accepted or tasks open, 2 a "Must fix" or a path the documents do not support.
int readinessExitCode(Readiness readiness);
// The status whose icon and glyph stand for the verdict (a tick, a triangle, an octagon).
ItemStatus readinessLook(Readiness readiness);

} // namespace prep
