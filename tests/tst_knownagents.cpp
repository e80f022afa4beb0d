// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// The list of antivirus and backup products: matched by process and service name as each system
// writes them.

#include "probes/services/KnownAgents.h"

#include <QTest>

#include <set>

using namespace prep;

class TestKnownAgents : public QObject
{
    Q_OBJECT

private slots:
    void matchesProcesses_data()
    {
        QTest::addColumn<QString>("process");
        QTest::addColumn<QString>("product");
        QTest::newRow("ClamAV on-access") << QStringLiteral("clamonacc") << QStringLiteral("ClamAV");
        QTest::newRow("Windows Defender") << QStringLiteral("MsMpEng.exe") << QStringLiteral("Microsoft Defender / Microsoft Security Essentials");
        QTest::newRow("another case") << QStringLiteral("MCSHIELD.EXE") << QStringLiteral("McAfee VirusScan / Endpoint Security");
        QTest::newRow("ESET on Linux") << QStringLiteral("esets_daemon") << QStringLiteral("ESET NOD32 / ESET File Security");
        QTest::newRow("Backup Exec agent") << QStringLiteral("beremote.exe") << QStringLiteral("Backup Exec");
        QTest::newRow("Linux cuts names to 15 characters") << QStringLiteral("urbackupclientb") << QStringLiteral("UrBackup client");
        QTest::newRow("unknown program") << QStringLiteral("agentd") << QString();
        QTest::newRow("only the start of a short name") << QStringLiteral("clam") << QString();
    }
    void matchesProcesses()
    {
        QFETCH(QString, process);
        QFETCH(QString, product);
        const KnownAgents::Product *found = KnownAgents::byProcess(process.toStdString());
        QCOMPARE(found ? QString::fromUtf8(found->product) : QString(), product);
    }

    void matchesServices_data()
    {
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("product");
        QTest::newRow("systemd unit") << QStringLiteral("clamav-daemon.service") << QStringLiteral("ClamAV");
        QTest::newRow("systemd template instance") << QStringLiteral("clamd@scan.service") << QStringLiteral("ClamAV");
        QTest::newRow("Windows service") << QStringLiteral("WinDefend") << QStringLiteral("Microsoft Defender / Microsoft Security Essentials");
        QTest::newRow("Veeam on Linux") << QStringLiteral("veeamservice.service") << QStringLiteral("Veeam Agent / Veeam Backup & Replication");
        QTest::newRow("not a product") << QStringLiteral("cron.service") << QString();
    }
    void matchesServices()
    {
        QFETCH(QString, service);
        QFETCH(QString, product);
        const KnownAgents::Product *found = KnownAgents::byService(service.toStdString());
        QCOMPARE(found ? QString::fromUtf8(found->product) : QString(), product);
    }

    void everyProductHasAVendorAndANameToMatch()
    {
        std::set<std::string> names;
        for (const KnownAgents::Product &product : KnownAgents::products()) {
            QVERIFY(*product.vendor);
            QVERIFY(!product.processes.empty() || !product.services.empty());
            for (const char *process : product.processes)
                QVERIFY2(names.insert(std::string("p:") + process).second, process); // one product per name
        }
    }
};

QTEST_GUILESS_MAIN(TestKnownAgents)
#include "tst_knownagents.moc"
