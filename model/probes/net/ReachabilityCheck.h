// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <atomic>

namespace prep {

// What one TCP connection attempt gave.
struct ReachabilityResult
{
    enum class Outcome {
        Connected,
        Refused,      // the host, or a firewall on the way, refused the connection
        TimedOut,     // no answer within the time
        HostNotFound, // the name could not be resolved
        Failed,       // another network error: `error`
        Cancelled,
    };
    Outcome outcome = Outcome::TimedOut;
    int elapsedMs = 0;
    QString error; // the system's words, for Failed
};

// Whether this computer can open a TCP connection to host:port. Blocking: call it on a worker
// thread. It waits at most `timeoutMs` and returns soon after `cancelled` is set.
class ReachabilityCheck
{
public:
    static ReachabilityResult connect(const QString &host, quint16 port, int timeoutMs,
                                      const std::atomic_bool *cancelled = nullptr);
};

} // namespace prep
