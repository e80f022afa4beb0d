// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrepWizard.h"

#include "CategoryPage.h"
#include "LanguageWhenShown.h"
#include "PageIds.h"
#include "PathPage.h"
#include "StepsPanel.h"
#include "SummaryPage.h"
#include "TaskDetailsPanel.h"
#include "WelcomePage.h"
#include "WheelGuard.h"
#include "catalog/Catalog.h"
#include "checklist/ChecklistModel.h"
#include "checklist/StatusIcon.h"

#include <QAbstractButton>
#include <QDir>
#include <QEvent>
#include <QKeyEvent>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QIcon>
#include <QScreen>
#include <QTimer>
#include <QTreeView>

namespace prep {

PrepWizard::PrepWizard(ChecklistModel *model, QWidget *parent)
    : QWizard(parent), m_model(model), m_steps(new StepsPanel(model, this)), m_welcome(new WelcomePage(model, this)),
      m_path(new PathPage(model, this)), m_summary(new SummaryPage(model, this))
{
    setObjectName(QStringLiteral("prepWizard"));
    new WheelGuard(this);
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveFinishButtonOnEarlyPages, false);
    setSideWidget(m_steps);
    setPage(WelcomePageId, m_welcome);
    setPage(PathPageId, m_path);
    for (Category category : allCategories) {
        auto *page = new CategoryPage(category, model, this);
        m_categoryPages.insert(category, page);
        setPage(categoryPageId(category), page);
        connect(page, &CategoryPage::checkRequested, this, &PrepWizard::checkRequested);
        connect(page, &CategoryPage::figureChanged, this, &PrepWizard::figureChanged);
    }
    setPage(SummaryPageId, m_summary);
    // A language switch translates the page on screen; the others catch up when shown.
    for (int id : pageIds())
        new LanguageWhenShown(page(id));
    setStartId(WelcomePageId);
    fitToScreen();

    connect(m_steps, &StepsPanel::languageRequested, this, &PrepWizard::languageRequested);
    connect(m_path, &PathPage::pathChosen, this, &PrepWizard::pathChosen);
    connect(m_welcome, &WelcomePage::startOverRequested, this, &PrepWizard::startOverRequested);
    connect(this, &QWizard::currentIdChanged, m_steps, &StepsPanel::setCurrentPage);
    connect(m_steps, &StepsPanel::stepRequested, this, &PrepWizard::goToPage);
    connect(m_summary, &SummaryPage::taskRequested, this, &PrepWizard::goToTask);
    setOption(QWizard::HaveHelpButton);
    connect(this, &QWizard::helpRequested, this, &PrepWizard::showHelp);
    auto *help = new QShortcut(QKeySequence::HelpContents, this);
    connect(help, &QShortcut::activated, this, &PrepWizard::showHelp);
    // QWizard's Close button rejects at once: ask first instead.
    QAbstractButton *close = button(QWizard::CancelButton);
    disconnect(close, nullptr, this, nullptr);
    connect(close, &QAbstractButton::clicked, this, &PrepWizard::confirmClose);
    connect(model, &QAbstractItemModel::modelReset, this, &PrepWizard::updateSteps);
    connect(model, &ChecklistModel::sessionChanged, this, &PrepWizard::updateWindowTitle);
    updateSteps();
    retranslate();
}

// Closes the window while the wizard is still whole. Closing takes the focus from the field the
// operator was typing in, which hands its text to the model, whose signals reach this wizard's
// slots: from QDialog's destructor they would reach a wizard already taken apart.
PrepWizard::~PrepWizard()
{
    hide();
}

// As wide and tall as the pages like, within the screen's free area and room for the window's frame.
void PrepWizard::fitToScreen()
{
    const QSize preferred(1180, 760);
    QSize room = preferred;
    if (const QScreen *current = screen())
        room = current->availableGeometry().size() - QSize(16, 40);
    resize(preferred.boundedTo(room).expandedTo(minimumSizeHint().boundedTo(room)));
}

void PrepWizard::goToPage(int pageId)
{
    if (pageId == currentId() || !pageIds().contains(pageId))
        return;
    const QList<int> visited = visitedIds();
    if (visited.contains(pageId)) {
        for (qsizetype guard = 0; guard < visited.size() && currentId() != pageId; ++guard)
            back();
        return;
    }
    for (qsizetype guard = 0; guard < pageIds().size() && currentId() != pageId; ++guard) {
        const int before = currentId();
        if (!currentPage() || !currentPage()->isComplete())
            return;
        next();
        if (currentId() == before)
            return; // the page kept the operator (a question answered "no")
    }
}

void PrepWizard::goToTask(const QString &taskId)
{
    const QModelIndex index = m_model->indexOf(taskId);
    const Task *task = Catalog::instance().task(taskId);
    if (!index.isValid() || !task)
        return;
    const int pageId = categoryPageId(task->category);
    goToPage(pageId);
    if (currentId() != pageId)
        return;
    QTreeView *list = m_categoryPages.value(task->category)->taskList();
    list->setCurrentIndex(index);
    list->scrollTo(index);
    list->setFocus(Qt::OtherFocusReason);
}

