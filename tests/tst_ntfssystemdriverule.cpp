// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// os.ntfs-system-drive: NTFS passes, anything else on Windows is a blocker, and another system
// says what it is instead of pretending to answer for the Windows server.

#include "ProbeFixtures.h"
#include "probes/rules/NtfsSystemDriveRule.h"

#include <QTest>

using namespace prep;

class TestNtfsSystemDriveRule : public QObject
{
    Q_OBJECT

private slots:
    void judgesTheWindowsSystemDrive_data()
    {
        QTest::addColumn<QString>("fileSystem");
        QTest::addColumn<ItemStatus>("status");
        QTest::newRow("NTFS") << QStringLiteral("NTFS") << ItemStatus::Passed;
        QTest::newRow("ntfs in small letters") << QStringLiteral("ntfs") << ItemStatus::Passed;
        QTest::newRow("FAT32") << QStringLiteral("FAT32") << ItemStatus::Blocker;
        QTest::newRow("FAT") << QStringLiteral("FAT") << ItemStatus::Blocker;
    }
    void judgesTheWindowsSystemDrive()
    {
        QFETCH(QString, fileSystem);
        QFETCH(ItemStatus, status);
        facts::Facts facts;
        facts.platform = "windows";
        facts.volumes = {{"D:\\", "v2", "NTFS", 1, 1, false, false}, {"C:\\", "v1", fileSystem.toStdString(), 1, 1, true, false}};
        const Finding finding = NtfsSystemDriveRule::evaluate(facts);
        QCOMPARE(finding.status, status);
        if (status == ItemStatus::Blocker)
            QVERIFY(probetest::text(finding).contains(QStringLiteral("The system drive C:\\ is formatted %1, not NTFS").arg(fileSystem)));
        QVERIFY(probetest::text(finding).contains(QStringLiteral("convert C: /fs:ntfs")) == (status == ItemStatus::Blocker));
    }

    void onLinuxItSaysWhatTheSystemVolumeIsAndDoesNotPass()
    {
        const auto source = probetest::fixtureTree(probetest::serverRoot, {{"/", {1, 1}}, {"/srv", {1, 1}}});
        const Finding finding = NtfsSystemDriveRule::evaluate(source->read({FactsArea::Volumes}));
        QCOMPARE(finding.status, ItemStatus::Unknown);
        const QString words = probetest::text(finding);
        QVERIFY2(words.contains(QStringLiteral("This computer runs Linux, not Windows: its system volume / is formatted ext4.")), qPrintable(words));
        QVERIFY2(words.contains(QStringLiteral("must be formatted NTFS")), qPrintable(words));
        QCOMPARE(finding.measured.toString(), QStringLiteral("formatted ext4"));
    }

    void aSnapshotOfTheWindowsServerIsJudged()
    {
        const Finding finding = NtfsSystemDriveRule::evaluate(probetest::snapshot("sbs2003-server.json")->read({FactsArea::Volumes}));
        QCOMPARE(finding.status, ItemStatus::Passed);
        QCOMPARE(probetest::text(finding), QStringLiteral("The system drive C:\\ is formatted NTFS."));
    }

    void noSystemVolumeIsUnknown()
    {
        const Finding finding = NtfsSystemDriveRule::evaluate(facts::Facts{});
        QCOMPARE(finding.status, ItemStatus::Unknown);
    }
};

QTEST_GUILESS_MAIN(TestNtfsSystemDriveRule)
#include "tst_ntfssystemdriverule.moc"
