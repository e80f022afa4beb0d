// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// A crash or a power cut while the session is saved loses at most the last change: killed with
// SIGKILL at random moments in the middle of saving, the file is always exactly the old session or
// the new one, and what a killed save leaves behind does not disturb the next start.

#include "CrashSessions.h"
#include "checklist/SessionStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace prep;

class TestCrashSafety : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir dir;
    QString path() const { return dir.filePath(QStringLiteral("session.json")); }

private slots:
    void aKilledSaveLeavesTheOldOrTheNewSession()
    {
        const Session small = crash::small();
        const Session large = crash::large();
        QRandomGenerator random(20261121);
        int smallSeen = 0;
        int largeSeen = 0;
        QElapsedTimer clock;
        clock.start();
        constexpr int kills = 30;
        for (int i = 0; i < kills && clock.elapsed() < 120'000; ++i) {
            QProcess writer;
            writer.start(QStringLiteral(SESSION_WRITER_PATH), {path()});
            QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));
            // After one to four saves, and up to 20 ms into the next.
            const int saves = int(random.bounded(1, 5));
            for (int saved = 0; saved < saves;) {
                QVERIFY2(writer.waitForReadyRead(30'000), "session-writer stopped saving");
                while (writer.canReadLine()) {
                    writer.readLine();
                    ++saved;
                }
            }
            QThread::usleep(random.bounded(0, 20'000));
            QCOMPARE(::kill(static_cast<pid_t>(writer.processId()), SIGKILL), 0);
            QVERIFY(writer.waitForFinished(30'000));
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

            Session loaded;
            QString reason;
            QVERIFY2(SessionStore::read(path(), &loaded, &reason),
                     qPrintable(QStringLiteral("kill %1: %2").arg(i).arg(reason)));
            if (loaded == small)
                ++smallSeen;
            else if (loaded == large)
                ++largeSeen;
            else
                QFAIL(qPrintable(QStringLiteral("kill %1: the file is neither session").arg(i)));
        }
        qInfo("%d kills: the small session %d times, the large one %d times", smallSeen + largeSeen, smallSeen,
              largeSeen);
        QVERIFY2(smallSeen + largeSeen >= 10, "too few kills in the time allowed");
    }

    void theNextStartIgnoresAndRemovesLeftoversOfAKilledSave()
    {
        SessionStore store(path());
        QString error;
        QVERIFY2(store.save(crash::small(), &error), qPrintable(error));
        // What QSaveFile leaves when killed between writing its temporary file and the rename:
        // a complete newer session, and a half-written one.
        const QString complete = path() + QStringLiteral(".Ab12Cd");
        const QString partial = path() + QStringLiteral(".xY98zW");
        {
            QFile file(complete);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QJsonDocument(crash::large().toJson()).toJson());
        }
        {
            QFile file(partial);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("{\"schema\": \"prepwizard.session/1\", \"items\": {\"da");
        }
        const QDateTime anHourAgo = QDateTime::currentDateTimeUtc().addSecs(-3600);
        for (const QString &leftover : {complete, partial}) {
            QFile file(leftover);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.setFileTime(anHourAgo, QFileDevice::FileModificationTime));
        }
        // A save in progress in another window right now: its file is left alone.
        const QString inProgress = path() + QStringLiteral(".Zz00Zz");
        {
            QFile file(inProgress);
            QVERIFY(file.open(QIODevice::WriteOnly));
        }

        Session loaded;
        QString message;
        QCOMPARE(store.load(&loaded, &message), SessionStore::LoadResult::Loaded);
        QCOMPARE(loaded, crash::small());
        QVERIFY2(message.isEmpty(), qPrintable(message));
        QVERIFY(!QFile::exists(complete));
        QVERIFY(!QFile::exists(partial));
        QVERIFY(QFile::exists(inProgress));
        QVERIFY(store.save(crash::large(), &error));
        QCOMPARE(store.load(&loaded, &message), SessionStore::LoadResult::Loaded);
        QCOMPARE(loaded, crash::large());
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
