// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklist/NoticeCountdown.h"

#include "catalog/Catalog.h"
#include "catalog/TaskIds.h"

#include <QCoreApplication>

#include <algorithm>

namespace prep {

int NoticeCountdown::documentWaitSeconds(const QString &pathId)
{
    const Task *task = Catalog::instance().task(taskid::net::notifyUsers);
    const Threshold *wait = task && !pathId.isEmpty() ? task->threshold("noticeWaitSeconds", pathId) : nullptr;
    return wait ? static_cast<int>(wait->value) : 0;
}

QString NoticeCountdown::message(int waitSeconds)
{
    const int minutes = (waitSeconds + 59) / 60;
    return QCoreApplication::translate("NoticeCountdown", "You must log off from the domain in approximately %n minute(s). At that point, the Internet will also be unavailable.",
                                       nullptr, minutes);
}

QString NoticeCountdown::command(int waitSeconds)
{
    // net send's own words, the same in every language.
    return QStringLiteral("Net send * ") + message(waitSeconds);
}

NoticeCountdown::NoticeCountdown(int waitSeconds) : m_waitSeconds(std::max(waitSeconds, 0)) {}

void NoticeCountdown::start(qint64 now)
{
    m_started = true;
    m_startedAt = now;
}

void NoticeCountdown::reset()
{
    m_started = false;
    m_startedAt = 0;
}

NoticeCountdown::State NoticeCountdown::state(qint64 now) const
{
    if (!m_started)
        return State::NotStarted;
    return secondsLeft(now) > 0 ? State::Running : State::Over;
}

int NoticeCountdown::secondsLeft(qint64 now) const
{
    if (!m_started)
        return m_waitSeconds;
    const qint64 elapsedMs = std::max<qint64>(now - m_startedAt, 0);
    const qint64 leftMs = qint64(m_waitSeconds) * 1000 - elapsedMs;
    return leftMs <= 0 ? 0 : static_cast<int>((leftMs + 999) / 1000);
}

QString NoticeCountdown::clockText(int seconds)
{
    const int shown = std::max(seconds, 0);
    return QStringLiteral("%1:%2").arg(shown / 60).arg(shown % 60, 2, 10, QLatin1Char('0'));
}

} // namespace prep
