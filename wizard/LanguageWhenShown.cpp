// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LanguageWhenShown.h"

#include <QCoreApplication>
#include <QEvent>
#include <QWidget>

namespace prep {

LanguageWhenShown::LanguageWhenShown(QWidget *widget) : QObject(widget), m_widget(widget)
{
    widget->installEventFilter(this);
}

bool LanguageWhenShown::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_widget && !m_delivering) {
        if (event->type() == QEvent::LanguageChange && !m_widget->isVisible()) {
            m_pending = true;
            return true; // neither the widget nor its children see it now
        }
        // Show comes before the first paint: the widget appears in the current language.
        if (event->type() == QEvent::Show && m_pending) {
            m_pending = false;
            m_delivering = true;
            QEvent change(QEvent::LanguageChange);
            QCoreApplication::sendEvent(m_widget, &change);
            m_delivering = false;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace prep
