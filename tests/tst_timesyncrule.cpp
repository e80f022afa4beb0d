// SPDX-License-Identifier: GPL-3.0-or-later
// net.time-sync: the clock offset against the catalog's five minutes, at and around it, and the
// words for every way a time server can fail to answer.

#include "Catalog.h"
#include "ProbeFixtures.h"
#include "TimeSyncRule.h"

#include <QTest>

using namespace prep;

class TestTimeSyncRule : public QObject
{
    Q_OBJECT

    static TimeSyncRule::Context context()
    {
        TimeSyncRule::Context result;
        result.server = QStringLiteral("127.0.0.1:12300");
        result.maxOffsetSeconds = Catalog::instance().task(QStringLiteral("net.time-sync"))->threshold("maxOffsetSeconds")->value;
        result.waitedMs = 2700;
        return result;
    }

    static SntpResult answered(double offset)
    {
        SntpResult result;
        result.outcome = SntpResult::Outcome::Answered;
        result.offsetSeconds = offset;
        return result;
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void theLimitComesFromTheCatalog() { QCOMPARE(context().maxOffsetSeconds, 300.0); }

    void comparesTheOffset_data()
    {
        QTest::addColumn<double>("offset");
        QTest::addColumn<ItemStatus>("status");
        QTest::addColumn<QString>("words");
        QTest::newRow("+4 min") << 240.0 << ItemStatus::Passed << QStringLiteral("240.0 s behind the time server 127.0.0.1:12300");
        QTest::newRow("just under") << 299.9 << ItemStatus::Passed << QStringLiteral("within the limit of 300.0 s");
        QTest::newRow("exactly five minutes") << 300.0 << ItemStatus::Passed << QStringLiteral("300.0 s behind");
        QTest::newRow("just over") << 300.1 << ItemStatus::Blocker << QStringLiteral("more than the limit of 300.0 s");
        QTest::newRow("+6 min") << 360.0 << ItemStatus::Blocker << QStringLiteral("360.0 s behind");
        QTest::newRow("-6 min") << -360.0 << ItemStatus::Blocker << QStringLiteral("360.0 s ahead of the time server");
        QTest::newRow("-4 min") << -240.0 << ItemStatus::Passed << QStringLiteral("240.0 s ahead");
    }
    void comparesTheOffset()
    {
        QFETCH(double, offset);
        QFETCH(ItemStatus, status);
        QFETCH(QString, words);
        const Finding finding = TimeSyncRule::evaluate(answered(offset), context(), {});
        QCOMPARE(finding.status, status);
        QVERIFY2(probetest::text(finding).contains(words), qPrintable(probetest::text(finding)));
        QCOMPARE(finding.threshold.toString(), QStringLiteral("within 300.0 s"));
    }

    void anyFailureIsUnknownWithTheReason_data()
    {
        using O = SntpResult::Outcome;
        QTest::addColumn<O>("outcome");
        QTest::addColumn<QString>("words");
        QTest::newRow("silence") << O::NoAnswer << QStringLiteral("No answer from the time server 127.0.0.1:12300 within 2.7 s.");
        QTest::newRow("no such name") << O::HostNotFound << QStringLiteral("could not be resolved");
        QTest::newRow("refused") << O::KissOfDeath << QStringLiteral("refused to answer (code RATE)");
        QTest::newRow("unsynchronized") << O::Unsynchronized << QStringLiteral("its own clock is not synchronized");
        QTest::newRow("garbage") << O::Unreadable
                                 << QStringLiteral("What came back from the time server 127.0.0.1:12300 is not an SNTP "
                                                   "answer; check the name and port, or choose another time server.");
        QTest::newRow("network error") << O::NetworkError << QStringLiteral("could not be asked: Connection refused");
        QTest::newRow("cancelled") << O::Cancelled << QStringLiteral("cancelled");
    }
    void anyFailureIsUnknownWithTheReason()
    {
        QFETCH(SntpResult::Outcome, outcome);
        QFETCH(QString, words);
        SntpResult result;
        result.outcome = outcome;
        result.kissCode = QStringLiteral("RATE");
        result.error = QStringLiteral("Connection refused");
        const Finding finding = TimeSyncRule::evaluate(result, context(), {});
        QCOMPARE(finding.status, ItemStatus::Unknown);
        QVERIFY2(probetest::text(finding).contains(words), qPrintable(probetest::text(finding)));
    }

    void aVirtualMachineAndTheTimeZoneAreMentioned()
    {
        facts::Facts facts;
        facts.virtualization = {true, "kvm"};
        TimeSyncRule::Context withZone = context();
        withZone.timeZone = QStringLiteral("Europe/Madrid");
        const QString words = probetest::text(TimeSyncRule::evaluate(answered(1), withZone, facts));
        QVERIFY(words.contains(QStringLiteral("Time zone of this computer: Europe/Madrid.")));
        QVERIFY(words.contains(QStringLiteral("This computer is a virtual machine (kvm).")));
        QVERIFY(words.contains(QStringLiteral("host that runs it must match")));
    }

    void aSnapshotIsNotMeasuredFromHere()
    {
        const Finding finding = TimeSyncRule::onSnapshot(probetest::snapshot("sbs2003-server.json")->read({}));
        QCOMPARE(finding.status, ItemStatus::Unknown);
        QVERIFY(probetest::text(finding).contains(QStringLiteral("a snapshot of SRV-SBS")));
    }
};

QTEST_GUILESS_MAIN(TestTimeSyncRule)
#include "tst_timesyncrule.moc"
