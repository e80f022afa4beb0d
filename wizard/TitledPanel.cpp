// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TitledPanel.h"

#include <QAccessibleWidget>
#include <QFrame>
#include <QLabel>
#include <QVBoxLayout>

namespace prep {

namespace {
// What a group box is to a screen reader: a group named by its title, announced on entering it.
class TitledPanelAccessible : public QAccessibleWidget
{
public:
    explicit TitledPanelAccessible(TitledPanel *panel) : QAccessibleWidget(panel, QAccessible::Grouping) {}

    QString text(QAccessible::Text kind) const override
    {
        if (kind == QAccessible::Name)
            return static_cast<const TitledPanel *>(widget())->title();
        return QAccessibleWidget::text(kind);
    }
};

QAccessibleInterface *titledPanelAccessible(const QString &className, QObject *object)
{
    if (className == QLatin1String(TitledPanel::staticMetaObject.className()))
        return new TitledPanelAccessible(static_cast<TitledPanel *>(object));
    return nullptr;
}
} // namespace

TitledPanel::TitledPanel(QWidget *parent) : QWidget(parent), m_title(new QLabel(this)), m_body(new QFrame(this))
{
    static const bool accessibleAsGroup = [] {
        QAccessible::installFactory(titledPanelAccessible);
        return true;
    }();
    Q_UNUSED(accessibleAsGroup);
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
}

QString TitledPanel::title() const
{
    return m_title->text();
}

} // namespace prep
