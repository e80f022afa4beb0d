// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/NoticeCountdown.h"

#include <QElapsedTimer>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTimer;

namespace prep {

// net.notify-users: the message to send to the users (net send), with a button to copy it, and
// the document's wait as a countdown the operator starts and stops. A timer refreshes the time
// left once a second; nothing waits.
class NoticeCountdownPanel : public QWidget
{
    Q_OBJECT

public:
    // Milliseconds of a monotonic clock.
    using Clock = std::function<qint64()>;
    using PathSource = std::function<QString()>;

    // `pathId`: the chosen path, asked each time the panel shows (the wait is its path's figure).
    explicit NoticeCountdownPanel(PathSource pathId, QWidget *parent = nullptr);

    // Whether the path has the wait (only sbs2000-to-sbs2003's document gives it).
    static bool hasWait(const QString &pathId);

    // Where the time comes from (tests: a clock they move); a QElapsedTimer by default, which
    // a correction of the system's clock does not move.
    void setClock(Clock clock);
    const NoticeCountdown &countdown() const { return m_countdown; }

public slots:
    // Shows the time left now (the timer calls it each second).
    void showTimeLeft();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void startOrStop();
    void retranslate();

    PathSource m_pathId;
    NoticeCountdown m_countdown;
    QElapsedTimer m_elapsed;
    Clock m_clock;
    QLabel *m_intro;
    QLabel *m_command; // selectable, wrapped: the whole message in view
    QPushButton *m_copy;
    QPushButton *m_startStop;
    QLabel *m_timeLeft;
    QTimer *m_timer;
};

} // namespace prep
