// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// The wizard's flow as a shop owner meets it: the window fits a small screen on every page in
// both languages, the wheel leaves unfocused choices alone, every control has its own mnemonic and
// a name for screen readers, nothing is lost without asking, the steps panel moves between pages.

#include "AnswerBox.h"
#include "CategoryPage.h"
#include "LanguageSwitcher.h"
#include "Mnemonics.h"
#include "PageIds.h"
#include "PathPage.h"
#include "PrepWizard.h"
#include "StepsPanel.h"
#include "SummaryPage.h"
#include "TaskDetailsPanel.h"
#include "WelcomePage.h"
#include "WizardController.h"
#include "catalog/Catalog.h"
#include "catalog/TaskIds.h"
#include "checklist/ChecklistModel.h"
#include "checklist/SessionStore.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QScrollArea>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolTip>
#include <QTreeView>
#include <QWheelEvent>

using namespace prep;

namespace {
// The path with the most pages: the one a small screen must hold at its fullest.
QString largestPath()
{
    QString best;
    size_t most = 0;
    for (const UpgradePath &path : Catalog::instance().paths()) {
        ChecklistModel model;
        model.setPath(QString::fromLatin1(path.id));
        if (model.categories().size() > most) {
            most = model.categories().size();
            best = QString::fromLatin1(path.id);
        }
    }
    return best;
}

// The accessible objects under `object` a person can act on or read a state from, that have no name.
void namelessControls(QAccessibleInterface *object, const QString &where, QStringList *nameless, int *looked,
                      int depth = 0)
{
    if (!object || depth > 30)
        return;
    static const QList<QAccessible::Role> named{
        QAccessible::PushButton,   QAccessible::CheckBox, QAccessible::RadioButton, QAccessible::ComboBox,
        QAccessible::EditableText, QAccessible::SpinBox,  QAccessible::Tree,        QAccessible::List,
        QAccessible::Table,        QAccessible::Cell,     QAccessible::TreeItem,    QAccessible::Link,
        QAccessible::Slider};
    if (object->state().invisible)
        return;
    if (named.contains(object->role()))
        ++looked[object->role() == QAccessible::Cell || object->role() == QAccessible::TreeItem ? 1 : 0];
    if (named.contains(object->role()) && object->text(QAccessible::Name).trimmed().isEmpty()) {
        const QObject *o = object->object();
        nameless->append(QStringLiteral("%1: role %2 %3 %4")
                             .arg(where)
                             .arg(int(object->role()))
                             .arg(o ? QString::fromLatin1(o->metaObject()->className()) : QString())
                             .arg(o ? o->objectName() : object->text(QAccessible::Description)));
    }
    const int children = qMin(object->childCount(), 2000);
    for (int i = 0; i < children; ++i)
        namelessControls(object->child(i), where, nameless, looked, depth + 1);
}

bool insideScrolledArea(const QWidget *widget, const QWidget *top)
{
    for (const QWidget *w = widget->parentWidget(); w && w != top; w = w->parentWidget()) {
        if (qobject_cast<const QAbstractScrollArea *>(w))
            return true;
    }
    return false;
}
} // namespace

