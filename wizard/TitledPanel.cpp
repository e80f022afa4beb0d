// SPDX-License-Identifier: GPL-3.0-or-later
#include "TitledPanel.h"

#include <QFrame>
#include <QLabel>
#include <QVBoxLayout>

namespace prep {

TitledPanel::TitledPanel(QWidget *parent) : QWidget(parent), m_title(new QLabel(this)), m_body(new QFrame(this))
{
    m_title->setTextFormat(Qt::PlainText);
    m_body->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_body);
}

void TitledPanel::setTitle(const QString &title)
{
    m_title->setText(title);
    m_body->setAccessibleName(title); // what a group box's title is to a screen reader
}

QString TitledPanel::title() const
{
    return m_title->text();
}

} // namespace prep
