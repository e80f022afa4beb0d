// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// os.disable-disk-utilities: running antivirus and backup agents, by product and vendor.

#include "ProbeFixtures.h"
#include "probes/rules/DiskUtilitiesRule.h"

#include <QTest>

using namespace prep;

class TestDiskUtilitiesRule : public QObject
{
    Q_OBJECT

private slots:
    void findsEsetOnTheFixtureServer()
    {
        const auto source = probetest::fixtureTree(probetest::serverRoot);
        const Finding finding = DiskUtilitiesRule::evaluate(source->read({FactsArea::Processes, FactsArea::Services}));
        QCOMPARE(finding.status, ItemStatus::Warning);
        QCOMPARE(renderAll(finding.details),
                 QStringList{QStringLiteral("ESET NOD32 / ESET File Security (ESET), real-time antivirus: esets_daemon, esets.service")});
        QCOMPARE(finding.measured.toString(), QStringLiteral("1 product(s) running"));
    }

    void findsAntivirusAndBackupOnAWindowsSnapshot()
    {
        const Finding finding = DiskUtilitiesRule::evaluate(
            probetest::snapshot("sbs2003-server.json")->read({FactsArea::Processes, FactsArea::Services}));
        QCOMPARE(finding.status, ItemStatus::Warning);
        QCOMPARE(renderAll(finding.details),
                 QStringList({QStringLiteral("McAfee VirusScan / Endpoint Security (McAfee (Trellix)), real-time antivirus: Mcshield.exe, McShield"),
                              QStringLiteral("Backup Exec (Veritas (formerly Symantec)), backup software: beremote.exe, BackupExecAgentAgent")}));
    }

    void aStoppedServiceAloneIsNotRunning()
    {
        facts::Facts facts;
        facts.processes = {{1, "init", "root"}, {2, "bash", "ana"}};
        facts::ServiceFacts clamav;
        clamav.name = "clamav-daemon.service";
        clamav.state = facts::ServiceState::Stopped;
        facts.services = {clamav};
        const Finding finding = DiskUtilitiesRule::evaluate(facts);
        QCOMPARE(finding.status, ItemStatus::Pending);
        QVERIFY(probetest::text(finding).contains(QStringLiteral("antivirus and backup products the wizard knows is running (2 programs checked)")));
    }

    void noProcessListIsUnknown()
    {
        const auto source = probetest::fixtureTree(probetest::minimalRoot);
        const Finding finding = DiskUtilitiesRule::evaluate(source->read({FactsArea::Processes}));
        QCOMPARE(finding.status, ItemStatus::Unknown);
        QVERIFY(probetest::text(finding).contains(QStringLiteral("Processes:")));
    }
};

QTEST_GUILESS_MAIN(TestDiskUtilitiesRule)
#include "tst_diskutilitiesrule.moc"
