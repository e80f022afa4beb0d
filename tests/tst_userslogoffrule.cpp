// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// net.users-logoff: other users' sessions on this computer, the operator's own not counted.

#include "ProbeFixtures.h"
#include "probes/rules/UsersLogoffRule.h"

#include <QTest>

using namespace prep;

class TestUsersLogoffRule : public QObject
{
    Q_OBJECT

private slots:
    void countsOtherUsers_data()
    {
        QTest::addColumn<QString>("currentUser");
        QTest::addColumn<ItemStatus>("status");
        QTest::addColumn<int>("listed");
        QTest::newRow("the administrator runs the wizard") << QStringLiteral("Administrator") << ItemStatus::Warning << 1;
        QTest::newRow("a snapshot: everyone counts") << QString() << ItemStatus::Warning << 2;
        QTest::newRow("maria runs it") << QStringLiteral("maria") << ItemStatus::Warning << 1;
    }
    void countsOtherUsers()
    {
        QFETCH(QString, currentUser);
        QFETCH(ItemStatus, status);
        QFETCH(int, listed);
        const facts::Facts facts = probetest::snapshot("sbs2003-server.json")->read({FactsArea::Sessions});
        const Finding finding = UsersLogoffRule::evaluate(facts, currentUser);
        QCOMPARE(finding.status, status);
        QCOMPARE(finding.details.size(), listed);
        const QString words = probetest::text(finding);
        if (currentUser != QLatin1String("maria"))
            QVERIFY2(words.contains(QStringLiteral("maria on RDP-Tcp#3 from PC-RECEPCION, since ")), qPrintable(words));
        QCOMPARE(words.contains(QStringLiteral("are not counted")), !currentUser.isEmpty());
    }

    void aloneIsNotYetDone()
    {
        facts::Facts facts;
        facts.sessions = {{"ana", "tty1", "", 0}};
        const Finding finding = UsersLogoffRule::evaluate(facts, QStringLiteral("ana"));
        QCOMPARE(finding.status, ItemStatus::Pending);
        QVERIFY(probetest::text(finding).contains(QStringLiteral("No other user is logged on to this computer.")));
        QVERIFY(probetest::text(finding).contains(QStringLiteral("Your own 1 session(s) as ana are not counted.")));
    }

    void noLoginRecordsIsUnknownWithTheReason()
    {
        const auto source = probetest::fixtureTree(probetest::serverRoot);
        const Finding finding = UsersLogoffRule::evaluate(source->read({FactsArea::Sessions}), QStringLiteral("ana"));
        QCOMPARE(finding.status, ItemStatus::Unknown);
        QVERIFY2(probetest::text(finding).contains(QStringLiteral("no login records")), qPrintable(probetest::text(finding)));
    }
};

QTEST_GUILESS_MAIN(TestUsersLogoffRule)
#include "tst_userslogoffrule.moc"
