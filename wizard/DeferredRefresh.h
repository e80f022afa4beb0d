// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

class QWidget;

namespace prep {

// Redraws a widget from the model once per event-loop turn, however many changes arrived in it,
// and not at all while the widget is hidden: then just before it is shown. The probes report two
// dozen results in a burst; each page, the summary and the steps catch up once, and the pages
// nobody looks at not until they are looked at.
class DeferredRefresh : public QObject
{
    Q_OBJECT

public:
    DeferredRefresh(QWidget *widget, std::function<void()> refresh);

    // Something the widget shows has changed.
    void request();
    bool isPending() const { return m_pending; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void run();

    QWidget *m_widget;
    std::function<void()> m_refresh;
    QTimer m_turn;
    bool m_pending = false;
};

} // namespace prep
