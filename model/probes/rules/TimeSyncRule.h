// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Facts.h"
#include "checklist/Finding.h"
#include "probes/net/SntpClient.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace prep {

// One machine's clock against a reference: a time server that both machines asked, or the clock
// of the computer the wizard runs on (when it asked the machine's own time service directly).
struct ClockReading
{
    enum class Role { Source, Destination };
    enum class State { Missing, Failed, Measured };

    Role role = Role::Source;
    State state = State::Missing;
    QString machine;              // its host name, as shown
    // The reference: a time server "host:port", or empty for the clock of this computer.
    QString server;
    QString thisComputer;         // this computer's host name, when it is the reference
    double aheadSeconds = 0;      // the machine's clock minus the reference's; Measured only
    QDateTime measuredAt;         // when; Measured or Failed
    QList<LocalizedText> failure; // why there is no reading; Failed only
    QString timeZone;             // "Europe/Madrid"; empty when unknown
    bool utcOffsetKnown = false;
    int utcOffsetMinutes = 0;
    QString platform;             // "linux", "windows": zone names compare within one only
    bool virtualMachine = false;
    QString hypervisor;

    // Takes the time zone and the virtual machine from the machine's facts.
    void describe(const facts::Facts &facts);

    // This computer asked the time server `server` (shown as given): its clock is behind by the
    // server's offset.
    static ClockReading ofThisComputer(Role role, const QString &machine, const QString &server, const SntpResult &result,
                                       int waitedMs, const QDateTime &at);
    // This computer asked the machine's own time service: the machine is ahead of this computer
    // by the answer's offset.
    // `asked` is the time service as given ("10.0.0.2", "srv:10123").
    static ClockReading ofTimeService(Role role, const QString &machine, const QString &asked, const QString &thisComputer,
                                      const SntpResult &result, int waitedMs, const QDateTime &at);
    // This computer itself, as the reference: zero by definition.
    static ClockReading ofReference(Role role, const QString &thisComputer, const QDateTime &at);
    // What prepprobe --time-server recorded in a snapshot; Missing when it asked none.
    static ClockReading ofSnapshot(Role role, const facts::Facts &facts);
};

// net.time-sync, as Windows Server Essentials' migration guide says it: the Source Server's clock
// within five minutes of the Destination Server's, both measured against the same reference; the
// same time zone on both; the host of a virtual machine noted for the operator. A missing or
// failed reading never passes.
class TimeSyncRule
{
public:
    static Finding compare(const ClockReading &source, const ClockReading &destination, double maxOffsetSeconds);

    // "within 300 s" / "300 s ahead of …" for one SNTP failure (shared with the snapshot's words).
    static QList<LocalizedText> failureOf(const SntpResult &result, const QString &server, int waitedMs);
};

} // namespace prep
