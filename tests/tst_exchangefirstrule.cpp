// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// mail.exchange-first: Exchange 2000 still installed blocks the Windows upgrade.

#include "ProbeFixtures.h"
#include "probes/rules/ExchangeFirstRule.h"

#include <QTest>

using namespace prep;

class TestExchangeFirstRule : public QObject
{
    Q_OBJECT

private slots:
    void judgesTheExchangeVersion_data()
    {
        QTest::addColumn<bool>("installed");
        QTest::addColumn<QString>("version");
        QTest::addColumn<ItemStatus>("status");
        QTest::newRow("Exchange 2000 SP3") << true << QStringLiteral("6.0.6249.0") << ItemStatus::Blocker;
        QTest::newRow("Exchange 2003 SP2") << true << QStringLiteral("6.5.7638.1") << ItemStatus::Passed;
        QTest::newRow("Exchange 2007") << true << QStringLiteral("8.1.240.6") << ItemStatus::Unknown;
        QTest::newRow("no Exchange") << false << QString() << ItemStatus::NotApplicable;
    }
    void judgesTheExchangeVersion()
    {
        QFETCH(bool, installed);
        QFETCH(QString, version);
        QFETCH(ItemStatus, status);
        facts::Facts facts;
        facts.platform = "windows";
        facts.os.name = "Windows 2000 Server";
        facts.os.version = "5.0.2195 Service Pack 4";
        facts.exchange = {installed, version.toStdString(), ""};
        const Finding finding = ExchangeFirstRule::evaluate(facts);
        QCOMPARE(finding.status, status);
        if (status == ItemStatus::Blocker)
            QVERIFY(probetest::text(finding).contains(QStringLiteral("Exchange 2000 Server (version 6.0.6249.0) is installed on Windows 2000 Server 5.0.2195 Service Pack 4")));
    }

    void onLinuxItSaysWhereToCheck()
    {
        const auto source = probetest::fixtureTree(probetest::serverRoot);
        const Finding finding = ExchangeFirstRule::evaluate(source->read({FactsArea::Os, FactsArea::Exchange}));
        QCOMPARE(finding.status, ItemStatus::Unknown);
        QVERIFY(probetest::text(finding).startsWith(QStringLiteral("This computer runs Linux, not Windows")));
    }
};

QTEST_GUILESS_MAIN(TestExchangeFirstRule)
#include "tst_exchangefirstrule.moc"
