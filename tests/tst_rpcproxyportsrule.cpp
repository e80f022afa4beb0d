// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// mail.rpc-over-http: the RpcProxy ValidPorts value, parsed and judged.

#include "ProbeFixtures.h"
#include "probes/rules/RpcProxyPortsRule.h"

#include <QTest>

using namespace prep;

class TestRpcProxyPortsRule : public QObject
{
    Q_OBJECT

    static facts::Facts withValidPorts(const char *value)
    {
        facts::Facts facts;
        facts.platform = "windows";
        facts.exchange = {true, "6.5.7638.1", value};
        return facts;
    }

private slots:
    void parsesEntries()
    {
        QStringList rejected;
        const auto entries = RpcProxyPortsRule::parse(QStringLiteral("remote. contoso.com:6001-6002;remote.contoso.com:6004;;bad;x:70000;y:9-3"), &rejected);
        QCOMPARE(entries.size(), std::size_t(2));
        QCOMPARE(entries[0].host, QStringLiteral("remote.contoso.com"));
        QCOMPARE(entries[0].firstPort, 6001);
        QCOMPARE(entries[0].lastPort, 6002);
        QCOMPARE(entries[1].firstPort, 6004);
        QCOMPARE(entries[1].lastPort, 6004);
        QCOMPARE(rejected, QStringList({QStringLiteral("bad"), QStringLiteral("x:70000"), QStringLiteral("y:9-3")}));
    }

    void judgesTheValue_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<ItemStatus>("status");
        QTest::newRow("the documents' example") << QStringLiteral("remote.contoso.com:6001-6002;remote.contoso.com:6004") << ItemStatus::Passed;
        QTest::newRow("one range for all") << QStringLiteral("mail.example.org:6001-6004") << ItemStatus::Passed;
        QTest::newRow("6004 missing") << QStringLiteral("remote.contoso.com:6001-6002") << ItemStatus::Warning;
        QTest::newRow("ports on different names") << QStringLiteral("a.contoso.com:6001-6002;b.contoso.com:6004") << ItemStatus::Warning;
        QTest::newRow("NetBIOS name only") << QStringLiteral("SRV:6001-6002;SRV:6004") << ItemStatus::Warning;
        QTest::newRow("not set up") << QString() << ItemStatus::Warning;
    }
    void judgesTheValue()
    {
        QFETCH(QString, value);
        QFETCH(ItemStatus, status);
        const QByteArray bytes = value.toUtf8();
        QCOMPARE(RpcProxyPortsRule::evaluate(withValidPorts(bytes.constData())).status, status);
    }

    void theSnapshotListsItsEntries()
    {
        const Finding finding = RpcProxyPortsRule::evaluate(probetest::snapshot("sbs2003-server.json")->read({FactsArea::Services, FactsArea::Exchange}));
        QCOMPARE(finding.status, ItemStatus::Warning); // SRV-SBS.oficina.local has no 6004
        QCOMPARE(renderAll(finding.details), QStringList({QStringLiteral("SRV-SBS: ports 6001 to 6002"),
                                                          QStringLiteral("SRV-SBS.oficina.local: ports 6001 to 6002"),
                                                          QStringLiteral("SRV-SBS: port 6004")}));
    }

    void withoutExchangeItDoesNotApply()
    {
        facts::Facts facts;
        facts.platform = "windows";
        QCOMPARE(RpcProxyPortsRule::evaluate(facts).status, ItemStatus::NotApplicable);
    }
};

QTEST_GUILESS_MAIN(TestRpcProxyPortsRule)
#include "tst_rpcproxyportsrule.moc"
