// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// net.disconnect-internet: reaching the Internet host is a warning; not reaching it is evidence
// for the operator, in words that say why.

#include "ProbeFixtures.h"
#include "probes/rules/DisconnectInternetRule.h"

#include <QTest>

using namespace prep;

class TestDisconnectInternetRule : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void judgesEachOutcome_data()
    {
        using O = ReachabilityResult::Outcome;
        QTest::addColumn<O>("outcome");
        QTest::addColumn<ItemStatus>("status");
        QTest::addColumn<QString>("words");
        QTest::newRow("connected") << O::Connected << ItemStatus::Warning << QStringLiteral("This computer connected to example.org on port 443 in 35 ms: it is connected to the Internet.");
        QTest::newRow("refused") << O::Refused << ItemStatus::Pending << QStringLiteral("The connection to example.org on port 443 was refused");
        QTest::newRow("timed out") << O::TimedOut << ItemStatus::Pending << QStringLiteral("example.org did not answer on port 443 within 2700 ms.");
        QTest::newRow("no name") << O::HostNotFound << ItemStatus::Pending << QStringLiteral("The name example.org could not be resolved");
        QTest::newRow("other") << O::Failed << ItemStatus::Pending << QStringLiteral("could not connect to example.org on port 443: Network unreachable");
        QTest::newRow("cancelled") << O::Cancelled << ItemStatus::Unknown << QStringLiteral("cancelled");
    }
    void judgesEachOutcome()
    {
        QFETCH(ReachabilityResult::Outcome, outcome);
        QFETCH(ItemStatus, status);
        QFETCH(QString, words);
        ReachabilityResult result;
        result.outcome = outcome;
        result.elapsedMs = 35;
        result.error = QStringLiteral("Network unreachable");
        const Finding finding = DisconnectInternetRule::evaluate(result, QStringLiteral("example.org"), 443, 2700);
        QCOMPARE(finding.status, status);
        QVERIFY2(probetest::text(finding).contains(words), qPrintable(probetest::text(finding)));
        if (status == ItemStatus::Pending)
            QVERIFY(probetest::text(finding).contains(QStringLiteral("still connected to the server")));
    }

    void aSnapshotIsNotTestedFromHere()
    {
        const Finding finding = DisconnectInternetRule::onSnapshot(probetest::snapshot("sbs2003-server.json")->read({}));
        QCOMPARE(finding.status, ItemStatus::Unknown);
        QVERIFY(probetest::text(finding).contains(QStringLiteral("this computer was not tested in its place")));
    }
};

QTEST_GUILESS_MAIN(TestDisconnectInternetRule)
#include "tst_disconnectinternetrule.moc"
