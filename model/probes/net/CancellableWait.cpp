// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/net/CancellableWait.h"

#include <QAbstractSocket>

namespace prep {

namespace {
// How often the cancel flag is looked at: the longest a cancelled network probe keeps running.
constexpr int pollIntervalMs = 20;
} // namespace

CancellableWait::CancellableWait(int timeoutMs, const std::atomic_bool *cancelled) : m_cancelled(cancelled)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(timeoutMs);
    QObject::connect(&m_timeout, &QTimer::timeout, &m_loop, [this] {
        m_outcome = Outcome::TimedOut;
        m_loop.quit();
    });
    m_poll.setInterval(pollIntervalMs);
    QObject::connect(&m_poll, &QTimer::timeout, &m_loop, [this] {
        if (m_cancelled && m_cancelled->load()) {
            m_outcome = Outcome::Cancelled;
            m_loop.quit();
        }
    });
}

void CancellableWait::done()
{
    // A signal may come before exec(), from inside the call that started the work.
    m_done = true;
    m_loop.quit();
}

CancellableWait::Outcome CancellableWait::exec()
{
    if (m_done)
        return Outcome::Done;
    if (m_cancelled && m_cancelled->load())
        return Outcome::Cancelled;
    m_outcome = Outcome::TimedOut;
    m_timeout.start();
    m_poll.start();
    m_loop.exec();
    m_timeout.stop();
    m_poll.stop();
    return m_done ? Outcome::Done : m_outcome;
}

CancellableWait::Outcome CancellableWait::connect(QAbstractSocket &socket, const QString &host, quint16 port,
                                                  int timeoutMs, const std::atomic_bool *cancelled)
{
    CancellableWait wait(timeoutMs, cancelled);
    QObject::connect(&socket, &QAbstractSocket::connected, &socket, [&] { wait.done(); });
    QObject::connect(&socket, &QAbstractSocket::errorOccurred, &socket, [&] { wait.done(); });
    socket.connectToHost(host, port);
    const Outcome outcome = wait.exec();
    QObject::disconnect(&socket, nullptr, &socket, nullptr); // `wait` ends here
    return outcome;
}

} // namespace prep
