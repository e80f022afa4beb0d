// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QWidget;

namespace prep {

// Holds a language switch back from a widget while it is hidden (a wizard page not on screen),
// and from all its children, and delivers it once just before the widget is shown: a switch
// translates and lays out the page the operator looks at, not every page built so far. Several
// switches while hidden are one change when shown.
class LanguageWhenShown : public QObject
{
    Q_OBJECT

public:
    explicit LanguageWhenShown(QWidget *widget);

    bool isPending() const { return m_pending; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_widget;
    bool m_pending = false;
    bool m_delivering = false;
};

} // namespace prep
