// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// post.restore-services: the recorded start types against the services as they are now.

#include "ProbeFixtures.h"
#include "probes/rules/RestoreServicesRule.h"

#include <QTest>

using namespace prep;

class TestRestoreServicesRule : public QObject
{
    Q_OBJECT

    static facts::Facts withAgent(facts::StartType now)
    {
        facts::Facts facts;
        facts::ServiceFacts agent;
        agent.name = "backupagent.service";
        agent.startType = now;
        facts.services = {agent};
        return facts;
    }

private slots:
    void comparesWithWhatWasRecorded_data()
    {
        using T = facts::StartType;
        QTest::addColumn<T>("now");
        QTest::addColumn<ItemStatus>("status");
        QTest::newRow("set back") << T::Automatic << ItemStatus::Passed;
        QTest::newRow("still disabled") << T::Disabled << ItemStatus::Warning;
    }
    void comparesWithWhatWasRecorded()
    {
        QFETCH(facts::StartType, now);
        QFETCH(ItemStatus, status);
        const Finding finding = RestoreServicesRule::evaluate(withAgent(now), {{QStringLiteral("backupagent.service"), facts::StartType::Automatic}});
        QCOMPARE(finding.status, status);
        if (status == ItemStatus::Warning)
            QCOMPARE(renderAll(finding.details), QStringList{QStringLiteral("backupagent.service: start type Automatic")});
    }

    void aServiceThatIsGoneIsNamed()
    {
        const Finding finding = RestoreServicesRule::evaluate(withAgent(facts::StartType::Manual), {{QStringLiteral("old.service"), facts::StartType::Manual}});
        QCOMPARE(finding.status, ItemStatus::Warning);
        QCOMPARE(renderAll(finding.details), QStringList{QStringLiteral("old.service: no longer installed")});
    }

    void nothingRecordedYetIsPending()
    {
        QCOMPARE(RestoreServicesRule::evaluate(withAgent(facts::StartType::Manual), {}).status, ItemStatus::Pending);
    }
};

QTEST_GUILESS_MAIN(TestRestoreServicesRule)
#include "tst_restoreservicesrule.moc"
