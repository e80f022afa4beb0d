// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// net.internet-info: the network settings that prefill the Internet information form.

#include "ProbeFixtures.h"
#include "probes/net/InternetInfoFields.h"
#include "probes/rules/InternetInfoRule.h"

#include <QTest>

using namespace prep;

class TestInternetInfoRule : public QObject
{
    Q_OBJECT

private slots:
    void prefillsFromTheFixtureServer()
    {
        const auto source = probetest::fixtureTree(probetest::serverRoot);
        const ProbeOutput output = InternetInfoRule::evaluate(source->read({FactsArea::Network}));
        QCOMPARE(output.finding.status, ItemStatus::Pending);
        const auto value = [&](const char *key) { return output.formDefaults.value(InternetInfoFields::formKey(key)); };
        QCOMPARE(value("serverName"), QStringLiteral("srv-oficina"));
        QCOMPARE(value("domain"), QStringLiteral("oficina.local"));
        QCOMPARE(value("gateway"), QStringLiteral("192.168.16.1"));
        QCOMPARE(value("dnsServers"), QStringLiteral("192.168.16.2, 192.168.16.1"));
        QVERIFY2(value("adapters").contains(QStringLiteral("eth0 00:15:5d:10:00:0a 192.168.16.10/24")), qPrintable(value("adapters")));
        QVERIFY(!value("adapters").contains(QStringLiteral("lo ")));
        QVERIFY(renderAll(output.finding.details).contains(QStringLiteral("Default gateway: 192.168.16.1")));
        // The rest is the operator's.
        QVERIFY(!output.formDefaults.contains(InternetInfoFields::formKey("isp")));
    }

    void prefillsFromAWindowsSnapshot()
    {
        const ProbeOutput output = InternetInfoRule::evaluate(probetest::snapshot("sbs2003-server.json")->read({FactsArea::Network}));
        QCOMPARE(renderAll(output.finding.details),
                 QStringList({QStringLiteral("Adapter Conexión de área local (MAC address 00:0D:56:AA:10:01): 192.168.16.2/24"),
                              QStringLiteral("Adapter Conexión de red 2 (MAC address 00:0D:56:AA:10:02): 81.45.12.7/29"),
                              QStringLiteral("Default gateway: 81.45.12.1"), QStringLiteral("DNS servers: 192.168.16.2")}));
    }

    void nothingReadableIsUnknown()
    {
        const auto source = probetest::fixtureTree(probetest::minimalRoot);
        const ProbeOutput output = InternetInfoRule::evaluate(source->read({FactsArea::Network}));
        QCOMPARE(output.finding.status, ItemStatus::Unknown);
        QVERIFY(output.formDefaults.value(InternetInfoFields::formKey("adapters")).isEmpty());
    }

    void everyFieldHasALabelAndChoicesHaveWords()
    {
        for (const InternetInfoFields::Field &field : InternetInfoFields::fields()) {
            QVERIFY(!InternetInfoFields::labelText(field).isEmpty());
            QCOMPARE(InternetInfoFields::field(QLatin1String(field.key)), &field);
            if (field.kind == InternetInfoFields::Kind::Choice)
                QVERIFY(field.choices.size() >= 2 && QLatin1String(field.choices.front().id).isEmpty());
        }
        QCOMPARE(InternetInfoFields::valueText(*InternetInfoFields::field(QStringLiteral("router")), QStringLiteral("yes")), QStringLiteral("Yes"));
        QVERIFY(InternetInfoFields::notVerifiedText().contains(QStringLiteral("not been verified")));
    }
};

QTEST_GUILESS_MAIN(TestInternetInfoRule)
#include "tst_internetinforule.moc"
