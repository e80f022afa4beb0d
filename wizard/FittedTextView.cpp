// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FittedTextView.h"

#include <QAbstractTextDocumentLayout>
#include <QtMath>

namespace prep {

FittedTextView::FittedTextView(QWidget *parent) : QTextBrowser(parent)
{
    setFrameShape(QFrame::NoFrame);
    viewport()->setAutoFillBackground(false);
    setFocusPolicy(Qt::NoFocus);
    setOpenLinks(false);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    document()->setDocumentMargin(0);
    connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
            &FittedTextView::fitHeight);
}

void FittedTextView::fitHeight()
{
    const QMargins margins = contentsMargins() + viewportMargins();
    const int height = qCeil(document()->size().height()) + margins.top() + margins.bottom();
    if (height == m_height)
        return;
    m_height = height;
    updateGeometry();
}

QSize FittedTextView::sizeHint() const
{
    return {QTextBrowser::sizeHint().width(), m_height};
}

QSize FittedTextView::minimumSizeHint() const
{
    return {QTextBrowser::minimumSizeHint().width(), m_height};
}

} // namespace prep
