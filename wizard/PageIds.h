// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/Category.h"

namespace prep {

// QWizard page ids: welcome, path, one page per category, summary.
enum PageId { WelcomePageId = 0, PathPageId = 1, FirstCategoryPageId = 10, SummaryPageId = 100 };

inline int categoryPageId(Category category)
{
    return FirstCategoryPageId + static_cast<int>(category);
}

} // namespace prep
