// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// The real wizard, driven as an operator would drive it: choose a path, walk every page, mark a
// task done, close, start again and resume, reach the summary.

#include "AnswerBox.h"
#include "CategoryPage.h"
#include "LanguageSwitcher.h"
#include "PageIds.h"
#include "PathPage.h"
#include "PrepWizard.h"
#include "StepsPanel.h"
#include "SummaryPage.h"
#include "TaskDetailsPanel.h"
#include "TitledPanel.h"
#include "WelcomePage.h"
#include "WizardController.h"
#include "catalog/TaskIds.h"
#include "checklist/ChecklistModel.h"
#include "probes/runner/ProbeRunner.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace prep;

class TestWizard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir dir;
    LanguageSwitcher languages;

    QString sessionFile() const { return dir.filePath(QStringLiteral("session.json")); }

    std::unique_ptr<WizardController> start(const QString &pathId = {})
    {
        auto controller = std::make_unique<WizardController>(
            WizardController::Options{sessionFile(), QStringLiteral("en"), pathId}, &languages);
        controller->wizard()->show();
        if (!QTest::qWaitForWindowExposed(controller->wizard()))
            qWarning("window not exposed");
        return controller;
    }

    static void clickNext(PrepWizard *wizard)
    {
        QAbstractButton *next = wizard->button(QWizard::NextButton);
        QVERIFY(next->isVisible());
        QVERIFY(next->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton);
    }

    static void choosePath(PrepWizard *wizard, const QString &pathId)
    {
        auto *source = wizard->pathPage()->findChild<QComboBox *>(QStringLiteral("sourceCombo"));
        auto *target = wizard->pathPage()->findChild<QComboBox *>(QStringLiteral("targetCombo"));
        for (int s = 0; s < source->count(); ++s) {
            source->setCurrentIndex(s);
            emit source->activated(s);
            const int t = target->findData(pathId);
            if (t >= 0) {
                target->setCurrentIndex(t);
                emit target->activated(t);
                return;
            }
        }
        QFAIL("path not offered");
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PrepWizardTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_wizard"));
    }

    void init() { QFile::remove(sessionFile()); }

    void walksEveryPageOfThePathAndReachesTheSummary()
    {
        auto controller = start();
        PrepWizard *wizard = controller->wizard();
        QCOMPARE(wizard->currentId(), int(WelcomePageId));
        auto *name = wizard->welcomePage()->findChild<QLineEdit *>(QStringLiteral("operatorEdit"));
        QTest::keyClicks(name, QStringLiteral("Ana"));
        QCOMPARE(controller->model()->session().operatorName, QStringLiteral("Ana"));
        auto *server = wizard->welcomePage()->findChild<QLineEdit *>(QStringLiteral("serverEdit"));
        QVERIFY(!server->text().isEmpty()); // prefilled with the host name
        clickNext(wizard);

        QCOMPARE(wizard->currentId(), int(PathPageId));
        choosePath(wizard, QStringLiteral("sbs2000-to-sbs2003"));
        QCOMPARE(controller->model()->pathId(), QStringLiteral("sbs2000-to-sbs2003"));
        auto *verdict = wizard->pathPage()->findChild<QLabel *>(QStringLiteral("verdictLabel"));
        QCOMPARE(verdict->text(), verdictTitle(Verdict::Supported));
        clickNext(wizard);

        QList<int> visited;
        while (wizard->currentId() != SummaryPageId) {
            visited.append(wizard->currentId());
            auto *page = qobject_cast<CategoryPage *>(wizard->currentPage());
            QVERIFY(page);
            QCOMPARE(page->taskList()->model()->rowCount(page->taskList()->rootIndex()),
                     int(controller->model()->tasks(page->category()).size()));
            QVERIFY2(page->subTitle().contains(QStringLiteral(" of ")), qPrintable(page->subTitle()));
            clickNext(wizard);
        }
        QList<int> expected;
        for (Category category : controller->model()->categories())
            expected.append(categoryPageId(category));
        QCOMPARE(visited, expected);

        auto *readiness = wizard->summaryPage()->findChild<QLabel *>(QStringLiteral("readinessLabel"));
        QCOMPARE(readiness->text(), readinessTitle(controller->model()->readiness()));
        QCOMPARE(readiness->text(), readinessTitle(Readiness::NotReadyYet)); // nothing done yet
    }

    void aManualTaskMarkedDoneIsThereAfterARestart()
    {
        {
            auto controller = start(QStringLiteral("sbs2000-to-sbs2003"));
            PrepWizard *wizard = controller->wizard();
            clickNext(wizard); // welcome
            clickNext(wizard); // path
            while (wizard->currentId() != categoryPageId(Category::OperatingSystem))
                clickNext(wizard);
            CategoryPage *page = wizard->categoryPage(Category::OperatingSystem);
            const QModelIndex task = controller->model()->indexOf(QString(taskid::os::sbs2000Sp1));
            page->taskList()->setCurrentIndex(task);
            QCOMPARE(page->details()->taskId(), QString(taskid::os::sbs2000Sp1));
            auto *note = page->details()->findChild<QLineEdit *>(QStringLiteral("noteEdit"));
            QTest::keyClicks(note, QStringLiteral("About says 2000 with Service Pack 1"));
            auto *done = page->details()->findChild<QPushButton *>(QStringLiteral("doneButton"));
            QVERIFY(done->isVisible());
            QTest::mouseClick(done, Qt::LeftButton);
            QCOMPARE(controller->model()->status(QString(taskid::os::sbs2000Sp1)), ItemStatus::Confirmed);
            QTRY_VERIFY(page->subTitle().startsWith(QStringLiteral("1 of")));
            wizard->close();
        }
        QVERIFY(QFile::exists(sessionFile()));
        auto controller = start();
        PrepWizard *wizard = controller->wizard();
        auto *resume = wizard->welcomePage()->findChild<QRadioButton *>(QStringLiteral("resumeButton"));
        QVERIFY(resume->isVisible());
        QVERIFY(resume->isChecked());
        QCOMPARE(controller->model()->pathId(), QStringLiteral("sbs2000-to-sbs2003"));
        QCOMPARE(controller->model()->status(QString(taskid::os::sbs2000Sp1)), ItemStatus::Confirmed);
        QCOMPARE(controller->model()->state(QString(taskid::os::sbs2000Sp1)).note,
                 QStringLiteral("About says 2000 with Service Pack 1"));
        clickNext(wizard);
        // The path page shows the resumed path.
        auto *target = wizard->pathPage()->findChild<QComboBox *>(QStringLiteral("targetCombo"));
        QCOMPARE(target->currentData().toString(), QStringLiteral("sbs2000-to-sbs2003"));
    }

    // The status column has a fixed width (it does not resize as results come in): every status
    // word and progress still fits with the item's text margins, in Spanish and English, and with a
    // bigger font.
    void statusWordsFitTheirColumnInEveryLanguage()
    {
        auto controller = start(QStringLiteral("sbs2003-to-essentials"));
        PrepWizard *wizard = controller->wizard();
        while (wizard->currentId() != SummaryPageId)
            clickNext(wizard);
        auto *list = wizard->summaryPage()->findChild<QTreeView *>(QStringLiteral("summaryList"));
        const int margins = 2 * (list->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, list) + 1);
        const auto fits = [&](const QString &when) {
            const int column = list->columnWidth(ChecklistModel::StatusColumn);
            for (ItemStatus status : allStatuses) {
                const QString word = statusTitle(status);
                if (list->fontMetrics().horizontalAdvance(word) + margins > column)
                    return QStringLiteral("%1: %2 is cut off").arg(when, word);
            }
            QAbstractItemModel *model = list->model();
            for (int row = 0; row < model->rowCount(); ++row) {
                const QModelIndex progress = model->index(row, ChecklistModel::StatusColumn);
                QFont font = list->font();
                font.setBold(progress.data(Qt::FontRole).value<QFont>().bold());
                if (QFontMetrics(font).horizontalAdvance(progress.data().toString()) + margins > column)
                    return QStringLiteral("%1: %2 is cut off").arg(when, progress.data().toString());
            }
            return QString();
        };
        for (const QString &language : {QStringLiteral("es"), QStringLiteral("en")}) {
            QVERIFY(languages.setLanguage(language));
            controller->model()->setLanguage(language);
            QCoreApplication::processEvents();
            const QString problem = fits(language);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        QFont bigger = list->font();
        bigger.setPointSizeF(bigger.pointSizeF() * 1.5);
        list->setFont(bigger);
        const QString problem = fits(QStringLiteral("a bigger font"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // The Welcome page's panels are groups named by their titles, as group boxes are.
    void thePanelsAreGroupsForScreenReaders()
    {
        auto controller = start();
        const QList<TitledPanel *> panels = controller->wizard()->welcomePage()->findChildren<TitledPanel *>();
        QCOMPARE(panels.size(), 2); // saved progress, an older server
        for (TitledPanel *panel : panels) {
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(panel);
            QVERIFY(accessible);
            QCOMPARE(accessible->role(), QAccessible::Grouping);
            QVERIFY(!panel->title().isEmpty());
            QCOMPARE(accessible->text(QAccessible::Name), panel->title());
        }
    }

    void theWindowGetsItsIconOnceDrawn()
    {
        auto controller = start();
        QTRY_VERIFY(!controller->wizard()->windowIcon().isNull());
        QVERIFY(!controller->wizard()->windowIcon().pixmap(32, 32).isNull());
    }

    void nothingToContinueBeforeAPathIsChosen()
    {
        QFile::remove(sessionFile());
        {
            auto controller = start();
            auto *name = controller->wizard()->welcomePage()->findChild<QLineEdit *>(QStringLiteral("operatorEdit"));
            QTest::keyClicks(name, QStringLiteral("Ana"));
            controller->wizard()->close();
        }
        QVERIFY(QFile::exists(sessionFile()));
        auto controller = start();
        WelcomePage *welcome = controller->wizard()->welcomePage();
        QVERIFY(!welcome->findChild<QRadioButton *>(QStringLiteral("resumeButton"))->isVisible());
        QCOMPARE(welcome->findChild<QLineEdit *>(QStringLiteral("operatorEdit"))->text(), QStringLiteral("Ana"));
    }

    void startingOverDiscardsTheSavedProgress()
    {
        {
            auto controller = start(QStringLiteral("sbs2003-upgrade"));
            QVERIFY(controller->model()->confirm(QString(taskid::data::fullBackup)));
        }
        auto controller = start();
        PrepWizard *wizard = controller->wizard();
        auto *startOver = wizard->welcomePage()->findChild<QRadioButton *>(QStringLiteral("startOverButton"));
        startOver->setChecked(true);
        bool asked = false;
        answerBox(QStringLiteral("startOverQuestion"), QMessageBox::AcceptRole, &asked);
        clickNext(wizard);
        QVERIFY(asked);
        QCOMPARE(controller->model()->status(QString(taskid::data::fullBackup)), ItemStatus::Pending);
    }

    void anUnsupportedPathGoesOnOnlyAfterTheOperatorAcknowledgesIt()
    {
        auto controller = start();
        PrepWizard *wizard = controller->wizard();
        clickNext(wizard);
        choosePath(wizard, QStringLiteral("sbs40-to-ws2003"));
        QAbstractButton *next = wizard->button(QWizard::NextButton);
        QVERIFY(!next->isEnabled());
        auto *acknowledge = wizard->pathPage()->findChild<QCheckBox *>(QStringLiteral("acknowledgeUnsupported"));
        QVERIFY(acknowledge->isVisible());
        QTest::mouseClick(acknowledge, Qt::LeftButton);
        QVERIFY(next->isEnabled());
    }

    // Acknowledged on the path page, the unsupported path is still said on the summary: every task
    // answered, the verdict is "Not ready" with the documents' reason, in both languages.
    void theSummaryOfAnUnsupportedPathIsNotReadyWithTheReason()
    {
        auto controller = start(QStringLiteral("sbs40-to-ws2003"));
        PrepWizard *wizard = controller->wizard();
        ChecklistModel *model = controller->model();
        for (const Task *task : model->tasks()) {
            if (task->category != Category::AfterUpgrade)
                QVERIFY2(model->confirm(QString::fromLatin1(task->id), QStringLiteral("checked")), task->id);
        }
        clickNext(wizard);
        auto *acknowledge = wizard->pathPage()->findChild<QCheckBox *>(QStringLiteral("acknowledgeUnsupported"));
        QTest::mouseClick(acknowledge, Qt::LeftButton);
        wizard->goToPage(SummaryPageId);
        QCOMPARE(wizard->currentId(), int(SummaryPageId));
        const auto said = [wizard](const QString &words) {
            for (QLabel *label : wizard->summaryPage()->findChildren<QLabel *>()) {
                if (label->isVisible() && label->text().contains(words))
                    return true;
            }
            return false;
        };
        auto *verdict = wizard->summaryPage()->findChild<QLabel *>(QStringLiteral("readinessLabel"));
        QTRY_COMPARE(verdict->text(), QStringLiteral("Not ready"));
        QVERIFY(said(QStringLiteral("The documents say this upgrade is not supported: A direct upgrade of Small "
                                    "Business Server 4.0")));
        languages.setLanguage(QStringLiteral("es"));
        QTRY_COMPARE(verdict->text(), QStringLiteral("No está listo"));
        QTRY_VERIFY(said(QStringLiteral("Los documentos indican que esta actualización no se admite: No se admite la "
                                        "actualización directa de Small Business Server 4.0")));
        languages.setLanguage(QStringLiteral("en"));
    }

    void aDamagedSessionIsReportedOnTheWelcomePage()
    {
        QFile file(sessionFile());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"schema\": \"prepwizard.session/1\", \"items\": ");
        file.close();
        auto controller = start();
        auto *problem = controller->wizard()->welcomePage()->findChild<QLabel *>(QStringLiteral("sessionProblem"));
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QStringLiteral("kept as")), qPrintable(problem->text()));
    }

    void theStepsPanelMarksTheCurrentStep()
    {
        auto controller = start(QStringLiteral("exchange2000-to-exchange2003"));
        PrepWizard *wizard = controller->wizard();
        clickNext(wizard);
        const auto labels = wizard->stepsPanel()->findChildren<QLabel *>();
        QStringList bold;
        int arrows = 0;
        for (const QLabel *label : labels) {
            arrows += label->text() == QStringLiteral("\u25B6");
            if (label->font().bold() && !label->text().isEmpty())
                bold.append(label->text());
        }
        QCOMPARE(arrows, 1);
        QCOMPARE(bold, (QStringList{QStringLiteral("Steps"), QStringLiteral("Upgrade path")}));
    }

    void aSnapshotOfAnOlderServerIsCheckedInsteadOfThisComputer()
    {
        ProbeSettings settings; // real probes, with every server they might ask on 127.0.0.1
        settings.ntpHost = settings.internetHost = QStringLiteral("127.0.0.1");
        settings.ntpPort = settings.internetPort = 9; // nothing listens: "unknown", at once
        auto controller = std::make_unique<WizardController>(
            WizardController::Options{sessionFile(), QStringLiteral("en"), QStringLiteral("sbs2000-to-sbs2003"),
                                      settings},
            &languages);
        QString error;
        QSignalSpy done(controller->probes(), &ProbeRunner::allFinished);
        QVERIFY2(controller->openSnapshot(QStringLiteral(PREP_FIXTURES "/snapshots/sbs2003-server.json"), &error),
                 qPrintable(error));
        QVERIFY(done.wait(20000));
        auto *machine = controller->wizard()->stepsPanel()->findChild<QLabel *>(QStringLiteral("machineLabel"));
        QVERIFY2(machine->text().contains(QStringLiteral("SRV-SBS")) && machine->text().contains(QStringLiteral("snapshot")),
                 qPrintable(machine->text()));
        QCOMPARE(controller->model()->session().serverName, QStringLiteral("SRV-SBS"));
        const QStringList evidence = controller->model()
                                         ->indexOf(QString(taskid::hw::freeDisk))
                                         .data(ChecklistModel::EvidenceRole)
                                         .toStringList();
        QVERIFY2(evidence.join(u' ').contains(QStringLiteral("C:\\")), qPrintable(evidence.join(u'\n')));
    }

    void aDamagedSnapshotIsRefusedWithAReason()
    {
        QTemporaryDir scratch;
        QFile file(scratch.filePath(QStringLiteral("server.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"schema\": \"prepwizard.facts/1\", \"hostName\": ");
        file.close();
        auto controller = start();
        QString error;
        QVERIFY(!controller->openSnapshot(file.fileName(), &error));
        QVERIFY2(error.contains(QStringLiteral("server.json")), qPrintable(error));
        auto *machine = controller->wizard()->stepsPanel()->findChild<QLabel *>(QStringLiteral("machineLabel"));
        QVERIFY(machine->text().startsWith(QStringLiteral("Checking this computer")));
    }

    void aSnapshotChosenInTheWindowIsReadInTheBackgroundThenChecked()
    {
        ProbeSettings settings;
        settings.ntpHost = settings.internetHost = QStringLiteral("127.0.0.1");
        settings.ntpPort = settings.internetPort = 9;
        auto controller = std::make_unique<WizardController>(
            WizardController::Options{sessionFile(), QStringLiteral("en"), QStringLiteral("sbs2000-to-sbs2003"),
                                      settings},
            &languages);
        auto *machine = controller->wizard()->stepsPanel()->findChild<QLabel *>(QStringLiteral("machineLabel"));
        QSignalSpy opened(controller.get(), &WizardController::snapshotOpened);
        controller->openSnapshotInBackground(QStringLiteral(PREP_FIXTURES "/snapshots/sbs2003-server.json"));
        // Nothing changes until the worker has read the file: the window goes on as it was.
        QVERIFY(machine->text().startsWith(QStringLiteral("Checking this computer")));
        QVERIFY(opened.wait(20000));
        QCOMPARE(opened.first().at(0).toBool(), true);
        QVERIFY2(machine->text().contains(QStringLiteral("SRV-SBS")), qPrintable(machine->text()));
        QSignalSpy done(controller->probes(), &ProbeRunner::allFinished);
        QVERIFY(controller->probes()->isIdle() || done.wait(20000));
        const QStringList evidence = controller->model()
                                         ->indexOf(QString(taskid::hw::freeDisk))
                                         .data(ChecklistModel::EvidenceRole)
                                         .toStringList();
        QVERIFY2(evidence.join(u' ').contains(QStringLiteral("C:\\")), qPrintable(evidence.join(u'\n')));
    }

    void aDamagedSnapshotReadInTheBackgroundIsRefusedWithAReason()
    {
        QTemporaryDir scratch;
        QFile file(scratch.filePath(QStringLiteral("server.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"schema\": \"prepwizard.facts/1\", \"hostName\": ");
        file.close();
        auto controller = start();
        QSignalSpy opened(controller.get(), &WizardController::snapshotOpened);
        controller->openSnapshotInBackground(file.fileName());
        QVERIFY(opened.wait(20000));
        QCOMPARE(opened.first().at(0).toBool(), false);
        QVERIFY2(opened.first().at(1).toString().contains(QStringLiteral("server.json")),
                 qPrintable(opened.first().at(1).toString()));
        auto *machine = controller->wizard()->stepsPanel()->findChild<QLabel *>(QStringLiteral("machineLabel"));
        QVERIFY(machine->text().startsWith(QStringLiteral("Checking this computer")));
    }

    void everyControlCanBeReachedByKeyboardAndHasAName()
    {
        auto controller = start(QStringLiteral("sbs2000-to-sbs2003"));
        PrepWizard *wizard = controller->wizard();
        clickNext(wizard);
        clickNext(wizard);
        for (QWidget *widget : wizard->findChildren<QWidget *>()) {
            if (!widget->isVisible() || widget->focusPolicy() == Qt::NoFocus || qobject_cast<QLabel *>(widget))
                continue;
            if (qobject_cast<QLineEdit *>(widget) || qobject_cast<QComboBox *>(widget)
                || qobject_cast<QTreeView *>(widget))
                QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
            if (auto *button = qobject_cast<QAbstractButton *>(widget))
                QVERIFY2(!button->text().isEmpty() || !button->accessibleName().isEmpty(),
                         qPrintable(button->objectName()));
        }
    }
};

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
