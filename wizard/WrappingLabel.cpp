// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WrappingLabel.h"

namespace prep {

namespace {
// Resizing a window by hand passes through many widths: remember the latest few only.
constexpr qsizetype rememberedWidths = 32;
} // namespace

WrappingLabel::WrappingLabel(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
}

bool WrappingLabel::Inputs::operator==(const Inputs &other) const
{
    return text == other.text && font == other.font && contents == other.contents && margin == other.margin
           && indent == other.indent && frameWidth == other.frameWidth && format == other.format
           && alignment == other.alignment && wordWrap == other.wordWrap;
}

WrappingLabel::Inputs WrappingLabel::inputs() const
{
    return {text(), font(), contentsMargins(), margin(), indent(), frameWidth(), textFormat(), alignment(), wordWrap()};
}

int WrappingLabel::heightForWidth(int width) const
{
    Inputs now = inputs();
    if (!(now == m_measured)) {
        m_measured = std::move(now);
        m_heights.clear();
    } else if (const auto known = m_heights.constFind(width); known != m_heights.cend()) {
        return *known;
    }
    if (m_heights.size() >= rememberedWidths)
        m_heights.clear();
    const int height = QLabel::heightForWidth(width);
    m_heights.insert(width, height);
    return height;
}

} // namespace prep
