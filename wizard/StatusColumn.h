// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QTreeView;

namespace prep {

class ChecklistModel;

// Gives a task list's status column a fixed width: its longest status word or progress ("24 of 24
// done") in the current language. Sized to its contents at each change, the column would resize
// whenever a task turns "Running…" or "Done", and the list would lay out every row again: two
// dozen probe results would mean two dozen layouts. Again after a language switch or a new path.
void fitStatusColumn(QTreeView *view, const ChecklistModel &model);

} // namespace prep
