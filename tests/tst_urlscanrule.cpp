// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// post.urlscan-exe: URLScan's configuration, deny list and allow list.

#include "ProbeFixtures.h"
#include "probes/helpers/WindowsTextFile.h"
#include "probes/rules/UrlScanRule.h"

#include <QTest>

using namespace prep;

class TestUrlScanRule : public QObject
{
    Q_OBJECT

private slots:
    void judgesTheConfiguration_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<ItemStatus>("status");
        QTest::newRow(".exe denied") << QStringLiteral("urlscan-denies-exe.ini") << ItemStatus::Warning;
        QTest::newRow(".exe not denied") << QStringLiteral("urlscan-allows-exe.ini") << ItemStatus::Passed;
        QTest::newRow("allow list without .exe") << QStringLiteral("urlscan-allowlist-without-exe.ini") << ItemStatus::Warning;
        QTest::newRow("not installed") << QStringLiteral("no-such-file.ini") << ItemStatus::Passed;
    }
    void judgesTheConfiguration()
    {
        QFETCH(QString, fixture);
        QFETCH(ItemStatus, status);
        const QString path = QStringLiteral(PREP_FIXTURES "/windows/") + fixture;
        QString error;
        const auto configuration = WindowsTextFile::read(path, &error);
        const Finding finding = UrlScanRule::evaluate(path, configuration, error);
        QCOMPARE(finding.status, status);
        if (!configuration)
            QVERIFY(probetest::text(finding).contains(QStringLiteral("URLScan is not installed")));
    }

    void looksUnderTheWindowsFolder()
    {
        QCOMPARE(UrlScanRule::configurationPath(QStringLiteral("C:\\WINDOWS")), QStringLiteral("C:\\WINDOWS\\system32\\inetsrv\\urlscan\\urlscan.ini"));
    }

    void elsewhereItSaysWhereToCheck()
    {
        const Finding finding = UrlScanRule::notHere(probetest::fixtureTree(probetest::serverRoot)->read({}), false);
        QCOMPARE(finding.status, ItemStatus::Unknown);
        QVERIFY(probetest::text(finding).contains(QStringLiteral("runs Linux")));
        QVERIFY(probetest::text(finding).contains(QStringLiteral("prepprobe.exe")));
    }

    // The wizard cannot run on the old server, and the snapshot lacks the file: the operator is
    // told which file to open there, what in it refuses .exe, and to mark the task done.
    void onASnapshotItSaysWhatToReadByHand()
    {
        const Finding finding = UrlScanRule::notHere(probetest::snapshot("sbs2003-server.json")->read({}), true);
        QCOMPARE(finding.status, ItemStatus::Unknown);
        const QString text = probetest::text(finding);
        QVERIFY2(text.contains(QStringLiteral("a snapshot of SRV-SBS does not contain it")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("%SystemRoot%\\system32\\inetsrv\\urlscan\\urlscan.ini")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("[DenyExtensions]")));
        QVERIFY(text.contains(QStringLiteral("UseAllowExtensions=1")));
        QVERIFY(text.contains(QStringLiteral("mark this task done")));
        QVERIFY(!text.contains(QStringLiteral("Run the wizard")));
    }
};

QTEST_GUILESS_MAIN(TestUrlScanRule)
#include "tst_urlscanrule.moc"
