// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatusColumn.h"

#include "checklist/ChecklistModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QStyle>
#include <QTreeView>

#include <algorithm>

namespace prep {

StatusColumn::StatusColumn(QTreeView *view, const ChecklistModel *model) : QObject(view), m_view(view), m_model(model)
{
    view->installEventFilter(this);
    connect(model, &QAbstractItemModel::modelReset, this, &StatusColumn::fit);
    fit();
}

bool StatusColumn::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::LanguageChange:
    case QEvent::FontChange:
    case QEvent::StyleChange:
        if (watched == m_view)
            fit();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void StatusColumn::fit()
{
    QFont bold = m_view->font(); // category rows show their progress in bold
    bold.setBold(true);
    const QFontMetrics plainMetrics = m_view->fontMetrics();
    const QFontMetrics boldMetrics(bold);
    int widest = m_view->header()->fontMetrics().horizontalAdvance(
        m_model->headerData(ChecklistModel::StatusColumn, Qt::Horizontal).toString());
    for (ItemStatus status : allStatuses)
        widest = std::max(widest, plainMetrics.horizontalAdvance(statusTitle(status)));
    for (Category category : m_model->categories()) {
        StatusCounts all = m_model->counts(category);
        all.settled = all.total;
        widest = std::max(widest, boldMetrics.horizontalAdvance(ChecklistModel::progressText(all)));
    }
    // The item view's text margins on both sides, and room for the header's sort arrow and frame.
    const QStyle *style = m_view->style();
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1;
    const int padding = 4 * margin + style->pixelMetric(QStyle::PM_HeaderMargin, nullptr, m_view->header());
    QHeaderView *header = m_view->header();
    header->setSectionResizeMode(ChecklistModel::StatusColumn, QHeaderView::Fixed);
    header->resizeSection(ChecklistModel::StatusColumn, widest + padding);
}

} // namespace prep
