// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// No translation on worker threads: the probes, the backup comparison, the snapshot read in the
// background and the session's autosave give their words as LocalizedText (or codes), and the GUI
// thread renders them. A translator that notes the thread of every lookup catches one made
// elsewhere. Qt's own classes (contexts "QAbstractSocket", "QIODevice", …) translate their error
// texts where the error happens; those are Qt's, not the wizard's, and are not counted.

#include "ProbeFixtures.h"
#include "catalog/Catalog.h"
#include "checklist/ChecklistModel.h"
#include "checklist/SessionAutosaver.h"
#include "probes/backup/BackupCheck.h"
#include "probes/runner/ProbeRunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTranslator>

#include <memory>

#include <sys/stat.h>

using namespace prep;

namespace {

// Translates nothing; notes every lookup of the wizard's own texts made off the GUI thread.
class ThreadRecorder : public QTranslator
{
public:
    bool isEmpty() const override { return false; }

    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        const QByteArray name(context ? context : "");
        const bool qtOwn = name.size() > 1 && name.at(0) == 'Q' && QChar::isUpper(name.at(1));
        if (QThread::currentThread() != QCoreApplication::instance()->thread() && !qtOwn) {
            const QMutexLocker lock(&m_mutex);
            m_offThread.append(QStringLiteral("%1: %2").arg(QString::fromUtf8(name), QString::fromUtf8(sourceText)));
        }
        return {};
    }

    QStringList takeOffThread()
    {
        const QMutexLocker lock(&m_mutex);
        QStringList taken;
        taken.swap(m_offThread);
        return taken;
    }

private:
    mutable QMutex m_mutex;
    mutable QStringList m_offThread;
};

QString lines(const QStringList &texts)
{
    return texts.join(QLatin1Char('\n'));
}

// Runs `work` on a thread of its own and waits for it. Not QtConcurrent: waiting for a QFuture may
// run a task that has not started yet on the waiting thread itself.
template<typename Work>
auto onAWorker(Work work)
{
    decltype(work()) result;
    const std::unique_ptr<QThread> thread(QThread::create([&] { result = work(); }));
    thread->start();
    thread->wait();
    return result;
}

} // namespace

class TestWorkerTranslation : public QObject
{
    Q_OBJECT

    ThreadRecorder m_recorder;
    QTemporaryDir m_dir;
    quint16 m_closedPort = 0;

