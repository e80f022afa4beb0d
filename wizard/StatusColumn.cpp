// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatusColumn.h"

#include "ChecklistModel.h"

#include <QHeaderView>
#include <QStyle>
#include <QTreeView>

#include <algorithm>

namespace prep {

void fitStatusColumn(QTreeView *view, const ChecklistModel &model)
{
    QFont bold = view->font(); // category rows show their progress in bold
    bold.setBold(true);
    const QFontMetrics plainMetrics = view->fontMetrics();
    const QFontMetrics boldMetrics(bold);
    int widest = view->header()->fontMetrics().horizontalAdvance(
        model.headerData(ChecklistModel::StatusColumn, Qt::Horizontal).toString());
    for (ItemStatus status : allStatuses)
        widest = std::max(widest, plainMetrics.horizontalAdvance(statusTitle(status)));
    for (Category category : model.categories()) {
        StatusCounts all = model.counts(category);
        all.settled = all.total;
        widest = std::max(widest, boldMetrics.horizontalAdvance(ChecklistModel::progressText(all)));
    }
    // The item view's text margins on both sides, and room for the header's sort arrow and frame.
    const int margin = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
    const int padding = 4 * margin + view->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, view->header());
    QHeaderView *header = view->header();
    header->setSectionResizeMode(ChecklistModel::StatusColumn, QHeaderView::Fixed);
    header->resizeSection(ChecklistModel::StatusColumn, widest + padding);
}

} // namespace prep
