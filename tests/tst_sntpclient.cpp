// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// The SNTP client against a fake time server on 127.0.0.1: the offset it measures, and what it
// says when the server is silent, refuses, is not synchronized, or nothing listens.

#include "FakeSntpServer.h"
#include "probes/net/SntpClient.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QTest>
#include <QtConcurrent>

using namespace prep;
using probetest::FakeSntpServer;

class TestSntpClient : public QObject
{
    Q_OBJECT

    // The client blocks, so it runs on a worker while this thread's event loop serves the fake.
    static SntpResult ask(quint16 port, int timeoutMs, const std::atomic_bool *cancelled = nullptr)
    {
        QFuture<SntpResult> future = QtConcurrent::run([port, timeoutMs, cancelled] {
            return SntpClient::query(QStringLiteral("127.0.0.1"), port, timeoutMs, cancelled);
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), timeoutMs + 10000); }();
        return future.result();
    }

private slots:
    void measuresTheOffset_data()
    {
        QTest::addColumn<double>("offset");
        QTest::newRow("server 4 minutes ahead") << 240.0;
        QTest::newRow("server 6 minutes ahead") << 360.0;
        QTest::newRow("server 6 minutes behind") << -360.0;
        QTest::newRow("same time") << 0.0;
    }
    void measuresTheOffset()
    {
        QFETCH(double, offset);
        FakeSntpServer server(offset);
        const SntpResult result = ask(server.port(), 3000);
        QCOMPARE(result.outcome, SntpResult::Outcome::Answered);
        // Loopback: the round trip is a few milliseconds; a busy machine gets a whole second.
        QVERIFY2(std::abs(result.offsetSeconds - offset) < 1.0, qPrintable(QString::number(result.offsetSeconds)));
        QVERIFY(result.roundTripSeconds >= -0.01 && result.roundTripSeconds < 1.0);
        QCOMPARE(result.stratum, 2);
        QCOMPARE(server.requests(), 1);
    }

    void readsTimesAfter2036()
    {
        // NTP seconds wrap on 2036-02-07; a server in 2040 must not look like 1904.
        const auto in2040 = static_cast<double>(QDateTime(QDate(2040, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch());
        FakeSntpServer server(in2040 - FakeSntpServer::unixNow());
        const SntpResult result = ask(server.port(), 3000);
        QCOMPARE(result.outcome, SntpResult::Outcome::Answered);
        QVERIFY(std::abs(FakeSntpServer::unixNow() + result.offsetSeconds - in2040) < 5.0);
    }

    void silenceIsNoAnswerAfterTheTime()
    {
        FakeSntpServer server(0, FakeSntpServer::Mode::Silent);
        QElapsedTimer clock;
        clock.start();
        const SntpResult result = ask(server.port(), 300);
        QCOMPARE(result.outcome, SntpResult::Outcome::NoAnswer);
        QVERIFY(clock.elapsed() >= 290);
        QCOMPARE(server.requests(), 1);
    }

    void aRefusalSaysItsCode()
    {
        FakeSntpServer server(0, FakeSntpServer::Mode::KissOfDeath);
        const SntpResult result = ask(server.port(), 3000);
        QCOMPARE(result.outcome, SntpResult::Outcome::KissOfDeath);
        QCOMPARE(result.kissCode, QStringLiteral("RATE"));
    }

    void anUnsynchronizedServerIsNotBelieved()
    {
        FakeSntpServer server(600, FakeSntpServer::Mode::Unsynchronized);
        QCOMPARE(ask(server.port(), 3000).outcome, SntpResult::Outcome::Unsynchronized);
    }

    void anAnswerToAnotherRequestIsIgnored()
    {
        FakeSntpServer server(240, FakeSntpServer::Mode::StrayAnswerFirst);
        const SntpResult result = ask(server.port(), 3000);
        QCOMPARE(result.outcome, SntpResult::Outcome::Answered);
        QVERIFY(std::abs(result.offsetSeconds - 240) < 1.0);
    }

    void packetsThatAreNoAnswerAreUnreadableNotSilence()
    {
        FakeSntpServer server(0, FakeSntpServer::Mode::Garbage);
        QCOMPARE(ask(server.port(), 500).outcome, SntpResult::Outcome::Unreadable);
        QCOMPARE(server.requests(), 1);
    }

    void aNameThatCannotExistIsNotFound()
    {
        // RFC 6761: no name under .invalid resolves. The resolver says so at once; a slow one
        // has all the time here, and the answer is still "not found", not "no answer".
        const SntpResult result = SntpClient::query(QStringLiteral("ntp.invalid"), 123, 30000);
        QCOMPARE(result.outcome, SntpResult::Outcome::HostNotFound);
        QVERIFY(!result.error.isEmpty());
    }

    void nothingListeningIsSilence()
    {
        quint16 closedPort = 0;
        {
            QUdpSocket probe;
            QVERIFY(probe.bind(QHostAddress::LocalHost, 0));
            closedPort = probe.localPort();
        }
        // The "port unreachable" that comes back does not reach a Qt UDP socket as an error.
        QCOMPARE(ask(closedPort, 500).outcome, SntpResult::Outcome::NoAnswer);
    }

    void cancellingEndsTheWaitSoon()
    {
        FakeSntpServer server(0, FakeSntpServer::Mode::Silent);
        std::atomic_bool cancelled{false};
        QElapsedTimer clock;
        clock.start();
        QFuture<SntpResult> future = QtConcurrent::run([&] {
            return SntpClient::query(QStringLiteral("127.0.0.1"), server.port(), 60000, &cancelled);
        });
        QTRY_COMPARE(server.requests(), 1);
        cancelled = true;
        QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 5000);
        QCOMPARE(future.result().outcome, SntpResult::Outcome::Cancelled);
        QVERIFY(clock.elapsed() < 5000); // far from the minute it would have waited
    }
};

QTEST_GUILESS_MAIN(TestSntpClient)
#include "tst_sntpclient.moc"
