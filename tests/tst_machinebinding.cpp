// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// The checklist belongs to one machine: the session records it, resuming reopens the snapshot,
// a snapshot that is gone is said and nothing is checked in its place, a snapshot of another
// server asks first, and "Check again" on a snapshot asks for a new one instead of re-reading the
// old file. The real wizard, with real probes (every server they might ask on 127.0.0.1).

#include "AnswerBox.h"
#include "BackupCheckDialog.h"
#include "LanguageSwitcher.h"
#include "PrepWizard.h"
#include "StepsPanel.h"
#include "WelcomePage.h"
#include "WizardController.h"
#include "catalog/TaskIds.h"
#include "checklist/ChecklistModel.h"
#include "checklist/SessionStore.h"
#include "probes/runner/ProbeRunner.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace prep;

class TestMachineBinding : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    LanguageSwitcher m_languages;

    QString sessionFile() const { return m_dir.filePath(QStringLiteral("session.json")); }
    QString snapshotFile() const { return m_dir.filePath(QStringLiteral("srv-sbs.json")); }

    static ProbeSettings localProbes()
    {
        ProbeSettings settings;
        settings.ntpHost = settings.internetHost = QStringLiteral("127.0.0.1");
        settings.ntpPort = settings.internetPort = 9; // nothing listens: "unknown", at once
        return settings;
    }

    std::unique_ptr<WizardController> start(const QString &factsFile = {}) const
    {
        auto controller = std::make_unique<WizardController>(
            WizardController::Options{sessionFile(), QStringLiteral("en"), {}, localProbes(), factsFile},
            const_cast<LanguageSwitcher *>(&m_languages));
        controller->wizard()->show();
        return controller;
    }

    // A checklist under way with one task done, about `machine`.
    void writeSession(const SessionMachine &machine) const
    {
        Session session;
        session.pathId = QStringLiteral("sbs2000-to-sbs2003");
        session.language = QStringLiteral("en");
        session.serverName = machine.hostName;
        session.machine = machine;
        ItemState done;
        done.confirmedAt = QDateTime::currentDateTimeUtc();
        session.items.insert(QString(taskid::data::fullBackup), done);
        QString error;
        QVERIFY2(SessionStore(sessionFile()).save(session, &error), qPrintable(error));
    }

    static QString machineText(const WizardController &controller)
    {
        return controller.wizard()->stepsPanel()->findChild<QLabel *>(QStringLiteral("machineLabel"))->text();
    }
    static QString welcomeProblem(const WizardController &controller)
    {
        return controller.wizard()->welcomePage()->findChild<QLabel *>(QStringLiteral("sessionProblem"))->text();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PrepWizardTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_machinebinding"));
        QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
    }

    void init()
    {
        QFile::remove(sessionFile());
        QFile::remove(snapshotFile());
        QVERIFY(QFile::copy(QStringLiteral(PREP_FIXTURES "/snapshots/sbs2003-server.json"), snapshotFile()));
    }

    void theSessionRecordsTheSnapshotItChecks()
    {
        auto controller = start();
        QCOMPARE(controller->model()->session().machine.hostName, QSysInfo::machineHostName());
        QVERIFY(!controller->model()->session().machine.isSnapshot());
        QString error;
        QVERIFY2(controller->openSnapshot(snapshotFile(), &error), qPrintable(error));
        const SessionMachine machine = controller->model()->session().machine;
        QCOMPARE(machine.hostName, QStringLiteral("SRV-SBS"));
        QCOMPARE(machine.snapshotFile, snapshotFile());
        QCOMPARE(machine.snapshotTakenAt, QDateTime(QDate(2025, 11, 21), QTime(9, 30), Qt::UTC));
        // And it is in the file, read back the same.
        controller.reset();
        Session saved;
        QVERIFY2(SessionStore::read(sessionFile(), &saved, &error), qPrintable(error));
        QCOMPARE(saved.machine, machine);
    }

    // The folders of the backup comparison are read from this computer: on a snapshot, the dialog
    // says to give the server's folders by their network names.
    void theBackupComparisonOfASnapshotReachesTheServer()
    {
        auto controller = start();
        const auto intro = [&] {
            BackupCheckDialog dialog(controller->model(), controller->wizard());
            return dialog.findChild<QLabel *>(QStringLiteral("backupIntro"))->text();
        };
        QVERIFY(!intro().contains(QStringLiteral("network names")));
        QString error;
        QVERIFY2(controller->openSnapshot(snapshotFile(), &error), qPrintable(error));
        const QString text = intro();
        QVERIFY2(text.contains(QStringLiteral("This checklist is about SRV-SBS, not this computer")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("\\\\SRV-SBS\\Data")), qPrintable(text));
    }

    // The saved progress, in words: a server name with "%3" in it stays as typed (it is not a place
    // for the counts), and the time it was saved is a date in words, as everywhere else.
    void theSavedProgressIsSaidAsTyped()
    {
        writeSession({QStringLiteral("SRV %3 <b>"), {}, {}});
        Session saved;
        QString error;
        QVERIFY2(SessionStore::read(sessionFile(), &saved, &error), qPrintable(error));
        auto controller = start();
        const QString text =
            controller->wizard()->welcomePage()->findChild<QLabel *>(QStringLiteral("resumeText"))->text();
        QVERIFY2(text.startsWith(QStringLiteral("You started a checklist for SRV %3 <b> (")), qPrintable(text));
        QVERIFY2(text.contains(QRegularExpression(QStringLiteral("\\. [0-9]+ of [0-9]+ tasks are done\\."))), qPrintable(text));
        const QString month = QLocale(QLocale::English).monthName(saved.savedAt.toLocalTime().date().month());
        QVERIFY2(text.contains(QStringLiteral("Last saved: ")) && text.contains(month), qPrintable(text));
    }

    // The planned upgrade date as the operator gives it on the Welcome page: tick the box, pick
    // the day; the session keeps it, the next start shows it; untick: gone.
    void thePlannedDateIsGivenOnTheWelcomePageAndKept()
    {
        const QDate day = QDate::currentDate().addDays(9);
        {
            auto controller = start();
            WelcomePage *welcome = controller->wizard()->welcomePage();
            auto *given = welcome->findChild<QCheckBox *>(QStringLiteral("plannedDateCheck"));
            auto *edit = welcome->findChild<QDateEdit *>(QStringLiteral("plannedDateEdit"));
            QVERIFY(given && edit);
            QVERIFY(!edit->isEnabled());
            QVERIFY(!controller->model()->session().plannedDate.isValid());
            QTest::mouseClick(given, Qt::LeftButton);
            QVERIFY(edit->isEnabled());
            edit->setDate(day);
            QCOMPARE(controller->model()->session().plannedDate, day);
        }
        Session saved;
        QString error;
        QVERIFY2(SessionStore::read(sessionFile(), &saved, &error), qPrintable(error));
        QCOMPARE(saved.plannedDate, day);
        auto controller = start();
        WelcomePage *welcome = controller->wizard()->welcomePage();
        auto *given = welcome->findChild<QCheckBox *>(QStringLiteral("plannedDateCheck"));
        QVERIFY(given->isChecked());
        QCOMPARE(welcome->findChild<QDateEdit *>(QStringLiteral("plannedDateEdit"))->date(), day);
        QTest::mouseClick(given, Qt::LeftButton);
        QVERIFY(!controller->model()->session().plannedDate.isValid());
    }

    void resumingReopensTheSnapshot()
    {
        writeSession({QStringLiteral("SRV-SBS"), snapshotFile(), QDateTime(QDate(2025, 11, 21), QTime(9, 30), Qt::UTC)});
        auto controller = start();
        // Read on a worker: nothing is checked meanwhile, then that snapshot is.
        QVERIFY(!controller->probes()->settings().enabled);
        QTRY_VERIFY(controller->probes()->settings().facts);
        QVERIFY(controller->probes()->settings().enabled);
        QVERIFY2(machineText(*controller).contains(QStringLiteral("SRV-SBS")), qPrintable(machineText(*controller)));
        QVERIFY(welcomeProblem(*controller).isEmpty());
        QVERIFY(controller->probes()->canCheck(QString(taskid::hw::freeDisk)));
    }

    void aSnapshotThatIsGoneIsSaidAndNothingIsCheckedInstead()
    {
        const QString gone = m_dir.filePath(QStringLiteral("moved-away.json"));
        writeSession({QStringLiteral("SRV-SBS"), gone, QDateTime(QDate(2025, 11, 21), QTime(9, 30), Qt::UTC)});
        auto controller = start();
        // Not this computer in its place: nothing runs.
        QTRY_VERIFY(!welcomeProblem(*controller).isEmpty());
        QVERIFY(!controller->probes()->settings().enabled);
        QVERIFY(!controller->probes()->canCheck(QString(taskid::hw::freeDisk)));
        const QString problem = welcomeProblem(*controller);
        QVERIFY2(problem.contains(QStringLiteral("This checklist is about SRV-SBS, from the snapshot")), qPrintable(problem));
        QVERIFY(problem.contains(gone));
        QVERIFY(problem.contains(QStringLiteral("Nothing is checked until then.")));
        QVERIFY(machineText(*controller).contains(QStringLiteral("SRV-SBS")));
        // The progress is still there, and the file still names the lost snapshot.
        QVERIFY(controller->model()->state(QString(taskid::data::fullBackup)).confirmedAt.isValid());
        QCOMPARE(controller->model()->session().machine.snapshotFile, gone);

        // Opened from where it is now: checked again, and the session follows the file.
        QString error;
        QVERIFY2(controller->openSnapshot(snapshotFile(), &error), qPrintable(error));
        QVERIFY(controller->probes()->settings().enabled);
        QCOMPARE(controller->model()->session().machine.snapshotFile, snapshotFile());
        QVERIFY(welcomeProblem(*controller).isEmpty());
    }

    void aNewChecklistForThisComputerAfterALostSnapshot()
    {
        writeSession({QStringLiteral("SRV-SBS"), m_dir.filePath(QStringLiteral("moved-away.json")), {}});
        auto controller = start();
        QTRY_VERIFY(!welcomeProblem(*controller).isEmpty());
        QVERIFY(!controller->probes()->settings().enabled);
        bool asked = false;
        answerBox(QStringLiteral("startOverQuestion"), QMessageBox::AcceptRole, &asked);
        auto *startOver = controller->wizard()->welcomePage()->findChild<QRadioButton *>(QStringLiteral("startOverButton"));
        QVERIFY(startOver && startOver->isVisible());
        startOver->setChecked(true);
        controller->wizard()->next();
        QVERIFY(asked);
        QTRY_COMPARE(controller->model()->session().machine.hostName, QSysInfo::machineHostName());
        QVERIFY(!controller->model()->session().machine.isSnapshot());
        QVERIFY(controller->probes()->settings().enabled);
        QVERIFY(!controller->probes()->settings().facts);
        QVERIFY(machineText(*controller).startsWith(QStringLiteral("Checking this computer")));
    }

    void aChecklistOfAnotherComputerIsNotCheckedHere()
    {
        writeSession({QStringLiteral("SOME-OTHER-PC-%1").arg(QSysInfo::machineHostName()), {}, {}});
        auto controller = start();
        QVERIFY(!controller->probes()->settings().enabled);
        QVERIFY2(welcomeProblem(*controller).contains(QStringLiteral("This checklist is about the computer SOME-OTHER-PC")),
                 qPrintable(welcomeProblem(*controller)));
    }

    void aSnapshotOfAnotherServerAsksFirst()
    {
        writeSession({QSysInfo::machineHostName(), {}, {}});
        auto controller = start();
        QVERIFY(controller->probes()->settings().enabled);
        bool asked = false;
        answerBox(QStringLiteral("otherServerQuestion"), QMessageBox::RejectRole, &asked);
        QString error;
        QVERIFY(!controller->openSnapshot(snapshotFile(), &error));
        QVERIFY(asked);
        QVERIFY2(error.contains(QStringLiteral("is of SRV-SBS, not of the server of this checklist")), qPrintable(error));
        QVERIFY(!controller->probes()->settings().facts);
        QCOMPARE(controller->model()->session().machine.hostName, QSysInfo::machineHostName());

        asked = false;
        answerBox(QStringLiteral("otherServerQuestion"), QMessageBox::AcceptRole, &asked);
        QVERIFY2(controller->openSnapshot(snapshotFile(), &error), qPrintable(error));
        QVERIFY(asked);
        QCOMPARE(controller->model()->session().machine.hostName, QStringLiteral("SRV-SBS"));
    }

    void checkAgainOnASnapshotAsksForANewOne()
    {
        auto controller = start(snapshotFile());
        controller->model()->setPath(QStringLiteral("sbs2000-to-sbs2003"));
        QSignalSpy done(controller->probes(), &ProbeRunner::allFinished);
        controller->probes()->checkAll();
        QVERIFY(done.wait(20000));
        const QDateTime checked = controller->model()->state(QString(taskid::hw::freeDisk)).finding.checkedAt;
        QVERIFY(checked.isValid());
        bool asked = false;
        answerBox(QStringLiteral("newSnapshotQuestion"), QMessageBox::RejectRole, &asked);
        emit controller->wizard()->checkRequested(QString(taskid::hw::freeDisk));
        QVERIFY(asked);
        QTest::qWait(200);
        QVERIFY(controller->probes()->isIdle());
        QCOMPARE(controller->model()->state(QString(taskid::hw::freeDisk)).finding.checkedAt, checked);
    }
};

QTEST_MAIN(TestMachineBinding)
#include "tst_machinebinding.moc"
