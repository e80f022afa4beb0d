// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextBrowser>

namespace prep {

// A few paragraphs of rich text, as tall as the text is at the width the page gives it, with no
// frame and no scroll bar: it reads like a label. Unlike a word-wrapped QLabel, which lays the text
// out anew each time a layout asks how tall it would be at some width (and during a window's first
// show that is dozens of times), the text is laid out once per width it is actually given.
class FittedTextView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit FittedTextView(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

private:
    void fitHeight();

    int m_height = 0;
};

} // namespace prep
