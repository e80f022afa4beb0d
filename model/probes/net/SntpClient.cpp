// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/net/SntpClient.h"

#include "probes/net/CancellableWait.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QNetworkDatagram>
#include <QUdpSocket>
#include <QtEndian>

#include <chrono>
#include <cmath>

namespace prep {

namespace {

constexpr int packetSize = 48;
// Seconds from the NTP epoch (1900-01-01) to the Unix epoch (1970-01-01).
constexpr double ntpToUnix = 2208988800.0;
constexpr double twoTo32 = 4294967296.0;
constexpr int originateOffset = 24;
constexpr int receiveOffset = 32;
constexpr int transmitOffset = 40;

double unixNow()
{
    using namespace std::chrono;
    return duration<double>(system_clock::now().time_since_epoch()).count();
}

// A 64-bit NTP timestamp: seconds since 1900 (this era) and a binary fraction.
quint64 toNtp(double unixSeconds)
{
    const double ntp = unixSeconds + ntpToUnix;
    const double seconds = std::floor(ntp);
    const auto fraction = static_cast<quint64>((ntp - seconds) * twoTo32);
    return (static_cast<quint64>(seconds) << 32) | (fraction & 0xffffffffULL);
}

double fromNtp(quint64 timestamp)
{
    const auto seconds = static_cast<quint32>(timestamp >> 32);
    const double fraction = static_cast<double>(timestamp & 0xffffffffULL) / twoTo32;
    // RFC 4330 §3: with the top bit clear the time is in era 1, from 2036-02-07 on.
    const double era = (seconds & 0x80000000U) ? 0.0 : twoTo32;
    return static_cast<double>(seconds) + era + fraction - ntpToUnix;
}

quint64 readTimestamp(const QByteArray &packet, int offset)
{
    return qFromBigEndian<quint64>(packet.constData() + offset);
}

SntpResult failure(SntpResult::Outcome outcome, const QString &error = {})
{
    SntpResult result;
    result.outcome = outcome;
    result.error = error;
    return result;
}

} // namespace

SntpResult SntpClient::query(const QString &host, quint16 port, int timeoutMs, const std::atomic_bool *cancelled)
{
    const QDeadlineTimer deadline(timeoutMs);
    QUdpSocket socket;
    {
        // A name is looked up in the background; the wait covers it.
        const CancellableWait::Outcome outcome = CancellableWait::connect(socket, host, port, timeoutMs, cancelled);
        if (outcome == CancellableWait::Outcome::Cancelled)
            return failure(SntpResult::Outcome::Cancelled);
        if (socket.state() != QAbstractSocket::ConnectedState) {
            if (socket.error() == QAbstractSocket::HostNotFoundError)
                return failure(SntpResult::Outcome::HostNotFound, socket.errorString());
            if (outcome == CancellableWait::Outcome::TimedOut)
                return failure(SntpResult::Outcome::NoAnswer);
            return failure(SntpResult::Outcome::NetworkError, socket.errorString());
        }
    }

    // Client mode (3), version 4, no leap warning; the transmit time comes back as "originate".
    QByteArray request(packetSize, '\0');
    request[0] = char(0x23);
    const double sentAt = unixNow();
    const quint64 sentStamp = toNtp(sentAt);
    qToBigEndian(sentStamp, request.data() + transmitOffset);
    if (socket.write(request) != packetSize)
        return failure(SntpResult::Outcome::NetworkError, socket.errorString());

    // Packets that are no SNTP answer at all: when nothing else comes, the server (or whatever
    // listens on its port) is not a time server, which is not the same as silence.
    bool unreadable = false;
    const auto noAnswer = [&] {
        return failure(unreadable ? SntpResult::Outcome::Unreadable : SntpResult::Outcome::NoAnswer);
    };
    for (;;) {
        const auto left = static_cast<int>(deadline.remainingTime());
        if (left <= 0)
            return noAnswer();
        CancellableWait answer(left, cancelled);
        QObject::connect(&socket, &QIODevice::readyRead, &socket, [&] { answer.done(); });
        QObject::connect(&socket, &QAbstractSocket::errorOccurred, &socket, [&] { answer.done(); });
        const CancellableWait::Outcome outcome = socket.hasPendingDatagrams() ? CancellableWait::Outcome::Done : answer.exec();
        QObject::disconnect(&socket, nullptr, &socket, nullptr);
        if (outcome == CancellableWait::Outcome::Cancelled)
            return failure(SntpResult::Outcome::Cancelled);
        if (outcome == CancellableWait::Outcome::TimedOut)
            return noAnswer();
        if (!socket.hasPendingDatagrams()) {
            // A closed port on the server's side comes back as an ICMP error ("connection refused").
            if (socket.error() != QAbstractSocket::UnknownSocketError)
                return failure(SntpResult::Outcome::NetworkError, socket.errorString());
            continue;
        }
        const QByteArray reply = socket.receiveDatagram().data();
        const double receivedAt = unixNow();
        // Anything that is not the answer to this request (too short, not from a server, no time
        // in it, another request's answer) is ignored, and the wait goes on.
        const int mode = reply.size() >= packetSize ? (static_cast<unsigned char>(reply[0]) & 0x7) : 0;
        if (mode != 4 || readTimestamp(reply, transmitOffset) == 0) { // RFC 4330 §5
            unreadable = true;
            continue;
        }
        if (readTimestamp(reply, originateOffset) != sentStamp)
            continue;

        SntpResult result;
        result.stratum = static_cast<unsigned char>(reply[1]);
        if (result.stratum == 0) {
            result.outcome = SntpResult::Outcome::KissOfDeath;
            result.kissCode = QString::fromLatin1(reply.mid(12, 4)).trimmed();
            return result;
        }
        if ((static_cast<unsigned char>(reply[0]) >> 6) == 3) {
            result.outcome = SntpResult::Outcome::Unsynchronized;
            return result;
        }
        const double serverReceived = fromNtp(readTimestamp(reply, receiveOffset));
        const double serverSent = fromNtp(readTimestamp(reply, transmitOffset));
        result.outcome = SntpResult::Outcome::Answered;
        result.offsetSeconds = ((serverReceived - sentAt) + (serverSent - receivedAt)) / 2.0;
        result.roundTripSeconds = (receivedAt - sentAt) - (serverSent - serverReceived);
        return result;
    }
}

} // namespace prep
