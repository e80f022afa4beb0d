// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// net.time-sync as the Essentials migration guide says it: the Source Server's clock within five
// minutes of the Destination Server's, both against the same reference; the same time zone; the
// host of a virtual machine noted; no reading, no pass. And the words for every way a time
// server can fail to answer.

#include "ProbeFixtures.h"
#include "catalog/Catalog.h"
#include "catalog/TaskIds.h"
#include "probes/rules/TimeSyncRule.h"

#include <QTest>

using namespace prep;
using Role = ClockReading::Role;

class TestTimeSyncRule : public QObject
{
    Q_OBJECT

    static double limit()
    {
        return Catalog::instance().task(QString(taskid::net::timeSync))->threshold("maxOffsetSeconds")->value;
    }

    static SntpResult answered(double offset)
    {
        SntpResult result;
        result.outcome = SntpResult::Outcome::Answered;
        result.offsetSeconds = offset;
        return result;
    }

    static QDateTime at() { return QDateTime(QDate(2026, 12, 3), QTime(9, 0), Qt::UTC); }

    // A machine whose clock is `ahead` seconds ahead of the shared time server.
    static ClockReading reading(Role role, const QString &machine, double ahead, const QString &server = QStringLiteral("ntp.example.org:123"))
    {
        return ClockReading::ofThisComputer(role, machine, server, answered(-ahead), 2700, at());
    }

