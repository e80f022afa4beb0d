// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// hw.drivers-bios: the BIOS vendor, version and date, and a warning when it is older than the
// catalog's figure, at and around it.

#include "ProbeFixtures.h"
#include "catalog/Catalog.h"
#include "catalog/TaskIds.h"
#include "probes/rules/BiosAgeRule.h"

#include <QTest>

using namespace prep;

class TestBiosAgeRule : public QObject
{
    Q_OBJECT

    static double maxAge()
    {
        return Catalog::instance().task(QString(taskid::hw::driversBios))->threshold("maxBiosAgeYears")->value;
    }

    static facts::Facts withBios(const std::string &date)
    {
        facts::Facts facts;
        facts.firmware = {"Dell Inc.", "2.17.1", date};
        return facts;
    }

    static const QDateTime now() { return QDateTime(QDate(2025, 11, 21), QTime(10, 0)); }

private slots:
    void theFigureComesFromTheCatalog() { QCOMPARE(maxAge(), 5.0); }

    void warnsWhenOlderThanTheFigure_data()
    {
        QTest::addColumn<QString>("date");
        QTest::addColumn<ItemStatus>("status");
        // Five years of 365.25 days before 2025-11-21 is 2020-11-21 (1826 days).
        QTest::newRow("a year old") << QStringLiteral("2024-11-21") << ItemStatus::Pending;
        QTest::newRow("a day under five years") << QStringLiteral("2020-11-22") << ItemStatus::Pending;
        QTest::newRow("five years to the day") << QStringLiteral("2020-11-21") << ItemStatus::Pending;
        QTest::newRow("a day over five years") << QStringLiteral("2020-11-20") << ItemStatus::Warning;
        QTest::newRow("twenty years old") << QStringLiteral("2005-03-14") << ItemStatus::Warning;
    }
    void warnsWhenOlderThanTheFigure()
    {
        QFETCH(QString, date);
        QFETCH(ItemStatus, status);
        const Finding finding = BiosAgeRule::evaluate(withBios(date.toStdString()), now(), maxAge());
        QCOMPARE(finding.status, status);
        const QString words = probetest::text(finding);
        QVERIFY2(words.contains(QStringLiteral("BIOS: Dell Inc., version 2.17.1, dated ")), qPrintable(words));
        QCOMPARE(words.contains(QStringLiteral("more than 5 year(s) old")), status == ItemStatus::Warning);
        QVERIFY(words.contains(QStringLiteral("Only the manufacturer can say")));
        QCOMPARE(finding.threshold.toString(), QStringLiteral("at most 5 year(s) old"));
    }

    void aDateItCannotReadIsShownAsRead()
    {
        const Finding finding = BiosAgeRule::evaluate(withBios("Tue 8/10"), now(), maxAge());
        QCOMPARE(finding.status, ItemStatus::Pending);
        QVERIFY(probetest::text(finding).contains(QStringLiteral("dated “Tue 8/10” (a date the wizard cannot read")));
    }

    void readsTheFixtureServer()
    {
        const auto source = probetest::fixtureTree(probetest::serverRoot);
        const Finding finding = BiosAgeRule::evaluate(source->read({FactsArea::Firmware, FactsArea::Virtualization}), now(), maxAge());
        QCOMPARE(finding.status, ItemStatus::Pending); // 08/10/2023
        QVERIFY(probetest::text(finding).contains(QStringLiteral("BIOS: Dell Inc., version 2.17.1")));
        QCOMPARE(finding.measured.toString(QLocale::c()),
                 QStringLiteral("dated %1").arg(QLocale::c().toString(QDateTime(QDate(2023, 8, 10), QTime(0, 0)), QLocale::ShortFormat)));
    }

    void withoutDmiItCannotCheckAndSaysWhy()
    {
        const auto source = probetest::fixtureTree(probetest::minimalRoot);
        const Finding finding = BiosAgeRule::evaluate(source->read({FactsArea::Firmware}), now(), maxAge());
        QCOMPARE(finding.status, ItemStatus::Unknown);
        const QString words = probetest::text(finding);
        QVERIFY2(words.contains(QStringLiteral("could not read the BIOS vendor, version and date")), qPrintable(words));
        QVERIFY2(words.contains(QStringLiteral("Firmware: no DMI information")), qPrintable(words));
    }
};

QTEST_GUILESS_MAIN(TestBiosAgeRule)
#include "tst_biosagerule.moc"
