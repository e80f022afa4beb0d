// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A time server on 127.0.0.1 for tests: answers SNTP requests with a clock `offsetSeconds` away
// from this computer's, or misbehaves as asked. It runs on the test's thread; the client under
// test runs on another one.

#include <QDateTime>
#include <QHostAddress>
#include <QNetworkDatagram>
#include <QUdpSocket>
#include <QtEndian>

#include <chrono>
#include <cmath>
#include <memory>

namespace probetest {

class FakeSntpServer
{
public:
    // Garbage: a few bytes, 48 bytes that are no server's answer, and an answer without a time.
    enum class Mode { Answer, Silent, KissOfDeath, Unsynchronized, StrayAnswerFirst, Garbage };

    explicit FakeSntpServer(double offsetSeconds, Mode mode = Mode::Answer)
        : m_socket(std::make_unique<QUdpSocket>()), m_offset(offsetSeconds), m_mode(mode)
    {
        if (!m_socket->bind(QHostAddress::LocalHost, 0))
            qFatal("cannot bind the fake time server: %s", qPrintable(m_socket->errorString()));
        QObject::connect(m_socket.get(), &QUdpSocket::readyRead, m_socket.get(), [this] { answer(); });
    }

    quint16 port() const { return m_socket->localPort(); }
    int requests() const { return m_requests; }

    // Seconds since 1900 and a binary fraction, as RFC 4330 writes times (wrapping in 2036).
    static QByteArray timestamp(double unixSeconds)
    {
        const double ntp = unixSeconds + 2208988800.0;
        const double seconds = std::floor(ntp);
        const auto whole = static_cast<quint32>(static_cast<quint64>(seconds) & 0xffffffffULL);
        const auto fraction = static_cast<quint32>((ntp - seconds) * 4294967296.0);
        QByteArray bytes(8, '\0');
        qToBigEndian(whole, bytes.data());
        qToBigEndian(fraction, bytes.data() + 4);
        return bytes;
    }

    static double unixNow()
    {
        using namespace std::chrono;
        return duration<double>(system_clock::now().time_since_epoch()).count();
    }

private:
    QByteArray reply(int leap, int stratum, const QByteArray &origin) const
    {
        QByteArray packet(48, '\0');
        packet[0] = char((leap << 6) | (4 << 3) | 4); // version 4, server mode
        packet[1] = char(stratum);
        if (stratum == 0)
            packet.replace(12, 4, "RATE");
        packet.replace(24, 8, origin);
        const QByteArray now = timestamp(unixNow() + m_offset);
        packet.replace(32, 8, now);
        packet.replace(40, 8, now);
        return packet;
    }

    void answer()
    {
        while (m_socket->hasPendingDatagrams()) {
            const QNetworkDatagram request = m_socket->receiveDatagram();
            ++m_requests;
            const QByteArray origin = request.data().mid(40, 8);
            const auto send = [&](const QByteArray &packet) {
                m_socket->writeDatagram(packet, request.senderAddress(), quint16(request.senderPort()));
            };
            switch (m_mode) {
            case Mode::Silent:
                break;
            case Mode::Answer:
                send(reply(0, 2, origin));
                break;
            case Mode::KissOfDeath:
                send(reply(3, 0, origin));
                break;
            case Mode::Unsynchronized:
                send(reply(3, 16, origin));
                break;
            case Mode::Garbage: {
                send(QByteArray("hello"));
                send(QByteArray(48, '\xff'));
                QByteArray noTime = reply(0, 2, origin);
                noTime.replace(40, 8, QByteArray(8, '\0'));
                send(noTime);
                break;
            }
            case Mode::StrayAnswerFirst:
                send(reply(0, 2, timestamp(12345.0))); // answers someone else's request
                send(reply(0, 2, origin));
                break;
            }
        }
    }

    std::unique_ptr<QUdpSocket> m_socket;
    double m_offset;
    Mode m_mode;
    int m_requests = 0;
};

} // namespace probetest
