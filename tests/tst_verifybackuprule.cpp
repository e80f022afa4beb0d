// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// data.verify-backup: what the comparison's lists mean for the upgrade.

#include "ProbeFixtures.h"
#include "probes/rules/VerifyBackupRule.h"

#include <QTest>

using namespace prep;

class TestVerifyBackupRule : public QObject
{
    Q_OBJECT

private slots:
    void judgesTheLists_data()
    {
        QTest::addColumn<int>("identical");
        QTest::addColumn<int>("mismatches");
        QTest::addColumn<int>("missing");
        QTest::addColumn<int>("changed");
        QTest::addColumn<int>("unreadable");
        QTest::addColumn<ItemStatus>("status");
        QTest::newRow("all identical") << 20 << 0 << 0 << 0 << 0 << ItemStatus::Passed;
        QTest::newRow("some changed since") << 18 << 0 << 0 << 2 << 0 << ItemStatus::Passed;
        QTest::newRow("one differs") << 19 << 1 << 0 << 0 << 0 << ItemStatus::Blocker;
        QTest::newRow("one without original") << 19 << 0 << 1 << 0 << 0 << ItemStatus::Warning;
        QTest::newRow("one unreadable") << 19 << 0 << 0 << 0 << 1 << ItemStatus::Warning;
        QTest::newRow("all changed since") << 0 << 0 << 0 << 3 << 0 << ItemStatus::Warning;
    }
    void judgesTheLists()
    {
        QFETCH(int, identical);
        QFETCH(int, mismatches);
        QFETCH(int, missing);
        QFETCH(int, changed);
        QFETCH(int, unreadable);
        QFETCH(ItemStatus, status);
        BackupReport report;
        const auto files = [](int count, const QString &name) {
            QStringList list;
            for (int i = 0; i < count; ++i)
                list.append(QStringLiteral("%1%2").arg(name).arg(i));
            return list;
        };
        report.identical = files(identical, QStringLiteral("same"));
        report.mismatches = files(mismatches, QStringLiteral("bad"));
        report.missing = files(missing, QStringLiteral("gone"));
        report.changed = files(changed, QStringLiteral("new"));
        for (const QString &path : files(unreadable, QStringLiteral("locked")))
            report.unreadable.append({path, false, QStringLiteral("Permission denied")});
        report.sampled = identical + mismatches + missing + changed + unreadable;
        report.filesInRestore = 500;
        const Finding finding = VerifyBackupRule::evaluate(report, QStringLiteral("/srv/datos"), QStringLiteral("/mnt/restaurado"));
        QCOMPARE(finding.status, status);
        const QString words = probetest::text(finding);
        QVERIFY2(words.contains(QStringLiteral("file(s) restored to /mnt/restaurado were compared with the originals in /srv/datos, picked at random among 500.")),
                 qPrintable(words));
        QCOMPARE(finding.details.size(), mismatches + missing + changed + unreadable);
        if (mismatches)
            QVERIFY(words.contains(QStringLiteral("Differs: bad0")));
        if (changed)
            QVERIFY(words.contains(QStringLiteral("Changed after the backup: new0")));
    }

    void theFilesNotReadAreNamedWithTheirReason()
    {
        BackupReport report;
        report.identical = {QStringLiteral("a.txt")};
        report.unreadable = {{QStringLiteral("queue"), true, {}}, {QStringLiteral("mail.pst"), false, QStringLiteral("Permission denied")}};
        report.sampled = 3;
        const QString words = probetest::text(VerifyBackupRule::evaluate(report, QStringLiteral("/a"), QStringLiteral("/b")));
        QVERIFY2(words.contains(QStringLiteral("Not read: queue: it is not an ordinary file")), qPrintable(words));
        QVERIFY2(words.contains(QStringLiteral("Not read: mail.pst: Permission denied")), qPrintable(words));
    }

    void nothingToCompareOrCancelledIsUnknown()
    {
        BackupReport empty;
        QCOMPARE(VerifyBackupRule::evaluate(empty, QStringLiteral("/a"), QStringLiteral("/b")).status, ItemStatus::Unknown);
        BackupReport cancelled;
        cancelled.sampled = 3;
        cancelled.cancelled = true;
        const Finding finding = VerifyBackupRule::evaluate(cancelled, QStringLiteral("/a"), QStringLiteral("/b"));
        QCOMPARE(finding.status, ItemStatus::Unknown);
        QVERIFY(probetest::text(finding).contains(QStringLiteral("cancelled")));
    }
};

QTEST_GUILESS_MAIN(TestVerifyBackupRule)
#include "tst_verifybackuprule.moc"
