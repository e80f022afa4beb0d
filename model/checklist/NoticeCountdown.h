// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace prep {

// net.notify-users: the wait after the message to the users ("in approximately 5 minutes"), as a
// countdown the operator starts. Plain logic with the time passed in, so that it needs no timer to
// be tested; the widget (NoticeCountdownPanel) asks it each second.
class NoticeCountdown
{
public:
    enum class State { NotStarted, Running, Over };

    // The task's figure (noticeWaitSeconds); 0 when the catalog has none.
    static int documentWaitSeconds();
    // The message of the task's step, in the current language, with the document's minutes.
    static QString message(int waitSeconds);
    // What to type at the command prompt: "Net send * " and the message.
    static QString command(int waitSeconds);

    explicit NoticeCountdown(int waitSeconds = documentWaitSeconds());

    int waitSeconds() const { return m_waitSeconds; }
    void start(const QDateTime &now);
    void reset();
    State state(const QDateTime &now) const;
    // Whole seconds still to wait, rounded up; the full wait before the start, 0 once over.
    int secondsLeft(const QDateTime &now) const;
    // "4:59"
    static QString clockText(int seconds);

private:
    int m_waitSeconds;
    QDateTime m_startedAt;
};

} // namespace prep
