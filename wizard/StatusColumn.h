// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QTreeView;

namespace prep {

class ChecklistModel;

// Keeps a task list's status column at a fixed width: its longest status word or progress ("24 of
// 24 done") in the current language and font. Sized to its contents at each change, the column
// would resize whenever a task turns "Running…" or "Done", and the list would lay out every row
// again: two dozen probe results would mean two dozen layouts. Fitted again after a language
// switch, a font or style change, or a new path.
class StatusColumn : public QObject
{
    Q_OBJECT

public:
    StatusColumn(QTreeView *view, const ChecklistModel *model);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fit();

    QTreeView *m_view;
    const ChecklistModel *m_model;
};

} // namespace prep
