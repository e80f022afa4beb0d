// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeferredRefresh.h"

#include <QEvent>
#include <QWidget>

namespace prep {

DeferredRefresh::DeferredRefresh(QWidget *widget, std::function<void()> refresh)
    : QObject(widget), m_widget(widget), m_refresh(std::move(refresh))
{
    m_turn.setSingleShot(true);
    m_turn.setInterval(0);
    connect(&m_turn, &QTimer::timeout, this, &DeferredRefresh::run);
    widget->installEventFilter(this);
}

void DeferredRefresh::request()
{
    m_pending = true;
    if (m_widget->isVisible())
        m_turn.start();
}

void DeferredRefresh::run()
{
    if (!m_pending || !m_widget->isVisible())
        return; // a hidden widget catches up when it is shown
    m_pending = false;
    m_refresh();
}

bool DeferredRefresh::eventFilter(QObject *watched, QEvent *event)
{
    // Show comes before the first paint: the widget appears up to date.
    if (watched == m_widget && event->type() == QEvent::Show && m_pending) {
        m_pending = false;
        m_refresh();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace prep
