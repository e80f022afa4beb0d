// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/Task.h"
#include "checklist/Finding.h"

namespace prep {

// The one place that decides what the operator may answer to a task, given the task and what
// the wizard found. The wizard offers exactly these; a session file is read by the same rules.
//
// - Done: never over a finding the wizard made (Warning, Must fix). An automatic task is
//   decided by its check; only when the check could not run may the operator who checked it by
//   hand mark it done, and then with a note saying how.
// - Accept the risk: over a Warning or a "Could not check", and over a "Must fix" only where the
//   catalog allows it; a reason is required.
// - Does not apply: only on a conditional task, never over a finding, and never on an automatic
//   task whose check has not run or could not run (check again, or accept the risk); a reason is
//   required.
struct TaskActions
{
    bool canMarkDone = false;
    bool doneNeedsNote = false; // an automatic task the wizard could not check
    bool canAcceptRisk = false;
    bool canMarkNotApplicable = false;
    bool canWithdraw = false;   // the task carries a mark that can be taken back

    // Whether `mark` could have been made on a task whose finding was `on`.
    // `pathId`: the checklist's upgrade path, where a task is conditional on some paths only
    // (Task::isConditionalOn); empty: conditional wherever the catalog says so.
    static bool allows(const Task &task, Mark mark, ItemStatus on, const QString &pathId = {});
    static TaskActions of(const Task &task, const ItemState &state, const QString &pathId = {});
};

} // namespace prep
