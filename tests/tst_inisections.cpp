// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// INI and INF files as Windows reads them.

#include "probes/helpers/IniSections.h"

#include <QTest>

using namespace prep;

class TestIniSections : public QObject
{
    Q_OBJECT

private slots:
    void readsSectionsKeysAndLines()
    {
        const IniSections ini(QStringLiteral("top=1\r\n[Privilege Rights]\r\nSeServiceLogonRight = *S-1-5-20 ; comment\r\n"
                                             "[DenyExtensions]\r\n; a comment\r\n.EXE\r\n.bat\r\n[Empty]\r\n"));
        QVERIFY(ini.hasSection(QStringLiteral("privilege rights")));
        QVERIFY(ini.hasSection(QStringLiteral("Empty")));
        QVERIFY(!ini.hasSection(QStringLiteral("Other")));
        QVERIFY(ini.hasKey(QStringLiteral("PRIVILEGE RIGHTS"), QStringLiteral("seservicelogonright")));
        QCOMPARE(ini.value(QStringLiteral("Privilege Rights"), QStringLiteral("SeServiceLogonRight")), QStringLiteral("*S-1-5-20"));
        QCOMPARE(ini.lines(QStringLiteral("denyextensions")), QStringList({QStringLiteral(".EXE"), QStringLiteral(".bat")}));
        QCOMPARE(ini.value(QString(), QStringLiteral("top")), QStringLiteral("1"));
    }
};

QTEST_GUILESS_MAIN(TestIniSections)
#include "tst_inisections.moc"
