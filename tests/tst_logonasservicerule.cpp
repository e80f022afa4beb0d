// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// os.logon-as-service-gpo: the Default Domain Controllers Policy (a UTF-16 GptTmpl.inf) and the
// SBS login script.

#include "ProbeFixtures.h"
#include "probes/helpers/WindowsTextFile.h"
#include "probes/rules/LogonAsServiceRule.h"

#include <QTest>

using namespace prep;

class TestLogonAsServiceRule : public QObject
{
    Q_OBJECT

    static LogonAsServiceRule::Files files(const char *policyFixture, bool scriptExists)
    {
        LogonAsServiceRule::Files result = LogonAsServiceRule::locate(QStringLiteral("oficina.local"));
        result.policy = WindowsTextFile::read(QStringLiteral(PREP_FIXTURES "/windows/%1").arg(QLatin1String(policyFixture)), &result.policyError);
        result.scriptExists = scriptExists;
        return result;
    }

private slots:
    void looksInTheDomainsSysvol()
    {
        const auto located = LogonAsServiceRule::locate(QStringLiteral("oficina.local"));
        QCOMPARE(located.policyPath, QStringLiteral("\\\\oficina.local\\SYSVOL\\oficina.local\\Policies\\{6AC1786C-016F-11D2-945F-00C04fB984F9}\\MACHINE\\Microsoft\\Windows NT\\SecEdit\\GptTmpl.inf"));
        QCOMPARE(located.scriptPath, QStringLiteral("\\\\localhost\\SYSVOL\\oficina.local\\scripts\\SBS_LOGIN_SCRIPT.bat"));
    }

    void judgesThePolicyAndTheScript_data()
    {
        QTest::addColumn<QString>("policy");
        QTest::addColumn<bool>("script");
        QTest::addColumn<ItemStatus>("status");
        QTest::newRow("defined, script there") << QStringLiteral("GptTmpl-defines-logon-as-service.inf") << true << ItemStatus::Blocker;
        QTest::newRow("defined") << QStringLiteral("GptTmpl-defines-logon-as-service.inf") << false << ItemStatus::Blocker;
        QTest::newRow("cleared, script there") << QStringLiteral("GptTmpl-cleared.inf") << true << ItemStatus::Blocker;
        QTest::newRow("all done") << QStringLiteral("GptTmpl-cleared.inf") << false << ItemStatus::Passed;
    }
    void judgesThePolicyAndTheScript()
    {
        QFETCH(QString, policy);
        QFETCH(bool, script);
        QFETCH(ItemStatus, status);
        const Finding finding = LogonAsServiceRule::evaluate(files(policy.toLatin1().constData(), script));
        QCOMPARE(finding.status, status);
        if (policy.contains(QLatin1String("defines")))
            QVERIFY2(probetest::text(finding).contains(QStringLiteral("defines “Log on as a service” (for *S-1-5-20,SBSMonAcct)")), qPrintable(probetest::text(finding)));
    }

    void aMissingPolicyIsUnknown()
    {
        const Finding finding = LogonAsServiceRule::evaluate(files("no-such-file.inf", false));
        QCOMPARE(finding.status, ItemStatus::Unknown);
        QVERIFY(probetest::text(finding).contains(QStringLiteral("Is this server the domain controller?")));
    }

    void elsewhereItSaysWhereToCheck()
    {
        const Finding onSnapshot = LogonAsServiceRule::notHere(probetest::snapshot("sbs2003-server.json")->read({}), true);
        QVERIFY(probetest::text(onSnapshot).contains(QStringLiteral("a snapshot of SRV-SBS does not contain them")));
        // What to do instead, on a server the wizard itself cannot run on (Windows Server 2003).
        QVERIFY(probetest::text(onSnapshot).contains(QStringLiteral("On that server, follow the steps of this task")));
        QVERIFY(!probetest::text(onSnapshot).contains(QStringLiteral("Run the wizard")));
        const Finding onLinux = LogonAsServiceRule::notHere(probetest::fixtureTree(probetest::serverRoot)->read({}), false);
        QVERIFY(probetest::text(onLinux).contains(QStringLiteral("runs Linux")));
    }
};

QTEST_GUILESS_MAIN(TestLogonAsServiceRule)
#include "tst_logonasservicerule.moc"