QString PrepWizard::savedWhere() const
{
    return m_sessionFile.isEmpty() ? tr("Your progress is saved as you go.")
                                   : tr("Your progress is saved in %1.").arg(QDir::toNativeSeparators(m_sessionFile));
}

void PrepWizard::confirmClose()
{
    QMessageBox question(QMessageBox::Question, tr("Close Prep Wizard?"), tr("Close Prep Wizard?"), QMessageBox::NoButton,
                         this);
    question.setObjectName(QStringLiteral("closeQuestion"));
    question.setInformativeText(
        tr("%1 The next time you start the wizard, it offers to continue where you left off.").arg(savedWhere()));
    QPushButton *closeButton = question.addButton(tr("&Close"), QMessageBox::AcceptRole);
    question.addButton(tr("&Keep working"), QMessageBox::RejectRole);
    question.setDefaultButton(closeButton);
    question.exec();
    if (question.clickedButton() == closeButton)
        QWizard::reject();
}

void PrepWizard::accept()
{
    QMessageBox message(QMessageBox::Information, tr("Prep Wizard"), tr("Your checklist is kept."),
                        QMessageBox::Ok, this);
    message.setObjectName(QStringLiteral("finishMessage"));
    message.setInformativeText(
        tr("%1 The next time you start the wizard, it offers to continue where you left off.").arg(savedWhere()));
    message.exec();
    QWizard::accept();
}

QString PrepWizard::helpText() const
{
    QString page;
    const int id = currentId();
    if (id == WelcomePageId) {
        page = tr("Type your name and the server's name: both are printed on the checklist. If you "
                  "started a checklist before, choose whether to continue it or start a new one. To "
                  "prepare an older server, open the snapshot that prepprobe.exe wrote there. Then click Next.");
    } else if (id == PathPageId) {
        page = tr("Choose what the server runs now and what you are moving to. The wizard says whether "
                  "that upgrade is supported and lists its steps in order. Then click Next.");
    } else if (id == SummaryPageId) {
        page = tr("This page shows how ready the server is and the state of every task. To change a task, "
                  "click its step at the side. Print the checklist or save it as a PDF for your records.");
        if (const UpgradePath *path = m_model->path(); path && !path->order.isEmpty())
            page += QLatin1Char(' ')
                + tr("The tab “%1” lists the tasks in the order the documents give; click one to open it.")
                      .arg(orderTitle(path->order.kind));
    } else if (CategoryPage *category = m_categoryPages.value(static_cast<Category>(id - FirstCategoryPageId))) {
        page = tr("This page lists the tasks of one group: %1. Click a task to see what to do. The wizard "
                  "checks some tasks by itself; for the others, do what the task says, then click the "
                  "button that marks it done, press Enter in the note, or press Space in the list.")
                   .arg(categoryTitle(category->category()));
        const QString task = category->details()->taskId();
        if (!task.isEmpty())
            page += QLatin1Char(' ')
                + tr("The open task: %1.").arg(m_model->indexOf(task).data(Qt::DisplayRole).toString());
    }
    const QString keys = tr("Keys: Tab moves to the next control; Alt with the underlined letter presses a button; "
                            "F1 shows this help.");
    return QStringLiteral("%1\n\n%2\n\n%3").arg(page, keys, savedWhere());
}

void PrepWizard::showHelp()
{
    QMessageBox help(QMessageBox::Information, tr("Help"), helpText(), QMessageBox::Ok, this);
    help.setObjectName(QStringLiteral("helpMessage"));
    help.setTextFormat(Qt::PlainText);
    help.exec();
}

void PrepWizard::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Cancel)) {
        confirmClose();
        return;
    }
    QWizard::keyPressEvent(event);
}

void PrepWizard::setLanguages(const QStringList &languages, const QString &current)
{
    m_steps->setLanguages(languages, current);
}

void PrepWizard::updateSteps()
{
    QList<int> ids{WelcomePageId, PathPageId};
    for (Category category : m_model->categories())
        ids.append(categoryPageId(category));
    ids.append(SummaryPageId);
    m_steps->setSteps(ids);
}

void PrepWizard::updateWindowTitle()
{
    const QString server = m_model->session().serverName;
    const QString title = server.isEmpty() ? tr("Prep Wizard") : tr("Prep Wizard — %1").arg(server);
    if (title != windowTitle())
        setWindowTitle(title);
}

void PrepWizard::retranslate()
{
    updateWindowTitle();
    // Qt 6.4 does not retranslate QWizard's own buttons on LanguageChange: set them here.
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::CommitButton, tr("Co&mmit"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    setButtonText(QWizard::CancelButton, tr("&Close"));
    setButtonText(QWizard::HelpButton, tr("&Help"));
}

// The icon is an SVG: reading it loads Qt's SVG plugin, and under X the icon is drawn at several
// sizes for the window manager. Neither is needed to draw the first page, so it comes right after.
void PrepWizard::paintEvent(QPaintEvent *event)
{
    QWizard::paintEvent(event);
    if (!m_iconRequested) {
        m_iconRequested = true;
        QTimer::singleShot(0, this, [this] { setWindowIcon(QIcon(iconPath(QStringLiteral("prepwizard")))); });
    }
}

void PrepWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

} // namespace prep
