// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// The backup comparison as the dialog runs it: off the GUI thread, with progress, a finding for
// the checklist, and a Cancel that answers at once.

#include "ProbeFixtures.h"
#include "probes/backup/BackupCheck.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace prep;

class TestBackupCheck : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString tree(const QString &name, int files, const QByteArray &content)
    {
        const QString root = m_dir.filePath(name);
        QDir().mkpath(root + QStringLiteral("/sub"));
        for (int i = 0; i < files; ++i) {
            QFile file(QStringLiteral("%1/sub/%2.dat").arg(root).arg(i));
            if (!file.open(QIODevice::WriteOnly))
                qFatal("cannot write the test tree");
            file.write(content);
        }
        return root;
    }

private slots:
    void theSampleSizeComesFromTheCatalog() { QCOMPARE(BackupCheck::sampleSize(), 20); }

    void saysWhyFoldersCannotBeCompared()
    {
        const QString a = tree(QStringLiteral("a"), 1, "x");
        QVERIFY(BackupCheck::problemWith(QString(), a).contains(QStringLiteral("original files")));
        QVERIFY(BackupCheck::problemWith(a, m_dir.filePath(QStringLiteral("nowhere"))).contains(QStringLiteral("restored")));
        QVERIFY(BackupCheck::problemWith(a, a + QStringLiteral("/sub/..")).contains(QStringLiteral("not over the originals")));
        QVERIFY(BackupCheck::problemWith(a, tree(QStringLiteral("b"), 1, "x")).isEmpty());
    }

    void comparesOffTheGuiThreadAndGivesAFinding()
    {
        const QString original = tree(QStringLiteral("original"), 30, "same");
        const QString restored = tree(QStringLiteral("restored"), 30, "same");
        BackupCheck check;
        QSignalSpy progress(&check, &BackupCheck::progress);
        QSignalSpy finished(&check, &BackupCheck::finished);
        check.start({original, restored, BackupCheck::sampleSize(), {}, 7u});
        QVERIFY(check.isRunning());
        QVERIFY(finished.wait(10000));
        QVERIFY(!check.isRunning());
        const auto report = finished.first().at(0).value<BackupReport>();
        const auto finding = finished.first().at(1).value<Finding>();
        QCOMPARE(report.sampled, 20);
        QCOMPARE(report.filesInRestore, 30);
        QCOMPARE(finding.status, ItemStatus::Passed);
        QVERIFY(!progress.isEmpty());
    }

    void cancelAnswersAtOnceAndTheWorkersResultIsDropped()
    {
        const QString original = tree(QStringLiteral("big-original"), 200, QByteArray(64 * 1024, 'a'));
        const QString restored = tree(QStringLiteral("big-restored"), 200, QByteArray(64 * 1024, 'a'));
        BackupCheck check;
        QSignalSpy finished(&check, &BackupCheck::finished);
        check.start({original, restored, 200, {}, 1u});
        check.cancel();
        QCOMPARE(finished.count(), 1);
        QVERIFY(!check.isRunning());
        QVERIFY(finished.first().at(0).value<BackupReport>().cancelled);
        QCOMPARE(finished.first().at(1).value<Finding>().status, ItemStatus::Unknown);
        QTest::qWait(300);
        QCOMPARE(finished.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestBackupCheck)
#include "tst_backupcheck.moc"
