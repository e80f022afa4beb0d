// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklist/TaskActions.h"

namespace prep {

bool TaskActions::allows(const Task &task, Mark mark, ItemStatus on, const QString &pathId)
{
    if (on == ItemStatus::Running)
        return false; // wait for the check
    switch (mark) {
    case Mark::None:
        return true;
    case Mark::Done:
        if (isAdverse(on))
            return false;
        return task.kindOn(pathId) != TaskKind::Automatic || on == ItemStatus::Unknown;
    case Mark::RiskAccepted:
        return on == ItemStatus::Warning || on == ItemStatus::Unknown
            || (on == ItemStatus::Blocker && task.blockerMayBeAccepted);
    case Mark::NotApplicable:
        // A check that has not run, or could not, knows nothing about the condition: it is run
        // (again), or its risk is accepted with a reason, never closed as "does not apply".
        if (task.kindOn(pathId) == TaskKind::Automatic && (on == ItemStatus::Unknown || on == ItemStatus::Pending))
            return false;
        return task.isConditionalOn(pathId) && !isAdverse(on);
    }
    return false;
}

TaskActions TaskActions::of(const Task &task, const ItemState &state, const QString &pathId)
{
    TaskActions actions;
    const ItemStatus found = state.finding.status;
    if (state.mark() != Mark::None) {
        // One mark at a time: the operator takes it back first. A mark to review may also be
        // made again on the new finding, where the rules allow that mark there.
        actions.canWithdraw = true;
        if (state.acceptanceExpired()) {
            // Accepted again, with a reason and a new date, or the finding answered otherwise.
            actions.canAcceptRisk = allows(task, Mark::RiskAccepted, found, pathId);
        } else if (state.needsReview()) {
            const Mark current = state.mark();
            actions.canMarkDone = current == Mark::Done && allows(task, Mark::Done, found, pathId);
            actions.canAcceptRisk = current == Mark::RiskAccepted && allows(task, Mark::RiskAccepted, found, pathId);
        }
        return actions;
    }
    actions.canMarkDone = found != ItemStatus::Passed && allows(task, Mark::Done, found, pathId);
    actions.doneNeedsNote = actions.canMarkDone && task.kindOn(pathId) == TaskKind::Automatic;
    actions.canAcceptRisk = allows(task, Mark::RiskAccepted, found, pathId);
    actions.canMarkNotApplicable = found != ItemStatus::NotApplicable && allows(task, Mark::NotApplicable, found, pathId);
    return actions;
}

} // namespace prep
