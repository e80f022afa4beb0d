// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrepWizard.h"

#include "CategoryPage.h"
#include "ChecklistModel.h"
#include "PageIds.h"
#include "PathPage.h"
#include "StatusIcon.h"
#include "StepsPanel.h"
#include "SummaryPage.h"
#include "WelcomePage.h"

#include <QEvent>
#include <QIcon>
#include <QTimer>

namespace prep {

PrepWizard::PrepWizard(ChecklistModel *model, QWidget *parent)
    : QWizard(parent), m_model(model), m_steps(new StepsPanel(model, this)), m_welcome(new WelcomePage(model, this)),
      m_path(new PathPage(model, this)), m_summary(new SummaryPage(model, this))
{
    setObjectName(QStringLiteral("prepWizard"));
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
    }
    setPage(SummaryPageId, m_summary);
    setStartId(WelcomePageId);
    resize(1180, 760);

    connect(m_steps, &StepsPanel::languageRequested, this, &PrepWizard::languageRequested);
    connect(m_path, &PathPage::pathChosen, this, &PrepWizard::pathChosen);
    connect(m_welcome, &WelcomePage::startOverRequested, this, &PrepWizard::startOverRequested);
    connect(this, &QWizard::currentIdChanged, m_steps, &StepsPanel::setCurrentPage);
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
