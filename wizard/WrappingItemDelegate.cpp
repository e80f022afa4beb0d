// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WrappingItemDelegate.h"

#include <QApplication>
#include <QTreeView>

namespace prep {

QSize WrappingItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const auto *view = qobject_cast<const QTreeView *>(option.widget);
    if (!view || index.column() != 0)
        return size; // only the titles wrap
    QStyleOptionViewItem item(option);
    initStyleOption(&item, index);
    const QStyle *style = view->style();
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
    int width = view->columnWidth(index.column()) - 2 * margin;
    if (index.column() == 0)
        width -= view->indentation() * (index.parent().isValid() && view->rootIsDecorated() ? 2 : 1) / 2;
    if (!item.icon.isNull())
        width -= item.decorationSize.width() + 2 * margin;
    if (width <= 0)
        return size;
    const QRect text = item.fontMetrics.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, item.text);
    size.setHeight(qMax(size.height(), text.height() + 2 * margin + 4));
    return size;
}

} // namespace prep
