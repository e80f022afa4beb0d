// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace prep {

// Puts a page's content into one frameless scroll area that fills the page, so that on a small
// screen the page scrolls instead of making the window taller than the screen. Returns the widget
// to lay the content out on.
QWidget *scrollingContent(QWidget *page);

} // namespace prep
