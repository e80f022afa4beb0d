// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QHash>
#include <QLabel>
#include <QMargins>

namespace prep {

// A word-wrapped label that works out the height it needs at a given width once. QLabel lays its
// whole text out twice on every heightForWidth() call, and the wizard's nested layouts ask for the
// same few widths again and again while a window is shown or resized: for a page of rich text that
// was a third of the start-up time. Anything that changes the answer (the text, the font, the
// margins, the frame) starts the memory afresh.
class WrappingLabel : public QLabel
{
    Q_OBJECT

public:
    explicit WrappingLabel(QWidget *parent = nullptr);

    int heightForWidth(int width) const override;

private:
    struct Inputs
    {
        QString text;
        QFont font;
        QMargins contents;
        int margin = 0;
        int indent = 0;
        int frameWidth = 0;
        Qt::TextFormat format = Qt::AutoText;
        Qt::Alignment alignment;
        bool wordWrap = false;

        bool operator==(const Inputs &other) const;
    };

    Inputs inputs() const;

    mutable Inputs m_measured;
    mutable QHash<int, int> m_heights;
};

} // namespace prep
