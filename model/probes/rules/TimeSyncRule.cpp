// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/rules/TimeSyncRule.h"

#include "probes/helpers/FactsText.h"

#include <cmath>

namespace prep {

namespace {

using Role = ClockReading::Role;
using State = ClockReading::State;

LocalizedText sentence(const char *source, QList<TextArg> args = {})
{
    return LocalizedText("Probes", source, std::move(args));
}

// "UTC+01:00", "UTC−03:30"
QString utcOffsetText(int minutes)
{
    const int magnitude = std::abs(minutes);
    return QStringLiteral("UTC%1%2:%3")
        .arg(minutes < 0 ? QChar(0x2212) : QChar(u'+'))
        .arg(magnitude / 60, 2, 10, QChar(u'0'))
        .arg(magnitude % 60, 2, 10, QChar(u'0'));
}

QString zoneText(const ClockReading &reading)
{
    if (reading.timeZone.isEmpty())
        return utcOffsetText(reading.utcOffsetMinutes);
    if (!reading.utcOffsetKnown)
        return reading.timeZone;
    return QStringLiteral("%1, %2").arg(reading.timeZone, utcOffsetText(reading.utcOffsetMinutes));
}

bool zoneKnown(const ClockReading &reading)
{
    return reading.utcOffsetKnown || !reading.timeZone.isEmpty();
}

// One line per reading: what its clock showed, or why it has none.
LocalizedText readingLine(const ClockReading &r)
{
    const bool source = r.role == Role::Source;
    const TextArg machine = TextArg::text(r.machine);
    const TextArg amount = TextArg::decimal(std::abs(r.aheadSeconds));
    const TextArg at = TextArg::dateTime(r.measuredAt);
    const bool ahead = r.aheadSeconds >= 0;
    if (r.state == State::Missing) {
        return source ? sentence(QT_TRANSLATE_NOOP("Probes", "Source Server %1: its clock was not measured."), {machine})
                      : sentence(QT_TRANSLATE_NOOP("Probes", "Destination Server: its clock was not measured."));
    }
    if (r.state == State::Failed) {
        return source ? sentence(QT_TRANSLATE_NOOP("Probes", "Source Server %1: its clock could not be measured."), {machine})
                      : sentence(QT_TRANSLATE_NOOP("Probes", "Destination Server %1: its clock could not be measured."), {machine});
    }
    if (r.server.isEmpty() && r.machine == r.thisComputer && r.aheadSeconds == 0) {
        return source ? sentence(QT_TRANSLATE_NOOP("Probes", "Source Server %1: this computer, whose clock is the reference."), {machine})
                      : sentence(QT_TRANSLATE_NOOP("Probes", "Destination Server %1: this computer, whose clock is the reference."), {machine});
    }
    if (r.server.isEmpty()) {
        const TextArg here = TextArg::text(r.thisComputer);
        if (source)
            return ahead ? sentence(QT_TRANSLATE_NOOP("Probes", "Source Server %1: its clock is %2 s ahead of the clock of this computer, %3 (measured %4)."), {machine, amount, here, at})
                         : sentence(QT_TRANSLATE_NOOP("Probes", "Source Server %1: its clock is %2 s behind the clock of this computer, %3 (measured %4)."), {machine, amount, here, at});
        return ahead ? sentence(QT_TRANSLATE_NOOP("Probes", "Destination Server %1: its clock is %2 s ahead of the clock of this computer, %3 (measured %4)."), {machine, amount, here, at})
                     : sentence(QT_TRANSLATE_NOOP("Probes", "Destination Server %1: its clock is %2 s behind the clock of this computer, %3 (measured %4)."), {machine, amount, here, at});
    }
    const TextArg server = TextArg::text(r.server);
    if (source)
        return ahead ? sentence(QT_TRANSLATE_NOOP("Probes", "Source Server %1: its clock is %2 s ahead of the time server %3 (measured %4)."), {machine, amount, server, at})
                     : sentence(QT_TRANSLATE_NOOP("Probes", "Source Server %1: its clock is %2 s behind the time server %3 (measured %4)."), {machine, amount, server, at});
    return ahead ? sentence(QT_TRANSLATE_NOOP("Probes", "Destination Server %1: its clock is %2 s ahead of the time server %3 (measured %4)."), {machine, amount, server, at})
                 : sentence(QT_TRANSLATE_NOOP("Probes", "Destination Server %1: its clock is %2 s behind the time server %3 (measured %4)."), {machine, amount, server, at});
}

// "pool.ntp.org" and "POOL.ntp.org:123" are the same time server.
QString withPort(const QString &server)
{
    const qsizetype bracket = server.lastIndexOf(u']');
    const bool hasPort = server.indexOf(u':', bracket + 1) >= 0 && (bracket >= 0 || server.count(u':') == 1);
    return (hasPort ? server : server + QStringLiteral(":123")).toLower();
}

bool sameReference(const ClockReading &a, const ClockReading &b)
{
    if (a.server.isEmpty() != b.server.isEmpty())
        return false;
    if (a.server.isEmpty())
        return a.thisComputer == b.thisComputer;
    return withPort(a.server) == withPort(b.server);
}

QString referenceText(const ClockReading &r)
{
    return r.server.isEmpty() ? r.thisComputer : r.server;
}

// The worse of two outcomes for this rule: a blocker stays one; a failed measurement is unknown.
ItemStatus worse(ItemStatus a, ItemStatus b)
{
    const auto rank = [](ItemStatus s) {
        switch (s) {
        case ItemStatus::Blocker:
            return 3;
        case ItemStatus::Unknown:
            return 2;
        case ItemStatus::Warning:
            return 1;
        default:
            return 0;
        }
    };
    return rank(b) > rank(a) ? b : a;
}

LocalizedText virtualMachineLine(const ClockReading &r)
{
    const TextArg machine = TextArg::text(r.machine);
    const TextArg hypervisor = TextArg::text(r.hypervisor);
    if (r.role == Role::Source)
        return r.hypervisor.isEmpty() || r.hypervisor == QLatin1String("container")
            ? sentence(QT_TRANSLATE_NOOP("Probes", "The Source Server %1 runs in a virtual machine: the date, time and time zone of its host must match those of the Source and the Destination Server; check them on the host."), {machine})
            : sentence(QT_TRANSLATE_NOOP("Probes", "The Source Server %1 runs in a virtual machine (%2): the date, time and time zone of its host must match those of the Source and the Destination Server; check them on the host."), {machine, hypervisor});
    return r.hypervisor.isEmpty() || r.hypervisor == QLatin1String("container")
        ? sentence(QT_TRANSLATE_NOOP("Probes", "The Destination Server %1 runs in a virtual machine: the date, time and time zone of its host must match those of the Source and the Destination Server; check them on the host."), {machine})
        : sentence(QT_TRANSLATE_NOOP("Probes", "The Destination Server %1 runs in a virtual machine (%2): the date, time and time zone of its host must match those of the Source and the Destination Server; check them on the host."), {machine, hypervisor});
}

} // namespace

void ClockReading::describe(const facts::Facts &facts)
{
    if (machine.isEmpty())
        machine = factsText::q(facts.hostName.empty() ? facts.network.hostName : facts.hostName);
    timeZone = factsText::q(facts.clock.timeZone);
    utcOffsetKnown = facts.clock.utcOffsetKnown;
    utcOffsetMinutes = facts.clock.utcOffsetMinutes;
    platform = factsText::q(facts.platform);
    virtualMachine = facts.virtualization.virtualMachine;
    hypervisor = factsText::q(facts.virtualization.hypervisor);
}

ClockReading ClockReading::ofThisComputer(Role role, const QString &machine, const QString &server, const SntpResult &result,
                                          int waitedMs, const QDateTime &at)
{
    ClockReading reading;
    reading.role = role;
    reading.machine = machine;
    reading.server = server;
    reading.measuredAt = at;
    if (result.outcome == SntpResult::Outcome::Answered) {
        reading.state = State::Measured;
        reading.aheadSeconds = -result.offsetSeconds;
    } else {
        reading.state = State::Failed;
        reading.failure = TimeSyncRule::failureOf(result, server, waitedMs);
    }
    return reading;
}

ClockReading ClockReading::ofTimeService(Role role, const QString &machine, const QString &asked, const QString &thisComputer,
                                         const SntpResult &result, int waitedMs, const QDateTime &at)
{
    ClockReading reading = ofThisComputer(role, machine, QString(), result, waitedMs, at);
    reading.thisComputer = thisComputer;
    if (reading.state == State::Measured)
        reading.aheadSeconds = result.offsetSeconds;
    else
        reading.failure = TimeSyncRule::failureOf(result, asked, waitedMs);
    return reading;
}

ClockReading ClockReading::ofReference(Role role, const QString &thisComputer, const QDateTime &at)
{
    ClockReading reading;
    reading.role = role;
    reading.state = State::Measured;
    reading.machine = reading.thisComputer = thisComputer;
    reading.measuredAt = at;
    return reading;
}

ClockReading ClockReading::ofSnapshot(Role role, const facts::Facts &facts)
{
    ClockReading reading;
    reading.role = role;
    reading.describe(facts);
    if (!facts.clock.measurement) {
        reading.failure.append(sentence(QT_TRANSLATE_NOOP("Probes", "The snapshot of %1 holds no clock measurement: take it again with prepprobe --time-server HOST, the same time server for the Source and the Destination Server."),
                                        {TextArg::text(reading.machine)}));
        return reading;
    }
    const facts::ClockMeasurement &m = *facts.clock.measurement;
    reading.server = factsText::q(m.server);
    reading.measuredAt = QDateTime::fromSecsSinceEpoch(m.measuredAt, Qt::UTC);
    SntpResult result;
    using O = SntpResult::Outcome;
    const std::string &word = m.outcome;
    result.outcome = word == "answered"         ? O::Answered
                   : word == "host-not-found"   ? O::HostNotFound
                   : word == "network-error"    ? O::NetworkError
                   : word == "unsynchronized"   ? O::Unsynchronized
                   : word == "refused"          ? O::KissOfDeath
                   : word == "unreadable"       ? O::Unreadable
                                                : O::NoAnswer;
    result.offsetSeconds = m.offsetSeconds;
    result.error = result.kissCode = factsText::q(m.error);
    if (result.outcome == O::Answered) {
        reading.state = State::Measured;
        reading.aheadSeconds = -m.offsetSeconds;
    } else {
        reading.state = State::Failed;
        if (result.outcome == O::NoAnswer)
            reading.failure.append(sentence(QT_TRANSLATE_NOOP("Probes", "No answer from the time server %1 when the snapshot was taken."), {TextArg::text(reading.server)}));
        else
            reading.failure = TimeSyncRule::failureOf(result, reading.server, 0);
    }
    return reading;
}

QList<LocalizedText> TimeSyncRule::failureOf(const SntpResult &result, const QString &serverName, int waitedMs)
{
    const TextArg server = TextArg::text(serverName);
    switch (result.outcome) {
    case SntpResult::Outcome::Answered:
        return {};
    case SntpResult::Outcome::NoAnswer:
        return {sentence(QT_TRANSLATE_NOOP("Probes", "No answer from the time server %1 within %2 s."), {server, TextArg::decimal(waitedMs / 1000.0)})};
    case SntpResult::Outcome::HostNotFound:
        return {sentence(QT_TRANSLATE_NOOP("Probes", "The name of the time server %1 could not be resolved."), {server})};
    case SntpResult::Outcome::NetworkError:
        return {sentence(QT_TRANSLATE_NOOP("Probes", "The time server %1 could not be asked: %2"), {server, TextArg::text(result.error)})};
    case SntpResult::Outcome::Unsynchronized:
        return {sentence(QT_TRANSLATE_NOOP("Probes", "The time server %1 answered that its own clock is not synchronized; choose another time server."), {server})};
    case SntpResult::Outcome::Unreadable:
        return {sentence(QT_TRANSLATE_NOOP("Probes", "What came back from the time server %1 is not an SNTP answer; check the name and port, or choose another time server."), {server})};
    case SntpResult::Outcome::KissOfDeath:
        return {sentence(QT_TRANSLATE_NOOP("Probes", "The time server %1 refused to answer (code %2); choose another time server."), {server, TextArg::text(result.kissCode)})};
    case SntpResult::Outcome::Cancelled:
        return {sentence(QT_TRANSLATE_NOOP("Probes", "The check was cancelled before it finished."))};
    }
    return {};
}

Finding TimeSyncRule::compare(const ClockReading &source, const ClockReading &destination, double maxOffsetSeconds)
{
    Finding finding;
    const TextArg limit = TextArg::decimal(maxOffsetSeconds);
    finding.threshold = sentence(QT_TRANSLATE_NOOP("Probes", "within %1 s"), {limit});
    ItemStatus status = ItemStatus::Passed;
    for (const ClockReading *reading : {&source, &destination}) {
        finding.evidence.append(readingLine(*reading));
        finding.evidence.append(reading->failure);
    }

    const bool bothMeasured = source.state == State::Measured && destination.state == State::Measured;
    if (bothMeasured && !sameReference(source, destination)) {
        status = ItemStatus::Unknown;
        finding.evidence.append(sentence(QT_TRANSLATE_NOOP("Probes", "The two clocks were measured against different references (%1 and %2), so they cannot be compared: measure both against the same time server."),
                                         {TextArg::text(referenceText(source)), TextArg::text(referenceText(destination))}));
    } else if (bothMeasured) {
        const double apart = std::abs(source.aheadSeconds - destination.aheadSeconds);
        finding.measured = sentence(QT_TRANSLATE_NOOP("Probes", "%1 s apart"), {TextArg::decimal(apart)});
        if (apart <= maxOffsetSeconds) {
            finding.evidence.append(sentence(QT_TRANSLATE_NOOP("Probes", "The two clocks are %1 s apart: within the limit of %2 s."), {TextArg::decimal(apart), limit}));
        } else {
            status = ItemStatus::Blocker;
            finding.evidence.append(sentence(QT_TRANSLATE_NOOP("Probes", "The two clocks are %1 s apart: more than the limit of %2 s. Synchronize the Source Server's clock as the steps say, set the Destination Server's to the same time, then check again."), {TextArg::decimal(apart), limit}));
        }
    } else {
        status = ItemStatus::Unknown;
        // The guide also says to synchronize the Source with an Internet time server: a Source
        // that far from one is a blocker whatever the Destination shows.
        if (source.state == State::Measured && !source.server.isEmpty() && std::abs(source.aheadSeconds) > maxOffsetSeconds) {
            status = ItemStatus::Blocker;
            finding.measured = sentence(QT_TRANSLATE_NOOP("Probes", "%1 s off"), {TextArg::decimal(std::abs(source.aheadSeconds))});
            finding.evidence.append(sentence(QT_TRANSLATE_NOOP("Probes", "The Source Server's clock is more than %1 s from the time server %2 already: synchronize it as the steps say, then check again."), {limit, TextArg::text(source.server)}));
        }
        if (destination.state == State::Missing && destination.failure.isEmpty())
            finding.evidence.append(sentence(QT_TRANSLATE_NOOP("Probes", "Without the Destination Server's clock the two cannot be compared: open its snapshot taken with prepprobe --time-server and the same time server (--destination-facts FILE), or ask its time service (--destination-time-server HOST).")));
    }

    // The same time zone on both.
    if (zoneKnown(source) && zoneKnown(destination)) {
        const TextArg sourceZone = TextArg::text(zoneText(source));
        const TextArg destinationZone = TextArg::text(zoneText(destination));
        if (source.utcOffsetKnown && destination.utcOffsetKnown && source.utcOffsetMinutes != destination.utcOffsetMinutes) {
            status = worse(status, ItemStatus::Blocker);
            finding.evidence.append(sentence(QT_TRANSLATE_NOOP("Probes", "The time zones differ: %1 on the Source Server, %2 on the Destination Server. Both servers must have the same date and time zone."), {sourceZone, destinationZone}));
        } else if (!source.timeZone.isEmpty() && !destination.timeZone.isEmpty() && source.platform == destination.platform
                   && source.timeZone != destination.timeZone) {
            status = worse(status, ItemStatus::Warning);
            finding.evidence.append(sentence(QT_TRANSLATE_NOOP("Probes", "The time zones have different names: %1 on the Source Server, %2 on the Destination Server. They may differ when daylight saving time begins or ends; set the same time zone on both."), {sourceZone, destinationZone}));
        } else {
            finding.evidence.append(sentence(QT_TRANSLATE_NOOP("Probes", "Time zone: %1 on the Source Server, %2 on the Destination Server."), {sourceZone, destinationZone}));
        }
    } else {
        for (const ClockReading *reading : {&source, &destination}) {
            if (zoneKnown(*reading))
                continue;
            finding.evidence.append(reading->role == Role::Source
                                        ? sentence(QT_TRANSLATE_NOOP("Probes", "The time zone of the Source Server is unknown: check by hand that both servers have the same date and time zone."))
                                        : sentence(QT_TRANSLATE_NOOP("Probes", "The time zone of the Destination Server is unknown: check by hand that both servers have the same date and time zone.")));
        }
    }
    for (const ClockReading *reading : {&source, &destination})
        if (reading->virtualMachine)
            finding.evidence.append(virtualMachineLine(*reading));
    finding.status = status;
    return finding;
}

} // namespace prep
