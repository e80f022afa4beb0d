// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// The TCP reachability check against a listener on 127.0.0.1, a closed port, and a cancel.
// Nothing here looks beyond 127.0.0.1, not even a name lookup.

#include "probes/net/ReachabilityCheck.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QTcpServer>
#include <QTest>
#include <QtConcurrent>

using namespace prep;

class TestReachabilityCheck : public QObject
{
    Q_OBJECT

    static quint16 closedPort()
    {
        QTcpServer listener;
        if (!listener.listen(QHostAddress::LocalHost, 0))
            qFatal("cannot listen");
        return listener.serverPort(); // closed again when `listener` goes
    }

private slots:
    void reachesAListener()
    {
        QTcpServer listener;
        QVERIFY(listener.listen(QHostAddress::LocalHost, 0));
        const quint16 port = listener.serverPort();
        QFuture<ReachabilityResult> future =
            QtConcurrent::run([port] { return ReachabilityCheck::connect(QStringLiteral("127.0.0.1"), port, 3000); });
        QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 10000);
        QCOMPARE(future.result().outcome, ReachabilityResult::Outcome::Connected);
        QVERIFY(future.result().elapsedMs >= 0);
    }

    void aClosedPortIsRefused()
    {
        const ReachabilityResult result = ReachabilityCheck::connect(QStringLiteral("127.0.0.1"), closedPort(), 3000);
        QCOMPARE(result.outcome, ReachabilityResult::Outcome::Refused);
    }

    void cancellingEndsTheWaitSoon()
    {
        // Cancelled before any answer could be looked at: the answer is not waited for.
        QTcpServer listener;
        QVERIFY(listener.listen(QHostAddress::LocalHost, 0));
        std::atomic_bool cancelled{true};
        QElapsedTimer clock;
        clock.start();
        const ReachabilityResult result =
            ReachabilityCheck::connect(QStringLiteral("127.0.0.1"), listener.serverPort(), 60000, &cancelled);
        QCOMPARE(result.outcome, ReachabilityResult::Outcome::Cancelled);
        QVERIFY(clock.elapsed() < 2000);
    }
};

QTEST_GUILESS_MAIN(TestReachabilityCheck)
#include "tst_reachabilitycheck.moc"
