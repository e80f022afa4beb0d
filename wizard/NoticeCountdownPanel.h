// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "NoticeCountdown.h"

#include <QDateTime>
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
    using Clock = std::function<QDateTime()>;

    explicit NoticeCountdownPanel(QWidget *parent = nullptr);

    // Where the time comes from (tests: a clock they move); the system's clock by default.
    void setClock(Clock clock);
    const NoticeCountdown &countdown() const { return m_countdown; }

public slots:
    // Shows the time left now (the timer calls it each second).
    void showTimeLeft();

protected:
    void changeEvent(QEvent *event) override;

private:
    void startOrStop();
    void retranslate();

    NoticeCountdown m_countdown;
    Clock m_clock;
    QLabel *m_intro;
    QLabel *m_command; // selectable, wrapped: the whole message in view
    QPushButton *m_copy;
    QPushButton *m_startStop;
    QLabel *m_timeLeft;
    QTimer *m_timer;
};

} // namespace prep
