// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <atomic>

namespace prep {

// What one SNTP exchange (RFC 4330) with a time server gave.
struct SntpResult
{
    enum class Outcome {
        Answered,       // offsetSeconds is valid
        NoAnswer,       // nothing came back within the time
        HostNotFound,   // the server's name could not be resolved
        NetworkError,   // the request could not be sent: `error`
        Unsynchronized, // the server says its own clock is not synchronized
        KissOfDeath,    // the server refuses to serve (stratum 0): `kissCode`, e.g. "RATE"
        Unreadable,     // within the time only packets came back that are not an SNTP answer
        Cancelled,
    };
    Outcome outcome = Outcome::NoAnswer;
    double offsetSeconds = 0;    // server time minus this computer's time
    double roundTripSeconds = 0;
    int stratum = 0;
    QString kissCode;
    QString error;
};

// Asks a time server once over UDP how far this computer's clock is off. Blocking: call it on a
// worker thread. It waits at most `timeoutMs` and returns soon after `cancelled` is set.
class SntpClient
{
public:
    static SntpResult query(const QString &host, quint16 port, int timeoutMs, const std::atomic_bool *cancelled = nullptr);
};

} // namespace prep
