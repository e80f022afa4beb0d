// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// hw.free-disk: free space on the system volume and on the volume of the folder for Setup's
// files, against the catalog's figure, at and around it.

#include "ProbeFixtures.h"
#include "catalog/Catalog.h"
#include "catalog/TaskIds.h"
#include "probes/rules/FreeDiskRule.h"

#include <QTest>

using namespace prep;
using probetest::GiB;

class TestFreeDiskRule : public QObject
{
    Q_OBJECT

    static double catalogMinimum()
    {
        return Catalog::instance().task(QString(taskid::hw::freeDisk))->threshold("minFreeBytes")->value;
    }

    static facts::Facts twoVolumes(std::uint64_t systemFree, std::uint64_t dataFree, const std::string &platform = "linux")
    {
        facts::Facts facts;
        facts.platform = platform;
        const bool windows = platform == "windows";
        facts.volumes = {{windows ? "C:\\" : "/", "/dev/sda1", windows ? "NTFS" : "ext4", 100 * std::uint64_t(GiB), systemFree, true, false},
                         {windows ? "D:\\" : "/srv", "/dev/sdb1", windows ? "NTFS" : "xfs", 500 * std::uint64_t(GiB), dataFree, false, false}};
        return facts;
    }

private slots:
    void theFigureComesFromTheCatalog() { QCOMPARE(catalogMinimum(), 2.0 * GiB); }

    void comparesTheSystemVolume_data()
    {
        QTest::addColumn<qint64>("free");
        QTest::addColumn<ItemStatus>("status");
        const auto minimum = static_cast<qint64>(catalogMinimum());
        QTest::newRow("far below") << qint64(100 * 1024 * 1024) << ItemStatus::Blocker;
        QTest::newRow("one byte short") << minimum - 1 << ItemStatus::Blocker;
        QTest::newRow("exactly the figure") << minimum << ItemStatus::Passed;
        QTest::newRow("one byte more") << minimum + 1 << ItemStatus::Passed;
        QTest::newRow("plenty") << qint64(12.4 * GiB) << ItemStatus::Passed;
    }
    void comparesTheSystemVolume()
    {
        QFETCH(qint64, free);
        QFETCH(ItemStatus, status);
        const Finding finding = FreeDiskRule::evaluate(twoVolumes(std::uint64_t(free), 0), {}, catalogMinimum());
        QCOMPARE(finding.status, status);
        const QString words = probetest::text(finding);
        QVERIFY2(words.contains(QStringLiteral("on / (the system volume), 2.0 GB needed")), qPrintable(words));
        QVERIFY2(words.contains(QStringLiteral("only the system volume was checked")), qPrintable(words));
        QCOMPARE(finding.threshold.toString(QLocale::c()), QStringLiteral("at least 2.0 GB free"));
    }

    void comparesTheVolumeOfTheSetupFolderToo_data()
    {
        QTest::addColumn<double>("systemFree");
        QTest::addColumn<double>("dataFree");
        QTest::addColumn<ItemStatus>("status");
        QTest::newRow("both enough") << 3 * GiB << 3 * GiB << ItemStatus::Passed;
        QTest::newRow("setup volume short") << 3 * GiB << 1.9 * GiB << ItemStatus::Blocker;
        QTest::newRow("system short") << 1.9 * GiB << 3 * GiB << ItemStatus::Blocker;
        QTest::newRow("setup volume exactly") << 3 * GiB << 2 * GiB << ItemStatus::Passed;
    }
    void comparesTheVolumeOfTheSetupFolderToo()
    {
        QFETCH(double, systemFree);
        QFETCH(double, dataFree);
        QFETCH(ItemStatus, status);
        const Finding finding = FreeDiskRule::evaluate(twoVolumes(std::uint64_t(systemFree), std::uint64_t(dataFree)),
                                                       QStringLiteral("/srv/setup"), catalogMinimum());
        QCOMPARE(finding.status, status);
        const QString words = probetest::text(finding);
        QVERIFY2(words.contains(QStringLiteral("on /srv (the volume of the folder for Setup's files, /srv/setup), 2.0 GB needed")),
                 qPrintable(words));
        QCOMPARE(finding.measured.toString(QLocale::c()),
                 QStringLiteral("%1 free").arg(QLocale::c().formattedDataSize(qint64(std::min(systemFree, dataFree)), 1,
                                                                                 QLocale::DataSizeTraditionalFormat)));
    }