    // Every probe of every path that needs no operator input, on these facts.
    void checkEveryPath(const std::shared_ptr<const FactsSource> &facts)
    {
        for (const UpgradePath &path : Catalog::instance().paths()) {
            ChecklistModel model;
            model.setPath(QLatin1String(path.id));
            ProbeSettings settings;
            settings.facts = facts;
            // Nothing listens there: refused at once, with Qt's error texts.
            settings.ntpHost = QStringLiteral("127.0.0.1");
            settings.ntpPort = m_closedPort;
            settings.internetHost = QStringLiteral("127.0.0.1");
            settings.internetPort = m_closedPort;
            settings.localTimeLimitMs = 5000;
            settings.networkTimeLimitMs = 1000;
            ProbeRunner runner(&model, settings);
            runner.checkAll();
            QTRY_VERIFY_WITH_TIMEOUT(runner.isIdle(), 30000);
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QTcpServer listener;
        QVERIFY(listener.listen(QHostAddress::LocalHost, 0));
        m_closedPort = listener.serverPort();
        listener.close();
        QCoreApplication::installTranslator(&m_recorder);
    }
    void cleanupTestCase() { QCoreApplication::removeTranslator(&m_recorder); }

    void theRecorderSeesALookupOnAWorker()
    {
        QCoreApplication::translate("Probes", "not on the GUI thread");
        QVERIFY(m_recorder.takeOffThread().isEmpty());
        onAWorker([] { return QCoreApplication::translate("Probes", "on a worker"); });
        QCOMPARE(m_recorder.takeOffThread(), QStringList{QStringLiteral("Probes: on a worker")});
    }

    void theProbesTranslateNothing_data()
    {
        QTest::addColumn<QString>("facts");
        QTest::newRow("snapshot of SBS 2003") << QStringLiteral("sbs2003-server.json");
        QTest::newRow("snapshot of SBS 2000") << QStringLiteral("sbs2000-server.json");
        QTest::newRow("a Linux server") << QString::fromStdString(probetest::serverRoot);
        // Most facts missing: the "could not read" endings.
        QTest::newRow("a minimal Linux") << QString::fromStdString(probetest::minimalRoot);
    }
    void theProbesTranslateNothing()
    {
        QFETCH(QString, facts);
        if (facts.endsWith(QLatin1String(".json")))
            checkEveryPath(probetest::snapshot(qPrintable(facts)));
        else
            checkEveryPath(probetest::fixtureTree(facts.toStdString()));
        const QStringList offThread = m_recorder.takeOffThread();
        QVERIFY2(offThread.isEmpty(), qPrintable(lines(offThread)));
    }

    void theBackupComparisonTranslatesNothing()
    {
        const QString original = m_dir.filePath(QStringLiteral("original"));
        const QString restored = m_dir.filePath(QStringLiteral("restored"));
        QVERIFY(QDir().mkpath(original) && QDir().mkpath(restored));
        for (const char *name : {"same.txt", "queue", "gone.txt"}) {
            QFile file(restored + QLatin1Char('/') + QLatin1String(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("restored");
        }
        QFile same(original + QStringLiteral("/same.txt"));
        QVERIFY(same.open(QIODevice::WriteOnly));
        same.write("restored");
        same.close();
        // A named pipe among the originals: not read, with the wizard's own reason.
        QCOMPARE(::mkfifo(QFile::encodeName(original + QStringLiteral("/queue")).constData(), 0600), 0);
        BackupCheck check;
        QSignalSpy finished(&check, &BackupCheck::finished);
        check.start({original, restored, 10, {}, 1u});
        QVERIFY(finished.wait(10000));
        const auto report = finished.first().at(0).value<BackupReport>();
        QCOMPARE(report.unreadable.size(), 1);
        QCOMPARE(report.unreadable.first().text(), QStringLiteral("queue: it is not an ordinary file"));
        const QStringList offThread = m_recorder.takeOffThread();
        QVERIFY2(offThread.isEmpty(), qPrintable(lines(offThread)));
    }

    void aSnapshotReadOnAWorkerTranslatesNothing()
    {
        // As WizardController::openSnapshotInBackground reads one: the reason comes back in no
        // language and is put in words here.
        const QString folder = m_dir.filePath(QStringLiteral("not-a-snapshot"));
        QVERIFY(QDir().mkpath(folder));
        const QString damaged = m_dir.filePath(QStringLiteral("damaged.json"));
        QFile file(damaged);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ not json");
        file.close();
        for (const QString &fileName : {m_dir.filePath(QStringLiteral("missing.json")), folder, damaged}) {
            const LocalizedText reason = onAWorker([fileName] {
                LocalizedText error;
                if (SnapshotFacts::load(fileName, &error))
                    qFatal("read a snapshot that is none");
                return error;
            });
            QVERIFY2(reason.toString().contains(fileName), qPrintable(reason.toString()));
        }
        const QStringList offThread = m_recorder.takeOffThread();
        QVERIFY2(offThread.isEmpty(), qPrintable(lines(offThread)));
    }

    void theAutosaveTranslatesNothing()
    {
        // The session file is a folder: every write fails, with the wizard's own words.
        const QString folder = m_dir.filePath(QStringLiteral("session.json"));
        QVERIFY(QDir().mkpath(folder));
        SessionStore store(folder);
        ChecklistModel model;
        SessionAutosaver autosaver(&model, &store);
        QSignalSpy failed(&autosaver, &SessionAutosaver::saveFailed);
        model.setServerName(QStringLiteral("SRV-SBS"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("it is a folder")),
                 qPrintable(failed.first().first().toString()));
        const QStringList offThread = m_recorder.takeOffThread();
        QVERIFY2(offThread.isEmpty(), qPrintable(lines(offThread)));
    }
};

QTEST_GUILESS_MAIN(TestWorkerTranslation)
#include "tst_workertranslation.moc"
