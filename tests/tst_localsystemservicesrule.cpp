// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// os.stop-localsystem-services: running third-party services of the system account, with the
// start types to write down, which are also kept for restoring them after the upgrade.

#include "ProbeFixtures.h"
#include "catalog/TaskIds.h"
#include "probes/rules/LocalSystemServicesRule.h"
#include "probes/services/RecordedStartTypes.h"

#include <QTest>

using namespace prep;

class TestLocalSystemServicesRule : public QObject
{
    Q_OBJECT

    static facts::ServiceFacts service(const char *name, bool system, bool thirdParty, facts::ServiceState state,
                                       facts::StartType startType)
    {
        facts::ServiceFacts result;
        result.name = name;
        result.runsAsSystem = system;
        result.thirdParty = thirdParty;
        result.state = state;
        result.startType = startType;
        return result;
    }

private slots:
    void listsTheRunningThirdPartyRootServicesOfTheFixtureServer()
    {
        const auto source = probetest::fixtureTree(probetest::serverRoot);
        const facts::Facts facts = source->read({FactsArea::Services});
        const Finding finding = LocalSystemServicesRule::evaluate(facts);
        QCOMPARE(finding.status, ItemStatus::Warning);
        QCOMPARE(renderAll(finding.details),
                 QStringList({QStringLiteral("backupagent.service (Acme Backup Agent): start type Automatic"),
                              QStringLiteral("esets.service (ESET File Security): start type Automatic")}));
        QVERIFY(probetest::text(finding).contains(QStringLiteral("2 third-party service(s) run as root.")));
        const QMap<QString, QString> recorded = LocalSystemServicesRule::startTypesToRecord(facts);
        QCOMPARE(recorded.value(taskid::os::stopLocalsystemServices.formKey("backupagent.service")),
                 QStringLiteral("automatic"));
        QCOMPARE(recorded.size(), 2);
    }

    void listsLocalSystemServicesOfAWindowsSnapshot()
    {
        const facts::Facts facts = probetest::snapshot("sbs2003-server.json")->read({FactsArea::Services});
        const Finding finding = LocalSystemServicesRule::evaluate(facts);
        QCOMPARE(finding.status, ItemStatus::Warning);
        QCOMPARE(renderAll(finding.details),
                 QStringList({QStringLiteral("McShield (McAfee McShield): start type Automatic"),
                              QStringLiteral("BackupExecAgentAgent (Backup Exec Remote Agent for Windows Systems): start type Automatic")}));
        QVERIFY(probetest::text(finding).contains(QStringLiteral("2 third-party service(s) run as Local System.")));
    }

    void picksByAccountOwnerAndState_data()
    {
        using S = facts::ServiceState;
        QTest::addColumn<bool>("system");
        QTest::addColumn<bool>("thirdParty");
        QTest::addColumn<S>("state");
        QTest::addColumn<ItemStatus>("status");
        QTest::newRow("third-party, system, running") << true << true << S::Running << ItemStatus::Warning;
        QTest::newRow("stopped") << true << true << S::Stopped << ItemStatus::Pending;
        QTest::newRow("another account") << false << true << S::Running << ItemStatus::Pending;
        QTest::newRow("part of the system") << true << false << S::Running << ItemStatus::Pending;
    }
    void picksByAccountOwnerAndState()
    {
        QFETCH(bool, system);
        QFETCH(bool, thirdParty);
        QFETCH(facts::ServiceState, state);
        QFETCH(ItemStatus, status);
        facts::Facts facts;
        facts.services = {service("agent.service", system, thirdParty, state, facts::StartType::Manual),
                          service("cron.service", true, false, facts::ServiceState::Running, facts::StartType::Automatic)};
        const Finding finding = LocalSystemServicesRule::evaluate(facts);
        QCOMPARE(finding.status, status);
        QCOMPARE(finding.details.size(), status == ItemStatus::Warning ? 1 : 0);
        if (status == ItemStatus::Pending)
            QVERIFY(probetest::text(finding).contains(QStringLiteral("No third-party service runs as root now (2 services checked).")));
    }

    void withoutRunningStatesTheAutomaticOnesAreListedAsUnknown()
    {
        facts::Facts facts;
        facts.services = {service("agent.service", true, true, facts::ServiceState::Unknown, facts::StartType::Automatic),
                          service("manual.service", true, true, facts::ServiceState::Unknown, facts::StartType::Manual)};
        facts.problems = {"Services: cannot tell which services are running: no system.slice control group under /sys/fs/cgroup (systemd is not running)"};
        const Finding finding = LocalSystemServicesRule::evaluate(facts);
        QCOMPARE(finding.status, ItemStatus::Unknown);
        QCOMPARE(renderAll(finding.details), QStringList{QStringLiteral("agent.service: start type Automatic")});
        QVERIFY(probetest::text(finding).contains(QStringLiteral("systemd is not running")));
    }

    void noServicesAtAllIsUnknown()
    {
        const auto source = probetest::fixtureTree(probetest::minimalRoot);
        const Finding finding = LocalSystemServicesRule::evaluate(source->read({FactsArea::Services}));
        QCOMPARE(finding.status, ItemStatus::Unknown);
        QVERIFY(probetest::text(finding).contains(QStringLiteral("Services: no systemd unit files")));
    }

    void startTypesRoundTripThroughTheSession()
    {
        QMap<QString, QString> values;
        values.insert(RecordedStartTypes::key("esets.service"), QStringLiteral("automatic"));
        values.insert(RecordedStartTypes::key("LOBSync"), QStringLiteral("manual"));
        values.insert(taskid::net::internetInfo.formKey("isp"), QStringLiteral("Example"));
        const auto read = RecordedStartTypes::read(values);
        QCOMPARE(read.size(), 2);
        QCOMPARE(read.value(QStringLiteral("LOBSync")), facts::StartType::Manual);
        QCOMPARE(RecordedStartTypes::fromId(RecordedStartTypes::id(facts::StartType::Disabled)), facts::StartType::Disabled);
    }
};

QTEST_GUILESS_MAIN(TestLocalSystemServicesRule)
#include "tst_localsystemservicesrule.moc"
