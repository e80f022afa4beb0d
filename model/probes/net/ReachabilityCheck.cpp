// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/net/ReachabilityCheck.h"

#include "probes/net/CancellableWait.h"

#include <QElapsedTimer>
#include <QTcpSocket>

namespace prep {

ReachabilityResult ReachabilityCheck::connect(const QString &host, quint16 port, int timeoutMs,
                                              const std::atomic_bool *cancelled)
{
    QElapsedTimer clock;
    clock.start();
    QTcpSocket socket;
    const CancellableWait::Outcome outcome = CancellableWait::connect(socket, host, port, timeoutMs, cancelled);

    ReachabilityResult result;
    result.elapsedMs = static_cast<int>(clock.elapsed());
    if (outcome == CancellableWait::Outcome::Cancelled) {
        result.outcome = ReachabilityResult::Outcome::Cancelled;
    } else if (socket.state() == QAbstractSocket::ConnectedState) {
        result.outcome = ReachabilityResult::Outcome::Connected;
        socket.abort();
    } else if (outcome == CancellableWait::Outcome::TimedOut) {
        result.outcome = ReachabilityResult::Outcome::TimedOut;
    } else if (socket.error() == QAbstractSocket::ConnectionRefusedError) {
        result.outcome = ReachabilityResult::Outcome::Refused;
    } else if (socket.error() == QAbstractSocket::HostNotFoundError) {
        result.outcome = ReachabilityResult::Outcome::HostNotFound;
    } else {
        result.outcome = ReachabilityResult::Outcome::Failed;
        result.error = socket.errorString();
    }
    return result;
}

} // namespace prep
