// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// mail.essentials-no-exchange: a server with Exchange must plan where its email goes.

#include "ProbeFixtures.h"
#include "probes/rules/EssentialsEmailRule.h"

#include <QTest>

using namespace prep;

class TestEssentialsEmailRule : public QObject
{
    Q_OBJECT

private slots:
    void aServerWithExchangeMustPlan()
    {
        const Finding finding = EssentialsEmailRule::evaluate(probetest::snapshot("sbs2003-server.json")->read({FactsArea::Services, FactsArea::Exchange}));
        QCOMPARE(finding.status, ItemStatus::Warning);
        QVERIFY(probetest::text(finding).contains(QStringLiteral("This server hosts Exchange Server (version 6.5.7638.1).")));
    }

    void theInformationStoreServiceAloneIsEnough()
    {
        facts::Facts facts;
        facts.platform = "windows";
        facts::ServiceFacts store;
        store.name = "MSExchangeIS";
        facts.services = {store};
        QCOMPARE(EssentialsEmailRule::evaluate(facts).status, ItemStatus::Warning);
    }

    void aServerWithoutExchangeHasNoEmailToMove()
    {
        facts::Facts facts;
        facts.platform = "windows";
        QCOMPARE(EssentialsEmailRule::evaluate(facts).status, ItemStatus::Passed);
    }

    void onLinuxItSaysWhereToCheck()
    {
        QCOMPARE(EssentialsEmailRule::evaluate(probetest::fixtureTree(probetest::serverRoot)->read({})).status, ItemStatus::Unknown);
    }
};

QTEST_GUILESS_MAIN(TestEssentialsEmailRule)
#include "tst_essentialsemailrule.moc"
