// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace prep {

// Lets long task titles wrap onto several lines instead of being cut off: the row is as tall as
// the title needs at the column's current width. A word wider than the column is elided with "…",
// never cut, and the whole title shows on hover.
class WrappingItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // A title that does not fit shows "…"; hovering shows it whole.
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;
};

} // namespace prep
