// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// The probes in the real wizard: they start when the path is chosen, their findings show in the
// opened task, the Internet information form is prefilled and saved, the folder for Setup's files
// is checked, and restored backup files are compared from the data task. Facts come from a
// snapshot and every server is on 127.0.0.1.

#include "BackupCheckDialog.h"
#include "CategoryPage.h"
#include "LanguageSwitcher.h"
#include "NoticeCountdownPanel.h"
#include "PageIds.h"
#include "PathPage.h"
#include "PrepWizard.h"
#include "ProbeFixtures.h"
#include "TaskDetailsPanel.h"
#include "WizardController.h"
#include "WizardDriver.h"
#include "catalog/TaskIds.h"
#include "checklist/ChecklistModel.h"
#include "probes/net/InternetInfoFields.h"
#include "probes/runner/ProbeRunner.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace prep;

class TestWizardProbes : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    LanguageSwitcher languages;

    QString sessionFile() const { return dir.filePath(QStringLiteral("session.json")); }

    static ProbeSettings loopbackSettings()
    {
        ProbeSettings settings;
        settings.facts = probetest::snapshot("sbs2003-server.json");
        settings.ntpHost = QStringLiteral("127.0.0.1");
        settings.internetHost = QStringLiteral("127.0.0.1");
        return settings;
    }

    std::unique_ptr<WizardController> start(ProbeSettings settings = loopbackSettings())
    {
        auto controller = std::make_unique<WizardController>(
            WizardController::Options{sessionFile(), QStringLiteral("en"), QStringLiteral("sbs2000-to-sbs2003"), settings},
            &languages);
        controller->wizard()->show();
        if (!QTest::qWaitForWindowExposed(controller->wizard()))
            qWarning("window not exposed");
        return controller;
    }

    static void next(PrepWizard *wizard) { QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton); }

    static void waitForProbes(WizardController &controller)
    {
        QTRY_VERIFY_WITH_TIMEOUT(controller.probes()->isIdle(), 20000);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PrepWizardTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_wizardprobes"));
    }

    void init() { QFile::remove(sessionFile()); }

    void probesAreOffUnlessAskedFor()
    {
        auto controller = start(WizardController::Options{}.probes);
        next(controller->wizard());
        next(controller->wizard()); // the path page announces the path
        QVERIFY(controller->probes()->isIdle());
        QCOMPARE(controller->model()->status(QString(taskid::hw::freeDisk)), ItemStatus::Pending);
    }

    // "Check again" only where the wizard has something to check with.
    void checkAgainOnlyForTasksTheWizardCanCheck()
    {
        auto controller = start();
        next(controller->wizard());
        const auto offered = [&](const QString &taskId) {
            return openTask(*controller, taskId)->findChild<QPushButton *>(QStringLiteral("checkAgainButton"))->isVisible();
        };
        QVERIFY(offered(QString(taskid::hw::freeDisk)));        // automatic, with a probe
        QVERIFY(offered(QString(taskid::net::internetInfo)));   // assisted, with a probe
        QVERIFY(offered(QString(taskid::data::fullBackup)));    // assisted, with a probe (issue 17)
        QVERIFY(!offered(QString(taskid::net::notifyUsers)));   // assisted, its countdown is its action
        QVERIFY(!offered(QString(taskid::data::verifyBackup))); // its own button asks for the folders
        QVERIFY(!offered(QString(taskid::os::sbs2000Sp1)));     // manual
        waitForProbes(*controller);
    }

    // net.notify-users: the message to send and the document's wait as a countdown the operator
    // starts in the task's panel; the test moves the panel's clock instead of waiting.
    void notifyUsersCountsDownTheDocumentsWaitInTheTaskPanel()
    {
        auto controller = start();
        next(controller->wizard());
        TaskDetailsPanel *details = openTask(*controller, taskid::net::notifyUsers);
        auto *panel = details->findChild<NoticeCountdownPanel *>();
        QVERIFY(panel);
        QVERIFY(panel->isVisible());
        qint64 now = 1000; // the panel's monotonic clock, in milliseconds
        panel->setClock([&now] { return now; });
        const auto command = panel->findChild<QLabel *>(QStringLiteral("noticeCommand"));
        QCOMPARE(command->text(), QStringLiteral("Net send * You must log off from the domain in approximately 5 minutes. At that point, the Internet will also be unavailable."));
        QVERIFY(command->textInteractionFlags() & Qt::TextSelectableByMouse);
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("noticeCopyButton")), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), command->text());
        auto *timeLeft = panel->findChild<QLabel *>(QStringLiteral("noticeTimeLeft"));
        auto *startButton = panel->findChild<QPushButton *>(QStringLiteral("noticeStartButton"));
        QCOMPARE(timeLeft->text(), QStringLiteral("Wait after the message: 5:00"));

        QTest::mouseClick(startButton, Qt::LeftButton);
        QCOMPARE(timeLeft->text(), QStringLiteral("Time left: 5:00"));
        QCOMPARE(startButton->text(), QStringLiteral("S&top the wait"));
        now += 61 * 1000;
        panel->showTimeLeft();
        QCOMPARE(timeLeft->text(), QStringLiteral("Time left: 3:59"));
        // The wizard goes on answering meanwhile: another task opens and the panel comes back.
        openTask(*controller, taskid::net::usersLogoff);
        QVERIFY(!panel->isVisible());
        openTask(*controller, taskid::net::notifyUsers);
        QVERIFY(panel->isVisible());
        now += 239 * 1000;
        panel->showTimeLeft();
        QCOMPARE(timeLeft->text(), QStringLiteral("The time is up: continue with the next step."));

        // In Spanish, the same countdown in Spanish words.
        languages.setLanguage(QStringLiteral("es"));
        QCoreApplication::processEvents(); // LanguageChange is posted to the windows
        QCOMPARE(timeLeft->text(), QStringLiteral("Se acabó el tiempo: continúe con el paso siguiente."));
        QVERIFY(command->text().startsWith(QStringLiteral("Net send * Debe cerrar la sesión del dominio")));
        languages.setLanguage(QStringLiteral("en"));
        QCoreApplication::processEvents();

        // Started again and stopped: back to the whole wait.
        QTest::mouseClick(startButton, Qt::LeftButton);
        QCOMPARE(timeLeft->text(), QStringLiteral("Time left: 5:00"));
        QTest::mouseClick(startButton, Qt::LeftButton);
        QCOMPARE(timeLeft->text(), QStringLiteral("Wait after the message: 5:00"));

        // Seed 001 (sbs2003-upgrade) gives neither the net send command nor a wait: once that path
        // is chosen, the task opens without the countdown; back on the SBS 2000 path, it is there.
        controller->model()->setPath(QStringLiteral("sbs2003-upgrade"));
        QVERIFY(openTask(*controller, taskid::net::notifyUsers));
        QVERIFY(!panel->isVisible());
        controller->model()->setPath(QStringLiteral("sbs2000-to-sbs2003"));
        QVERIFY(openTask(*controller, taskid::net::usersLogoff));
        QVERIFY(openTask(*controller, taskid::net::notifyUsers));
        QVERIFY(panel->isVisible());
        waitForProbes(*controller);
    }

    // A newly assisted task shows the snapshot's fact in its panel.
    void aNewlyAssistedTaskShowsTheSnapshotsFact()
    {
        auto controller = start();
        next(controller->wizard());
        next(controller->wizard());
        waitForProbes(*controller);
        TaskDetailsPanel *details = openTask(*controller, taskid::data::virusScan);
        auto *body = details->findChild<QLabel *>(QStringLiteral("taskBody"));
        QVERIFY(body);
        QVERIFY2(body->text().contains(QLatin1String("Scan these 2 drives")), qPrintable(body->text()));
        QCOMPARE(controller->model()->status(QString(taskid::data::virusScan)), ItemStatus::Pending);
    }

    void choosingThePathStartsTheProbesAndTheTaskShowsWhatTheyFound()
    {
        auto controller = start();
        next(controller->wizard());
        QCOMPARE(controller->wizard()->currentId(), int(PathPageId));
        QVERIFY(!controller->probes()->isIdle());
        waitForProbes(*controller);
        QCOMPARE(controller->model()->status(QString(taskid::hw::freeDisk)), ItemStatus::Blocker);
        TaskDetailsPanel *details = openTask(*controller, QString(taskid::hw::freeDisk));
        auto *body = details->findChild<QLabel *>(QStringLiteral("taskBody"));
        QVERIFY2(body->text().contains(QStringLiteral("on C:\\ (the system volume), 2.0 GB needed.")), qPrintable(body->text()));
        // Check again runs that one probe once more.
        QTest::mouseClick(details->findChild<QPushButton *>(QStringLiteral("checkAgainButton")), Qt::LeftButton);
        QCOMPARE(controller->model()->status(QString(taskid::hw::freeDisk)), ItemStatus::Running);
        waitForProbes(*controller);
        QCOMPARE(controller->model()->status(QString(taskid::hw::freeDisk)), ItemStatus::Blocker);
    }

    void theSetupFolderIsCheckedToo()
    {
        auto controller = start();
        next(controller->wizard());
        waitForProbes(*controller);
        TaskDetailsPanel *details = openTask(*controller, QString(taskid::hw::freeDisk));
        auto *folder = details->findChild<QLineEdit *>(QStringLiteral("setupFolderEdit"));
        QVERIFY(folder->isVisible());
        QVERIFY(!folder->accessibleName().isEmpty());
        folder->setFocus();
        QTest::keyClicks(folder, QStringLiteral("D:\\Setup"));
        QTest::keyClick(folder, Qt::Key_Tab); // leaving the field chooses the folder
        QCOMPARE(controller->model()->formValue(ProbeRunner::setupFolderKey()), QStringLiteral("D:\\Setup"));
        waitForProbes(*controller);
        QVERIFY(controller->model()
                    ->indexOf(QString(taskid::hw::freeDisk))
                    .data(ChecklistModel::EvidenceRole)
                    .toStringList()
                    .join(u' ')
                    .contains(QStringLiteral("on D:\\ (the volume of the folder for Setup's files, D:\\Setup)")));
        // Another task does not show the field.
        openTask(*controller, QString(taskid::hw::requirements));
        QVERIFY(!folder->isVisible());
    }

    void theInternetInformationFormIsPrefilledAndSaved()
    {
        {
            auto controller = start();
            next(controller->wizard());
            waitForProbes(*controller);
            TaskDetailsPanel *details = openTask(*controller, QString(taskid::net::internetInfo));
            auto *form = details->findChild<QWidget *>(QStringLiteral("internetInfoForm"));
            QVERIFY(form->isVisible());
            QVERIFY(form->findChild<QLabel *>(QStringLiteral("internetInfoNote"))->text().contains(QStringLiteral("not been verified")));
            QCOMPARE(form->findChild<QLineEdit *>(QStringLiteral("gateway"))->text(), QStringLiteral("81.45.12.1"));
            QVERIFY(form->findChild<QPlainTextEdit *>(QStringLiteral("adapters"))->toPlainText().contains(QStringLiteral("192.168.16.2/24")));
            auto *isp = form->findChild<QLineEdit *>(QStringLiteral("isp"));
            QVERIFY(!isp->accessibleName().isEmpty());
            QTest::keyClicks(isp, QStringLiteral("Telefonica, 1004"));
            auto *connection = form->findChild<QComboBox *>(QStringLiteral("connectionType"));
            connection->setCurrentIndex(connection->findData(QStringLiteral("broadband")));
            emit connection->activated(connection->currentIndex());
            QCOMPARE(controller->model()->formValue(InternetInfoFields::formKey("isp")), QStringLiteral("Telefonica, 1004"));
            QCOMPARE(controller->model()->formValue(InternetInfoFields::formKey("connectionType")), QStringLiteral("broadband"));
        }
        // Kept in the session: the next start shows it again.
        auto controller = start(WizardController::Options{}.probes);
        TaskDetailsPanel *details = openTask(*controller, QString(taskid::net::internetInfo));
        QCOMPARE(details->findChild<QLineEdit *>(QStringLiteral("isp"))->text(), QStringLiteral("Telefonica, 1004"));
        QCOMPARE(details->findChild<QComboBox *>(QStringLiteral("connectionType"))->currentData().toString(), QStringLiteral("broadband"));
    }

    void restoredFilesAreComparedFromTheDataTask()
    {
        QTemporaryDir trees;
        const auto write = [](const QString &path, const QByteArray &content) {
            QDir().mkpath(QFileInfo(path).absolutePath());
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        };
        const QString original = trees.filePath(QStringLiteral("datos"));
        const QString restored = trees.filePath(QStringLiteral("restaurado"));
        write(original + QStringLiteral("/a.txt"), "same");
        write(restored + QStringLiteral("/a.txt"), "same");
        write(restored + QStringLiteral("/gone.txt"), "only in the backup");

        auto controller = start(WizardController::Options{}.probes);
        TaskDetailsPanel *details = openTask(*controller, QString(taskid::data::verifyBackup));
        auto *launch = details->findChild<QPushButton *>(QStringLiteral("backupCheckButton"));
        QVERIFY(launch->isVisible());
        QTest::mouseClick(launch, Qt::LeftButton);
        BackupCheckDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = controller->wizard()->findChild<BackupCheckDialog *>()) && dialog->isVisible());
        auto *compare = dialog->findChild<QPushButton *>(QStringLiteral("compareButton"));
        QVERIFY(!compare->isEnabled()); // no folders yet
        dialog->findChild<QLineEdit *>(QStringLiteral("originalFolderEdit"))->setText(original);
        dialog->findChild<QLineEdit *>(QStringLiteral("restoredFolderEdit"))->setText(original);
        QVERIFY(!compare->isEnabled()); // the same folder twice
        dialog->findChild<QLineEdit *>(QStringLiteral("restoredFolderEdit"))->setText(restored);
        QVERIFY(compare->isEnabled());
        QTest::mouseClick(compare, Qt::LeftButton);
        auto *missing = dialog->findChild<QListWidget *>(QStringLiteral("missingList"));
        QTRY_COMPARE(missing->count(), 1);
        QCOMPARE(missing->item(0)->text(), QStringLiteral("gone.txt"));
        QCOMPARE(controller->model()->status(QString(taskid::data::verifyBackup)), ItemStatus::Warning);
        QCOMPARE(controller->model()->formValue(taskid::data::verifyBackup.formKey("restoredFolder")), restored);
        dialog->reject();
    }

    // Accept the risk… with a reason and a last day, as an operator does in the dialog: OK waits
    // for a reason, and the model holds the acceptance until that day.
    void anAcceptedRiskHoldsUntilTheDayChosen()
    {
        auto controller = start(WizardController::Options{}.probes);
        const QString task = QString(taskid::os::disableDiskUtilities);
        Finding warning;
        warning.status = ItemStatus::Warning;
        warning.checkedAt = QDateTime::currentDateTimeUtc();
        controller->model()->applyFinding(task, warning);
        TaskDetailsPanel *details = openTask(*controller, task);
        auto *risk = details->findChild<QPushButton *>(QStringLiteral("acceptRiskButton"));
        QVERIFY(risk->isVisible() && risk->isEnabled());
        const QDate lastDay = QDate::currentDate().addDays(10);
        bool okWaitedForAReason = false;
        bool answered = false;
        QTimer::singleShot(0, this, [&] {
            QDialog *dialog = nullptr;
            for (int tries = 0; tries < 250 && !dialog; ++tries) {
                dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
                if (!dialog)
                    QTest::qWait(20);
            }
            if (!dialog)
                return;
            if (dialog->objectName() != QLatin1String("reasonDialog")) {
                dialog->reject(); // not the dialog asked for: the test fails below, it does not wait
                return;
            }
            QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            okWaitedForAReason = !ok->isEnabled();
            QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("reasonEdit")),
                             QStringLiteral("The vendor's agent stays until the new server is up"));
            auto *until = dialog->findChild<QCheckBox *>(QStringLiteral("untilCheck"));
            QVERIFY(until->isVisible());
            QTest::mouseClick(until, Qt::LeftButton);
            auto *day = dialog->findChild<QDateEdit *>(QStringLiteral("untilDate"));
            QVERIFY(day->isEnabled());
            day->setDate(lastDay);
            answered = ok->isEnabled();
            QTest::mouseClick(ok, Qt::LeftButton);
        });
        QTest::mouseClick(risk, Qt::LeftButton);
        QTRY_VERIFY(answered);
        QVERIFY(okWaitedForAReason);
        const ItemState state = controller->model()->state(task);
        QCOMPARE(controller->model()->status(task), ItemStatus::Waived);
        QCOMPARE(state.waiverReason, QStringLiteral("The vendor's agent stays until the new server is up"));
        QCOMPARE(state.waivedUntil, lastDay);
    }
};

QTEST_MAIN(TestWizardProbes)
#include "tst_wizardprobes.moc"