class TestGuiFlow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir dir;
    LanguageSwitcher languages;

    QString sessionFile() const { return dir.filePath(QStringLiteral("session.json")); }

    std::unique_ptr<WizardController> start(const QString &language, const QString &pathId = {})
    {
        // A Windows system folder with every tool the documents name: their buttons fit and
        // have their own mnemonics too.
        WizardController::Options options{sessionFile(), language, pathId};
        options.systemToolFolder = dir.filePath(QStringLiteral("system32"));
        if (QDir().mkpath(options.systemToolFolder))
            for (const char *file : {"cleanmgr.exe", "dfrg.msc", "services.msc"})
                QFile(QDir(options.systemToolFolder).filePath(QLatin1String(file))).open(QIODevice::WriteOnly);
        auto controller = std::make_unique<WizardController>(options, &languages);
        controller->wizard()->show();
        if (!QTest::qWaitForWindowExposed(controller->wizard()))
            qWarning("window not exposed");
        return controller;
    }

    // Every page of the largest path, in order, with `visit` called on each.
    void walk(const QString &language, const std::function<void(PrepWizard *)> &visit,
              const std::function<void(ChecklistModel *)> &prepare = {})
    {
        auto controller = start(language, largestPath());
        if (prepare)
            prepare(controller->model());
        PrepWizard *wizard = controller->wizard();
        for (int guard = 0; guard < 20; ++guard) {
            QApplication::processEvents();
            visit(wizard);
            if (QTest::currentTestFailed() || wizard->currentId() == SummaryPageId)
                return;
            wizard->next();
        }
        QFAIL("the summary was never reached");
    }

    static void addLanguages()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : LanguageSwitcher::available())
            QTest::newRow(qPrintable(language)) << language;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PrepWizardTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_guiflow"));
        QVERIFY(!largestPath().isEmpty());
    }

    void init() { QFile::remove(sessionFile()); }

    void everyPageFitsASmallScreen_data() { addLanguages(); }
    void everyPageFitsASmallScreen()
    {
        QFETCH(QString, language);
        const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
        QVERIFY2(screen.width() <= 800 && screen.height() <= 600, "the offscreen screen is 800×600");
        int pages = 0;
        int tasksShown = 0;
        const auto fits = [&](PrepWizard *wizard, const QString &page) {
            QVERIFY2(wizard->frameGeometry().width() <= screen.width(), qPrintable(page));
            QVERIFY2(wizard->frameGeometry().height() <= screen.height(), qPrintable(page));
            for (QWizard::WizardButton which : {QWizard::NextButton, QWizard::CancelButton, QWizard::FinishButton}) {
                QAbstractButton *button = wizard->button(which);
                if (!button->isVisible())
                    continue;
                const QRect inWizard(button->mapTo(wizard, QPoint(0, 0)), button->size());
                QVERIFY2(wizard->rect().contains(inWizard), qPrintable(page + QLatin1Char(' ') + button->text()));
            }
            QVERIFY2(wizard->button(QWizard::CancelButton)->isVisible(), qPrintable(page));
            if (auto *category = qobject_cast<CategoryPage *>(wizard->currentPage()))
                QVERIFY2(category->taskList()->width() >= 200, qPrintable(page));
            // A page scrolls up and down only: its content is never wider than the page.
            for (auto *scroll : wizard->currentPage()->findChildren<QScrollArea *>(QStringLiteral("pageScroll"))) {
                QVERIFY2(scroll->widget()->width() <= scroll->viewport()->width(),
                         qPrintable(QStringLiteral("%1: content %2 wide in %3")
                                        .arg(page)
                                        .arg(scroll->widget()->width())
                                        .arg(scroll->viewport()->width())));
            }
            for (QWidget *widget : wizard->findChildren<QWidget *>()) {
                if (!widget->isVisible() || widget->isWindow() || insideScrolledArea(widget, wizard))
                    continue;
                const QRect inWizard(widget->mapTo(wizard, QPoint(0, 0)), widget->size());
                QVERIFY2(wizard->rect().contains(inWizard),
                         qPrintable(QStringLiteral("%1: %2 %3 at %4,%5 %6×%7")
                                        .arg(page, QString::fromLatin1(widget->metaObject()->className()),
                                             widget->objectName())
                                        .arg(inWizard.x())
                                        .arg(inWizard.y())
                                        .arg(inWizard.width())
                                        .arg(inWizard.height())));
            }
        };
        // Every task could not be checked: each shows the most actions it can have (Check again,
        // Accept the risk, I checked it myself), the widest row of buttons.
        const auto noneChecked = [](ChecklistModel *model) {
            Finding unknown;
            unknown.status = ItemStatus::Unknown;
            unknown.checkedAt = QDateTime::currentDateTimeUtc();
            for (const Task *task : Catalog::instance().tasksFor(model->pathId()))
                model->applyFinding(QString::fromLatin1(task->id), unknown);
        };
        walk(
            language,
            [&](PrepWizard *wizard) {
                ++pages;
                const QString page = wizard->currentPage()->objectName();
                auto *category = qobject_cast<CategoryPage *>(wizard->currentPage());
                if (!category) {
                    fits(wizard, page);
                    return;
                }
                QAbstractItemModel *tasks = category->taskList()->model();
                const QModelIndex root = category->taskList()->rootIndex();
                for (int row = 0; row < tasks->rowCount(root) && !QTest::currentTestFailed(); ++row) {
                    const QModelIndex task = tasks->index(row, 0, root);
                    category->taskList()->setCurrentIndex(task);
                    QApplication::processEvents();
                    ++tasksShown;
                    fits(wizard, page + QLatin1Char(' ') + task.data().toString());
                }
            },
            noneChecked);
        QCOMPARE(tasksShown, int(Catalog::instance().tasksFor(largestPath()).size())); // each task of the path, once
        QVERIFY(pages >= 8);
    }

    // The wheel over a combo box or spin box that was not clicked into leaves its value alone; once
    // it has the focus, the wheel changes it.
    void theWheelLeavesUnfocusedChoicesAlone_data()
    {
        QTest::addColumn<QString>("control");
        QTest::newRow("path combo") << QStringLiteral("combo");
        QTest::newRow("spin box") << QStringLiteral("spin");
    }
    void theWheelLeavesUnfocusedChoicesAlone()
    {
        QFETCH(QString, control);
        auto controller = start(QStringLiteral("en"));
        PrepWizard *wizard = controller->wizard();
        wizard->next();
        QWidget *widget = nullptr;
        std::unique_ptr<QSpinBox> spin;
        if (control == QLatin1String("combo")) {
            widget = wizard->pathPage()->findChild<QComboBox *>(QStringLiteral("sourceCombo"));
        } else {
            spin = std::make_unique<QSpinBox>(wizard->pathPage());
            spin->setRange(0, 100);
            spin->setValue(50);
            spin->show();
            widget = spin.get();
        }
        QVERIFY(widget);
        auto value = [&] {
            if (auto *combo = qobject_cast<QComboBox *>(widget))
                return combo->currentIndex();
            return static_cast<QSpinBox *>(widget)->value();
        };
        if (auto *combo = qobject_cast<QComboBox *>(widget))
            QVERIFY(combo->count() > 1);
        wizard->button(QWizard::NextButton)->setFocus();
        QVERIFY(!widget->hasFocus());
        const int before = value();
        auto wheel = [&](int delta) {
            const QPoint centre = widget->rect().center();
            QWheelEvent event(centre, widget->mapToGlobal(centre), QPoint(), QPoint(0, delta), Qt::NoButton,
                              Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(widget, &event);
        };
        wheel(-120);
        wheel(120);
        wheel(-120);
        QCOMPARE(value(), before);
        QVERIFY(!widget->hasFocus());
        widget->setFocus();
        QVERIFY(widget->hasFocus());
        if (before == 0 && control == QLatin1String("combo"))
            wheel(-120);
        else
            wheel(120);
        QVERIFY(value() != before);
    }

    // Starting a new checklist asks first; "keep" changes nothing, "start" keeps the old one as a
    // dated copy beside the session file.
    void aNewChecklistAsksAndKeepsTheOldOne()
    {
        {
            auto controller = start(QStringLiteral("en"), QStringLiteral("sbs2003-upgrade"));
            QVERIFY(controller->model()->confirm(QString(taskid::data::fullBackup)));
        }
        auto copies = [&] { return QDir(dir.path()).entryList({QStringLiteral("session-*.json")}, QDir::Files); };
        for (const QString &copy : copies())
            QFile::remove(dir.filePath(copy));
        auto controller = start(QStringLiteral("en"));
        PrepWizard *wizard = controller->wizard();
        wizard->welcomePage()->findChild<QRadioButton *>(QStringLiteral("startOverButton"))->setChecked(true);
        bool asked = false;
        answerBox(QStringLiteral("startOverQuestion"), QMessageBox::RejectRole, &asked);
        wizard->next();
        QVERIFY(asked);
        QCOMPARE(wizard->currentId(), int(WelcomePageId));
        QCOMPARE(controller->model()->status(QString(taskid::data::fullBackup)), ItemStatus::Confirmed);
        QVERIFY(copies().isEmpty());

        asked = false;
        answerBox(QStringLiteral("startOverQuestion"), QMessageBox::AcceptRole, &asked);
        wizard->next();
        QVERIFY(asked);
        QCOMPARE(wizard->currentId(), int(PathPageId));
        QCOMPARE(controller->model()->status(QString(taskid::data::fullBackup)), ItemStatus::Pending);
        const QStringList kept = copies();
        QCOMPARE(kept.size(), 1);
        Session old;
        QString reason;
        QVERIFY2(SessionStore::read(dir.filePath(kept.first()), &old, &reason), qPrintable(reason));
        QCOMPARE(old.pathId, QStringLiteral("sbs2003-upgrade"));
    }

    // "Continue where I left off" opens the page the operator was on when the wizard closed.
    void continuingOpensThePageLeft()
    {
        int left = -1;
        {
            auto controller = start(QStringLiteral("en"), QStringLiteral("sbs2000-to-sbs2003"));
            PrepWizard *wizard = controller->wizard();
            wizard->next();
            wizard->next();
            wizard->next();
            left = wizard->currentId();
            QVERIFY(left > PathPageId && left != SummaryPageId);
        }
        auto controller = start(QStringLiteral("en"));
        PrepWizard *wizard = controller->wizard();
        QVERIFY(wizard->welcomePage()->resumeChosen());
        wizard->next();
        QTRY_COMPARE(wizard->currentId(), left);
    }

    // A step in the side panel is a link to its page, forward and back.
    void theStepsPanelMovesBetweenPages()
    {
        auto controller = start(QStringLiteral("en"), QStringLiteral("sbs2000-to-sbs2003"));
        PrepWizard *wizard = controller->wizard();
        QList<QLabel *> steps = wizard->stepsPanel()->findChildren<QLabel *>(QStringLiteral("step"));
        QVERIFY(steps.size() >= 4);
        QLabel *summary = steps.last();
        QVERIFY2(summary->text().contains(QStringLiteral("href")), qPrintable(summary->text()));
        emit summary->linkActivated(QStringLiteral("step:%1").arg(int(SummaryPageId)));
        QCOMPARE(wizard->currentId(), int(SummaryPageId));
        emit steps.first()->linkActivated(QStringLiteral("step:%1").arg(int(WelcomePageId)));
        QCOMPARE(wizard->currentId(), int(WelcomePageId));
        QVERIFY(!steps.first()->text().contains(QStringLiteral("href"))); // the current step is no link
    }

    // Enter in the note marks the task done; Space in the list toggles its done mark.
    void theKeyboardMarksTasksDone()
    {
        auto controller = start(QStringLiteral("en"), QStringLiteral("sbs2000-to-sbs2003"));
        PrepWizard *wizard = controller->wizard();
        wizard->next();
        while (wizard->currentId() != categoryPageId(Category::OperatingSystem))
            wizard->next();
        CategoryPage *page = wizard->categoryPage(Category::OperatingSystem);
        const QString id = QString(taskid::os::sbs2000Sp1);
        page->taskList()->setCurrentIndex(controller->model()->indexOf(id));
        auto *note = page->details()->findChild<QLineEdit *>(QStringLiteral("noteEdit"));
        note->setFocus();
        QTest::keyClicks(note, QStringLiteral("SP1 seen in About"));
        QTest::keyClick(note, Qt::Key_Return);
        QCOMPARE(controller->model()->status(id), ItemStatus::Confirmed);
        QCOMPARE(wizard->currentId(), categoryPageId(Category::OperatingSystem)); // Enter is not Next
        QCOMPARE(controller->model()->state(id).note, QStringLiteral("SP1 seen in About"));
        QTest::keyClick(note, Qt::Key_Return); // never undoes the mark
        QCOMPARE(controller->model()->status(id), ItemStatus::Confirmed);
        page->taskList()->setFocus();
        QTest::keyClick(page->taskList(), Qt::Key_Space);
        QVERIFY(controller->model()->status(id) != ItemStatus::Confirmed);
        QTest::keyClick(page->taskList(), Qt::Key_Space);
        QCOMPARE(controller->model()->status(id), ItemStatus::Confirmed);
    }

    // Escape and Close ask, saying where the progress is saved; "keep working" keeps the window.
    void closingAsksAndSaysWhereTheProgressIs_data()
    {
        QTest::addColumn<bool>("escape");
        QTest::newRow("Escape") << true;
        QTest::newRow("Close button") << false;
    }
    void closingAsksAndSaysWhereTheProgressIs()
    {
        QFETCH(bool, escape);
        auto controller = start(QStringLiteral("en"), QStringLiteral("sbs2000-to-sbs2003"));
        PrepWizard *wizard = controller->wizard();
        auto act = [&] {
            if (escape)
                QTest::keyClick(wizard, Qt::Key_Escape);
            else
                wizard->button(QWizard::CancelButton)->click();
        };
        QString said;
        auto *timer = new QTimer(this);
        connect(timer, &QTimer::timeout, timer, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                said = box->informativeText();
        });
        timer->start(10);
        bool asked = false;
        answerBox(QStringLiteral("closeQuestion"), QMessageBox::RejectRole, &asked);
        act();
        QVERIFY(asked);
        QVERIFY(wizard->isVisible());
        QVERIFY2(said.contains(QDir::toNativeSeparators(sessionFile())), qPrintable(said));
        asked = false;
        answerBox(QStringLiteral("closeQuestion"), QMessageBox::AcceptRole, &asked);
        act();
        QVERIFY(asked);
        QVERIFY(!wizard->isVisible());
        delete timer;
    }

    // No two controls a page shows share a mnemonic, in either language: on each category page
    // with each of its tasks open (a task's own widgets show only then).
    void noTwoControlsShareAMnemonic_data() { addLanguages(); }
    void noTwoControlsShareAMnemonic()
    {
        QFETCH(QString, language);
        int looked = 0;
        auto check = [&](PrepWizard *wizard, const QString &where) {
            ++looked;
            const QMap<QChar, QStringList> found = mnemonics(wizard);
            for (auto it = found.cbegin(); it != found.cend(); ++it)
                QVERIFY2(it.value().size() == 1,
                         qPrintable(QStringLiteral("%1: %2").arg(where, it.value().join(QStringLiteral(" | ")))));
        };
        walk(language, [&](PrepWizard *wizard) {
            const QString page = wizard->currentPage()->objectName();
            check(wizard, page);
            if (auto *category = qobject_cast<CategoryPage *>(wizard->currentPage())) {
                QTreeView *list = category->taskList();
                for (int row = 0; row < list->model()->rowCount(list->rootIndex()); ++row) {
                    list->setCurrentIndex(list->model()->index(row, 0, list->rootIndex()));
                    QApplication::processEvents();
                    check(wizard, page + QLatin1Char('/') + category->details()->taskId());
                    if (QTest::currentTestFailed())
                        return;
                }
            }
        });
        QVERIFY(looked > 20);
    }

    // Every control and every cell of the task lists has a name a screen reader can say, on every
    // page, in both languages.
    void everyControlHasAnAccessibleName_data() { addLanguages(); }
    void everyControlHasAnAccessibleName()
    {
        QFETCH(QString, language);
        QStringList nameless;
        int looked[2] = {0, 0}; // controls, cells
        walk(language, [&](PrepWizard *wizard) {
            namelessControls(QAccessible::queryAccessibleInterface(wizard), wizard->currentPage()->objectName(),
                             &nameless, looked);
        });
        QVERIFY2(nameless.isEmpty(), qPrintable(nameless.join(QLatin1Char('\n'))));
        QVERIFY2(looked[0] > 50 && looked[1] > 30, qPrintable(QStringLiteral("%1 %2").arg(looked[0]).arg(looked[1])));
    }
    // F1 shows help for the page and the open task, in the wizard's language; every page has some.
    void f1ShowsHelpForThePageAndTask_data() { addLanguages(); }
    void f1ShowsHelpForThePageAndTask()
    {
        QFETCH(QString, language);
        QStringList helps;
        walk(language, [&](PrepWizard *wizard) {
            QString shown;
            bool seen = false;
            auto *timer = new QTimer;
            connect(timer, &QTimer::timeout, timer, [&] {
                if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                    box && box->objectName() == QLatin1String("helpMessage")) {
                    shown = box->text();
                    seen = true;
                    box->accept();
                }
            });
            timer->start(10);
            wizard->activateWindow(); // shortcuts work in the active window
            QVERIFY(QTest::qWaitForWindowActive(wizard));
            QTest::keyClick(wizard, Qt::Key_F1);
            delete timer;
            QVERIFY2(seen, qPrintable(wizard->currentPage()->objectName()));
            QVERIFY(shown.contains(QDir::toNativeSeparators(sessionFile())));
            if (auto *category = qobject_cast<CategoryPage *>(wizard->currentPage())) {
                const QString task = category->taskList()->currentIndex().data().toString();
                QVERIFY2(shown.contains(task), qPrintable(shown));
            }
            QVERIFY(!helps.contains(shown));
            helps.append(shown);
        });
        if (language == QLatin1String("es"))
            QVERIFY2(helps.first().contains(QStringLiteral("Siguiente")), qPrintable(helps.first()));
    }
    // Tab goes language, the page's content, then the wizard's buttons, on every page.
    void tabGoesLanguageContentButtons()
    {
        walk(QStringLiteral("en"), [&](PrepWizard *wizard) {
            QApplication::processEvents(); // the order is set once the page is shown
            const QString page = wizard->currentPage()->objectName();
            QWidget *language = wizard->stepsPanel()->findChild<QComboBox *>(QStringLiteral("languageCombo"));
            QWidget *next = wizard->button(wizard->currentId() == SummaryPageId ? QWizard::FinishButton
                                                                                 : QWizard::NextButton);
            int languageAt = -1, firstContent = -1, lastContent = -1, nextAt = -1;
            QWidget *widget = language;
            for (int i = 0; i < 500 && widget; ++i, widget = widget->nextInFocusChain()) {
                if (i > 0 && widget == language)
                    break;
                if (widget == language)
                    languageAt = i;
                if (widget == next)
                    nextAt = i;
                if (widget->focusPolicy() & Qt::TabFocus && widget->isVisible()
                    && wizard->currentPage()->isAncestorOf(widget)) {
                    if (firstContent < 0)
                        firstContent = i;
                    lastContent = i;
                }
            }
            QVERIFY2(languageAt == 0 && firstContent > 0, qPrintable(page));
            QVERIFY2(lastContent < nextAt, qPrintable(QStringLiteral("%1: content up to %2, Next at %3")
                                                          .arg(page)
                                                          .arg(lastContent)
                                                          .arg(nextAt)));
        });
    }
    // A task title shows whole on hover, in the task lists and in the summary, in Spanish.
    void aTitleShowsWholeOnHover()
    {
        auto controller = start(QStringLiteral("es"), largestPath());
        PrepWizard *wizard = controller->wizard();
        int looked = 0;
        for (int guard = 0; guard < 20; ++guard) {
            QTreeView *list = nullptr;
            if (auto *category = qobject_cast<CategoryPage *>(wizard->currentPage()))
                list = category->taskList();
            else if (wizard->currentId() == SummaryPageId)
                list = wizard->summaryPage()->findChild<QTreeView *>(QStringLiteral("summaryList"));
            if (list) {
                QApplication::processEvents();
                QModelIndex task = list->model()->index(0, 0, list->rootIndex());
                if (wizard->currentId() == SummaryPageId)
                    task = list->model()->index(0, 0, task);
                QVERIFY(task.isValid());
                const QPoint at = list->visualRect(task).center();
                QHelpEvent help(QEvent::ToolTip, at, list->viewport()->mapToGlobal(at));
                QApplication::sendEvent(list->viewport(), &help);
                QTRY_COMPARE(QToolTip::text(), task.data().toString());
                QToolTip::hideText();
                ++looked;
            }
            if (wizard->currentId() == SummaryPageId)
                break;
            wizard->next();
        }
        QVERIFY(looked >= 3);
    }
    // Finish says where the progress is saved, then closes.
    void finishSaysWhereTheProgressIs()
    {
        auto controller = start(QStringLiteral("en"), QStringLiteral("sbs2000-to-sbs2003"));
        PrepWizard *wizard = controller->wizard();
        wizard->goToPage(SummaryPageId);
        QCOMPARE(wizard->currentId(), int(SummaryPageId));
        QString said;
        auto *timer = new QTimer(this);
        connect(timer, &QTimer::timeout, timer, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                said = box->informativeText();
        });
        timer->start(10);
        bool told = false;
        answerBox(QStringLiteral("finishMessage"), QMessageBox::AcceptRole, &told);
        wizard->button(QWizard::FinishButton)->click();
        delete timer;
        QVERIFY(told);
        QVERIFY2(said.contains(QDir::toNativeSeparators(sessionFile())), qPrintable(said));
        QVERIFY(!wizard->isVisible());
    }
};

// The screen of a small office's old monitor: 800×600. The offscreen platform reads its screens
// from a file named in its options.
int main(int argc, char **argv)
{
    QTemporaryDir screens;
    const QString config = screens.filePath(QStringLiteral("screens.json"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(R"({"screens": [{"name": "small", "x": 0, "y": 0, "width": 800, "height": 600,)"
                   R"( "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})") <= 0)
        return 2;
    file.close();
    if (qgetenv("QT_QPA_PLATFORM") == "offscreen")
        qputenv("QT_QPA_PLATFORM", QByteArray("offscreen:configfile=") + QFile::encodeName(config));
    QApplication app(argc, argv);
    TestGuiFlow test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_guiflow.moc"