    void findsTheVolumeOfAFolder_data()
    {
        QTest::addColumn<QString>("platform");
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("mountPoint");
        QTest::newRow("below a mount") << QStringLiteral("linux") << QStringLiteral("/srv/setup") << QStringLiteral("/srv");
        QTest::newRow("the mount itself") << QStringLiteral("linux") << QStringLiteral("/srv") << QStringLiteral("/srv");
        QTest::newRow("a name that only starts alike") << QStringLiteral("linux") << QStringLiteral("/srvx/setup") << QStringLiteral("/");
        QTest::newRow("a drive, other case and slashes") << QStringLiteral("windows") << QStringLiteral("d:/Setup") << QStringLiteral("D:\\");
        QTest::newRow("the system drive") << QStringLiteral("windows") << QStringLiteral("C:\\SBS") << QStringLiteral("C:\\");
        QTest::newRow("a drive not there") << QStringLiteral("windows") << QStringLiteral("E:\\Setup") << QString();
    }
    void findsTheVolumeOfAFolder()
    {
        QFETCH(QString, platform);
        QFETCH(QString, folder);
        QFETCH(QString, mountPoint);
        const facts::Facts facts = twoVolumes(0, 0, platform.toStdString());
        const facts::VolumeFacts *volume = FreeDiskRule::volumeOf(facts, folder);
        QCOMPARE(volume ? QString::fromStdString(volume->mountPoint) : QString(), mountPoint);
    }

    void aSetupFolderOnNoKnownVolumeCannotBeChecked()
    {
        const Finding finding = FreeDiskRule::evaluate(twoVolumes(std::uint64_t(5 * GiB), 0, "windows"),
                                                       QStringLiteral("E:\\Setup"), catalogMinimum());
        QCOMPARE(finding.status, ItemStatus::Unknown);
        QVERIFY(probetest::text(finding).contains(QStringLiteral("E:\\Setup, is on none of the volumes")));
    }

    void readsTheFixtureServer_data()
    {
        QTest::addColumn<double>("rootFree");
        QTest::addColumn<ItemStatus>("status");
        QTest::newRow("40 GiB free") << 40 * GiB << ItemStatus::Passed;
        QTest::newRow("1 GiB free") << 1 * GiB << ItemStatus::Blocker;
    }
    void readsTheFixtureServer()
    {
        QFETCH(double, rootFree);
        QFETCH(ItemStatus, status);
        const auto source = probetest::fixtureTree(probetest::serverRoot, {{"/", {std::uint64_t(100 * GiB), std::uint64_t(rootFree)}},
                                                                           {"/srv", {std::uint64_t(2000 * GiB), std::uint64_t(1500 * GiB)}}});
        const facts::Facts facts = source->read({FactsArea::Volumes});
        const Finding finding = FreeDiskRule::evaluate(facts, QStringLiteral("/srv/install"), catalogMinimum());
        QCOMPARE(finding.status, status);
        QVERIFY(probetest::text(finding).contains(QStringLiteral(" free on /srv (the volume of the folder for Setup's files, /srv/install)")));
    }

    void anUnmeasuredSystemVolumeIsUnknownWithTheReason()
    {
        // The fixture's sizes leave "/" out: the collector cannot measure it.
        const auto source = probetest::fixtureTree(probetest::serverRoot, {{"/srv", {std::uint64_t(2000 * GiB), std::uint64_t(1500 * GiB)}}});
        const Finding finding = FreeDiskRule::evaluate(source->read({FactsArea::Volumes}), {}, catalogMinimum());
        QCOMPARE(finding.status, ItemStatus::Unknown);
        const QString words = probetest::text(finding);
        QVERIFY2(words.contains(QStringLiteral("The free space on / could not be measured.")), qPrintable(words));
        QVERIFY2(words.contains(QStringLiteral("Input/output error")), qPrintable(words));
    }

    void noSystemVolumeIsUnknown()
    {
        const auto source = probetest::fixtureTree(probetest::minimalRoot);
        const Finding finding = FreeDiskRule::evaluate(source->read({FactsArea::Volumes}), {}, catalogMinimum());
        QCOMPARE(finding.status, ItemStatus::Unknown);
        QVERIFY(probetest::text(finding).contains(QStringLiteral("could not find the system volume")));
        QVERIFY(probetest::text(finding).contains(QStringLiteral("What could not be read: Volumes:")));
    }
};

QTEST_GUILESS_MAIN(TestFreeDiskRule)
#include "tst_freediskrule.moc"
