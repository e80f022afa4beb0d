// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// mail.ex2003-prereqs: NTFS, the Windows services Exchange needs, .NET on Windows 2000; the
// service packs shown for the operator.

#include "ProbeFixtures.h"
#include "probes/rules/Exchange2003PrerequisitesRule.h"

#include <QTest>

using namespace prep;

class TestExchange2003PrerequisitesRule : public QObject
{
    Q_OBJECT

    static facts::ServiceFacts service(const char *name, facts::ServiceState state, facts::StartType start)
    {
        facts::ServiceFacts result;
        result.name = name;
        result.state = state;
        result.startType = start;
        return result;
    }

    static facts::Facts windows2000()
    {
        using S = facts::ServiceState;
        using T = facts::StartType;
        facts::Facts facts;
        facts.platform = "windows";
        facts.os = {"Windows 2000 Server", "5.0.2195 Service Pack 4", "5.0.2195", "x86", "", false, "en-US"};
        facts.volumes = {{"C:\\", "v1", "NTFS", 1, 1, true, false}};
        facts.services = {service("W3SVC", S::Running, T::Automatic), service("SMTPSVC", S::Running, T::Automatic),
                          service("NNTPSVC", S::Running, T::Automatic)};
        facts.programs = {{"Microsoft .NET Framework 1.1", "1.1.4322", "Microsoft"}};
        facts.exchange = {true, "6.0.6249.0", ""};
        return facts;
    }

private slots:
    void findsWhatIsMissing_data()
    {
        QTest::addColumn<int>("change");
        QTest::addColumn<ItemStatus>("status");
        QTest::addColumn<QString>("words");
        QTest::newRow("all there") << 0 << ItemStatus::Unknown << QStringLiteral("Compare the service packs with the first step above");
        QTest::newRow("FAT system drive") << 1 << ItemStatus::Blocker << QStringLiteral("The system drive C:\\ is formatted FAT32; Exchange Server 2003 needs NTFS.");
        QTest::newRow("no NNTP") << 2 << ItemStatus::Blocker << QStringLiteral("Network News Transfer Protocol (NNTP) (NNTPSVC): not installed");
        QTest::newRow("SMTP disabled") << 3 << ItemStatus::Blocker << QStringLiteral("(SMTPSVC): disabled");
        QTest::newRow("no .NET on Windows 2000") << 4 << ItemStatus::Blocker << QStringLiteral("The .NET Framework is not among the installed programs");
        QTest::newRow("web service stopped") << 5 << ItemStatus::Unknown << QStringLiteral("(W3SVC): installed, not running");
    }
    void findsWhatIsMissing()
    {
        QFETCH(int, change);
        QFETCH(ItemStatus, status);
        QFETCH(QString, words);
        facts::Facts facts = windows2000();
        switch (change) {
        case 1: facts.volumes[0].fileSystem = "FAT32"; break;
        case 2: facts.services.pop_back(); break;
        case 3: facts.services[1].startType = facts::StartType::Disabled; break;
        case 4: facts.programs.clear(); break;
        case 5: facts.services[0].state = facts::ServiceState::Stopped; break;
        default: break;
        }
        const Finding finding = Exchange2003PrerequisitesRule::evaluate(facts);
        QCOMPARE(finding.status, status);
        QVERIFY2(probetest::text(finding).contains(words), qPrintable(probetest::text(finding)));
        QVERIFY(probetest::text(finding).contains(QStringLiteral("This server runs Windows 2000 Server 5.0.2195 Service Pack 4, with Exchange version 6.0.6249.0.")));
    }

    void windowsServer2003BringsDotNetWithIt()
    {
        facts::Facts facts = windows2000();
        facts.os = {"Windows Server 2003", "5.2.3790 Service Pack 2", "5.2.3790", "x86", "", false, "en-US"};
        facts.programs.clear();
        QCOMPARE(Exchange2003PrerequisitesRule::evaluate(facts).status, ItemStatus::Unknown);
    }

    void onLinuxItSaysWhereToCheck()
    {
        QCOMPARE(Exchange2003PrerequisitesRule::evaluate(probetest::fixtureTree(probetest::minimalRoot)->read({})).status, ItemStatus::Unknown);
    }
};

QTEST_GUILESS_MAIN(TestExchange2003PrerequisitesRule)
#include "tst_exchange2003prerequisitesrule.moc"