    static ClockReading zoned(ClockReading r, const QString &zone, int minutes, const char *platform = "windows")
    {
        r.timeZone = zone;
        r.utcOffsetKnown = true;
        r.utcOffsetMinutes = minutes;
        r.platform = QLatin1String(platform);
        return r;
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void theLimitComesFromTheCatalog() { QCOMPARE(limit(), 300.0); }

    void theTwoClocksAreCompared_data()
    {
        QTest::addColumn<double>("sourceAhead");
        QTest::addColumn<double>("destinationAhead");
        QTest::addColumn<ItemStatus>("status");
        QTest::addColumn<QString>("apart");
        QTest::newRow("same offset") << 120.0 << 120.0 << ItemStatus::Passed << QStringLiteral("0.0 s apart");
        QTest::newRow("299 and -299: 598 apart") << 299.0 << -299.0 << ItemStatus::Blocker << QStringLiteral("598.0 s apart");
        QTest::newRow("301 apart") << 150.5 << -150.5 << ItemStatus::Blocker << QStringLiteral("301.0 s apart");
        QTest::newRow("exactly 300 apart") << 0.0 << 300.0 << ItemStatus::Passed << QStringLiteral("300.0 s apart");
        QTest::newRow("both far from the server, close to each other") << 3600.0 << 3500.0 << ItemStatus::Passed << QStringLiteral("100.0 s apart");
    }
    void theTwoClocksAreCompared()
    {
        QFETCH(double, sourceAhead);
        QFETCH(double, destinationAhead);
        QFETCH(ItemStatus, status);
        QFETCH(QString, apart);
        const Finding finding = TimeSyncRule::compare(reading(Role::Source, QStringLiteral("SRV-SBS"), sourceAhead),
                                                      reading(Role::Destination, QStringLiteral("SRV-NEW"), destinationAhead), limit());
        QCOMPARE(finding.status, status);
        QCOMPARE(finding.measured.toString(), apart);
        QCOMPARE(finding.threshold.toString(), QStringLiteral("within 300.0 s"));
        const QString words = probetest::text(finding);
        QVERIFY2(words.contains(QStringLiteral("Source Server SRV-SBS: its clock is")), qPrintable(words));
        QVERIFY2(words.contains(QStringLiteral("Destination Server SRV-NEW: its clock is")), qPrintable(words));
        QVERIFY2(words.contains(status == ItemStatus::Passed ? QStringLiteral("within the limit of 300.0 s")
                                                             : QStringLiteral("more than the limit of 300.0 s")),
                 qPrintable(words));
    }

    void aDirectionIsSaid()
    {
        const QString words = probetest::text(TimeSyncRule::compare(reading(Role::Source, QStringLiteral("A"), 299),
                                                                    reading(Role::Destination, QStringLiteral("B"), -299), limit()));
        QVERIFY2(words.contains(QStringLiteral("Source Server A: its clock is 299.0 s ahead of the time server ntp.example.org:123 (measured ")),
                 qPrintable(words));
        QVERIFY2(words.contains(QStringLiteral("Destination Server B: its clock is 299.0 s behind the time server ntp.example.org:123")),
                 qPrintable(words));
    }

    void oneUnreachableClockNeverPasses_data()
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
    void oneUnreachableClockNeverPasses()
    {
        QFETCH(SntpResult::Outcome, outcome);
        QFETCH(QString, words);
        SntpResult result;
        result.outcome = outcome;
        result.kissCode = QStringLiteral("RATE");
        result.error = QStringLiteral("Connection refused");
        const ClockReading failed = ClockReading::ofTimeService(Role::Destination, QStringLiteral("SRV-NEW"),
                                                                QStringLiteral("127.0.0.1:12300"), QStringLiteral("LAPTOP"), result, 2700, at());
        const ClockReading here = ClockReading::ofReference(Role::Source, QStringLiteral("LAPTOP"), at());
        const Finding finding = TimeSyncRule::compare(here, failed, limit());
        QCOMPARE(finding.status, ItemStatus::Unknown);
        const QString text = probetest::text(finding);
        QVERIFY2(text.contains(words), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Destination Server SRV-NEW: its clock could not be measured.")), qPrintable(text));
    }

    void withoutADestinationTheSourceAloneNeverPasses()
    {
        ClockReading none;
        none.role = Role::Destination;
        const Finding close = TimeSyncRule::compare(reading(Role::Source, QStringLiteral("SRV-SBS"), 10), none, limit());
        QCOMPARE(close.status, ItemStatus::Unknown);
        QVERIFY2(probetest::text(close).contains(QStringLiteral("Without the Destination Server's clock the two cannot be compared")),
                 qPrintable(probetest::text(close)));
        // An hour off the Internet time server already is a blocker whatever the Destination shows.
        const Finding far = TimeSyncRule::compare(reading(Role::Source, QStringLiteral("SRV-SBS"), 3600), none, limit());
        QCOMPARE(far.status, ItemStatus::Blocker);
        QCOMPARE(far.measured.toString(), QStringLiteral("3600.0 s off"));
    }

    void differentReferencesAreNotCompared()
    {
        const Finding finding = TimeSyncRule::compare(reading(Role::Source, QStringLiteral("A"), 0, QStringLiteral("ntp-a.example.org")),
                                                      reading(Role::Destination, QStringLiteral("B"), 0, QStringLiteral("ntp-b.example.org")), limit());
        QCOMPARE(finding.status, ItemStatus::Unknown);
        QVERIFY2(probetest::text(finding).contains(QStringLiteral("against different references (ntp-a.example.org and ntp-b.example.org)")),
                 qPrintable(probetest::text(finding)));
        // The same server written with and without its default port is one reference.
        const Finding same = TimeSyncRule::compare(reading(Role::Source, QStringLiteral("A"), 0, QStringLiteral("NTP.example.org")),
                                                   reading(Role::Destination, QStringLiteral("B"), 0, QStringLiteral("ntp.example.org:123")), limit());
        QCOMPARE(same.status, ItemStatus::Passed);
    }

    void theTimeZonesAreCompared_data()
    {
        QTest::addColumn<QString>("sourceZone");
        QTest::addColumn<int>("sourceMinutes");
        QTest::addColumn<QString>("destinationZone");
        QTest::addColumn<int>("destinationMinutes");
        QTest::addColumn<ItemStatus>("status");
        QTest::addColumn<QString>("words");
        QTest::newRow("same") << "Romance Standard Time" << 60 << "Romance Standard Time" << 60 << ItemStatus::Passed
                              << "Time zone: Romance Standard Time, UTC+01:00 on the Source Server, Romance Standard Time, UTC+01:00 on the Destination Server.";
        QTest::newRow("an hour apart") << "Romance Standard Time" << 60 << "GMT Standard Time" << 0 << ItemStatus::Blocker
                                       << "The time zones differ: Romance Standard Time, UTC+01:00 on the Source Server, GMT Standard Time, UTC+00:00 on the Destination Server.";
        QTest::newRow("west of UTC") << "Pacific Standard Time" << -480 << "Mountain Standard Time" << -420 << ItemStatus::Blocker
                                     << QString::fromUtf8("UTC\u221208:00 on the Source Server");
        QTest::newRow("same offset, other names") << "Romance Standard Time" << 60 << "W. Europe Standard Time" << 60 << ItemStatus::Warning
                                                  << "They may differ when daylight saving time begins or ends";
    }
    void theTimeZonesAreCompared()
    {
        QFETCH(QString, sourceZone);
        QFETCH(int, sourceMinutes);
        QFETCH(QString, destinationZone);
        QFETCH(int, destinationMinutes);
        QFETCH(ItemStatus, status);
        QFETCH(QString, words);
        const Finding finding = TimeSyncRule::compare(zoned(reading(Role::Source, QStringLiteral("A"), 5), sourceZone, sourceMinutes),
                                                      zoned(reading(Role::Destination, QStringLiteral("B"), 5), destinationZone, destinationMinutes), limit());
        QCOMPARE(finding.status, status);
        QVERIFY2(probetest::text(finding).contains(words), qPrintable(probetest::text(finding)));
    }

    void zoneNamesOfTwoSystemsAreNotCompared()
    {
        // Linux says Europe/Madrid where Windows says Romance Standard Time: the offset decides.
        const Finding finding = TimeSyncRule::compare(zoned(reading(Role::Source, QStringLiteral("A"), 5), QStringLiteral("Romance Standard Time"), 60),
                                                      zoned(reading(Role::Destination, QStringLiteral("B"), 5), QStringLiteral("Europe/Madrid"), 60, "linux"), limit());
        QCOMPARE(finding.status, ItemStatus::Passed);
    }

    void anUnknownZoneIsLeftToTheOperator()
    {
        const Finding finding = TimeSyncRule::compare(zoned(reading(Role::Source, QStringLiteral("A"), 5), QStringLiteral("Romance Standard Time"), 60),
                                                      reading(Role::Destination, QStringLiteral("B"), 5), limit());
        QCOMPARE(finding.status, ItemStatus::Passed);
        QVERIFY2(probetest::text(finding).contains(QStringLiteral("The time zone of the Destination Server is unknown: check by hand")),
                 qPrintable(probetest::text(finding)));
    }

    void aVirtualMachineHostIsNoted()
    {
        ClockReading source = reading(Role::Source, QStringLiteral("SRV-SBS"), 1);
        source.virtualMachine = true;
        source.hypervisor = QStringLiteral("hyperv");
        const QString words = probetest::text(TimeSyncRule::compare(source, reading(Role::Destination, QStringLiteral("B"), 1), limit()));
        QVERIFY2(words.contains(QStringLiteral("The Source Server SRV-SBS runs in a virtual machine (hyperv): the date, time and time zone of its host must match")),
                 qPrintable(words));
    }

    void theDirectlyAskedTimeServiceIsAheadOfThisComputer()
    {
        // SNTP says the Source's time service is 299 s ahead of this computer, the Destination.
        const ClockReading source = ClockReading::ofTimeService(Role::Source, QStringLiteral("SRV-SBS"), QStringLiteral("10.0.0.2"),
                                                                QStringLiteral("SRV-NEW"), answered(299), 2700, at());
        const ClockReading here = ClockReading::ofReference(Role::Destination, QStringLiteral("SRV-NEW"), at());
        const Finding finding = TimeSyncRule::compare(source, here, limit());
        QCOMPARE(finding.status, ItemStatus::Passed);
        const QString words = probetest::text(finding);
        QVERIFY2(words.contains(QStringLiteral("Source Server SRV-SBS: its clock is 299.0 s ahead of the clock of this computer, SRV-NEW")), qPrintable(words));
        QVERIFY2(words.contains(QStringLiteral("Destination Server SRV-NEW: this computer, whose clock is the reference.")), qPrintable(words));
    }

    void aSnapshotWithoutAMeasurementSaysHowToTakeOne()
    {
        const facts::Facts facts = probetest::snapshot("sbs2003-server.json")->read({});
        const ClockReading source = ClockReading::ofSnapshot(Role::Source, facts);
        QCOMPARE(source.state, ClockReading::State::Missing);
        const Finding finding = TimeSyncRule::compare(source, reading(Role::Destination, QStringLiteral("B"), 0), limit());
        QCOMPARE(finding.status, ItemStatus::Unknown);
        QVERIFY2(probetest::text(finding).contains(QStringLiteral("The snapshot of SRV-SBS holds no clock measurement: take it again with prepprobe --time-server HOST")),
                 qPrintable(probetest::text(finding)));
    }

    void aSnapshotsMeasurementIsRead()
    {
        facts::Facts facts = probetest::snapshot("sbs2003-server.json")->read({});
        facts::ClockMeasurement m;
        m.server = "ntp.example.org:123";
        m.measuredAt = at().toSecsSinceEpoch();
        m.outcome = "answered";
        m.offsetSeconds = -299; // the server is 299 s behind: this clock is 299 s ahead
        facts.clock.measurement = m;
        const ClockReading source = ClockReading::ofSnapshot(Role::Source, facts);
        QCOMPARE(source.state, ClockReading::State::Measured);
        QCOMPARE(source.aheadSeconds, 299.0);
        m.outcome = "no-answer";
        facts.clock.measurement = m;
        const ClockReading silent = ClockReading::ofSnapshot(Role::Source, facts);
        QCOMPARE(silent.state, ClockReading::State::Failed);
        QCOMPARE(renderAll(silent.failure).join(QString()), QStringLiteral("No answer from the time server ntp.example.org:123 when the snapshot was taken."));
    }
};

QTEST_GUILESS_MAIN(TestTimeSyncRule)
#include "tst_timesyncrule.moc"
