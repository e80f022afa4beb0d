// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QEventLoop>
#include <QString>
#include <QTimer>

#include <atomic>

class QAbstractSocket;

namespace prep {

// Waits on a worker thread for a socket (or any QObject of that thread) to signal, with a time
// limit and a cancel flag that is looked at every few milliseconds. A local event loop does the
// waiting, so sockets work as they do on the GUI thread, and cancelling never needs the socket's
// own blocking calls to return.
class CancellableWait
{
public:
    enum class Outcome { Done, TimedOut, Cancelled };

    CancellableWait(int timeoutMs, const std::atomic_bool *cancelled);

    // Ends the wait with Done (also when called before exec()); connect the awaited signals to it.
    void done();
    // Waits once; returns at once when done() came already.
    Outcome exec();

    // Connects `socket` to host:port (a name is looked up in the background) and waits until it
    // is connected or has failed (Done: its state() and error() say which), at most timeoutMs.
    static Outcome connect(QAbstractSocket &socket, const QString &host, quint16 port, int timeoutMs,
                           const std::atomic_bool *cancelled);

private:
    QEventLoop m_loop;
    QTimer m_timeout;
    QTimer m_poll;
    const std::atomic_bool *m_cancelled;
    Outcome m_outcome = Outcome::TimedOut;
    bool m_done = false;
};

} // namespace prep
