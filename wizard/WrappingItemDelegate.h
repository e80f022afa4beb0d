// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TitleTipDelegate.h"

namespace prep {

// Lets long task titles wrap onto several lines instead of being cut off: the row is as tall as
// the title needs at the column's current width. A word wider than the column is elided with "…",
// never cut, and the whole title shows on hover.
class WrappingItemDelegate : public TitleTipDelegate
{
    Q_OBJECT

public:
    using TitleTipDelegate::TitleTipDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace prep
