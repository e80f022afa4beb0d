// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>
#include <QString>

namespace prep {

// net.notify-users: the wait after the message to the users ("in approximately 5 minutes"), as a
// countdown the operator starts. Plain logic with the time passed in, so that it needs no timer to
// be tested; the widget (NoticeCountdownPanel) asks it each second. The time is a monotonic clock's
// milliseconds (QElapsedTimer::elapsed()), never the wall clock: a clock correction while the
// operator waits neither freezes nor ends the wait.
class NoticeCountdown
{
public:
    enum class State { NotStarted, Running, Over };

    // The task's figure (noticeWaitSeconds) on the path `pathId` (only sbs2000-to-sbs2003's
    // document, seed 000, gives it); 0 when the path has none.
    static int documentWaitSeconds(const QString &pathId);
    // The message of the task's step, in the current language, with the document's minutes.
    static QString message(int waitSeconds);
    // What to type at the command prompt: "Net send * " and the message.
    static QString command(int waitSeconds);

    explicit NoticeCountdown(int waitSeconds = 0);

    int waitSeconds() const { return m_waitSeconds; }
    // `now`: milliseconds of a monotonic clock.
    void start(qint64 now);
    void reset();
    State state(qint64 now) const;
    // Whole seconds still to wait, rounded up; the full wait before the start, 0 once over.
    int secondsLeft(qint64 now) const;
    // "4:59"
    static QString clockText(int seconds);

private:
    int m_waitSeconds;
    bool m_started = false;
    qint64 m_startedAt = 0;
};

} // namespace prep
