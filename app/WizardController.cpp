// SPDX-License-Identifier: GPL-3.0-or-later
#include "WizardController.h"

#include "LanguageSwitcher.h"
#include "PrepWizard.h"
#include "ReportActions.h"
#include "StepsPanel.h"
#include "SummaryPage.h"
#include "WelcomePage.h"

#include <QHBoxLayout>
#include <QSettings>
#include <QSysInfo>

namespace prep {

namespace {
const QString languageKey = QStringLiteral("language");
}

WizardController::WizardController(const Options &options, LanguageSwitcher *languages, QObject *parent)
    : QObject(parent), m_languages(languages),
      m_store(options.sessionFile.isEmpty() ? SessionStore::defaultFilePath() : options.sessionFile)
{
    Session saved;
    QString problem;
    const SessionStore::LoadResult loaded = m_store.load(&saved, &problem);
    if (loaded == SessionStore::LoadResult::Loaded)
        m_model.setSession(saved);

    QString language = options.language;
    if (language.isEmpty())
        language = rememberedLanguage();
    if (!LanguageSwitcher::isAvailable(language))
        language = LanguageSwitcher::systemLanguage();
    m_languages->setLanguage(language);
    m_model.setLanguage(language);
    if (!options.pathId.isEmpty())
        m_model.setPath(options.pathId);

    m_autosaver = std::make_unique<SessionAutosaver>(&m_model, &m_store);
    m_wizard = std::make_unique<PrepWizard>(&m_model);
    m_wizard->setLanguages(LanguageSwitcher::available(), language);
    m_wizard->stepsPanel()->setMachine(QSysInfo::machineHostName());
    m_wizard->summaryPage()->actionsLayout()->addWidget(new ReportActions(&m_model, m_wizard->summaryPage()));
    m_wizard->welcomePage()->offerResume(loaded == SessionStore::LoadResult::Loaded);
    m_wizard->welcomePage()->setProblem(problem);

    connect(m_wizard.get(), &PrepWizard::languageRequested, this, &WizardController::switchLanguage);
    connect(m_wizard.get(), &PrepWizard::startOverRequested, this, &WizardController::startOver);
    connect(m_autosaver.get(), &SessionAutosaver::saveFailed, m_wizard->stepsPanel(), &StepsPanel::showMessage);
    connect(m_autosaver.get(), &SessionAutosaver::saved, m_wizard->stepsPanel(),
            [this] { m_wizard->stepsPanel()->showMessage({}); });
}

WizardController::~WizardController() = default;

QString WizardController::rememberedLanguage()
{
    return QSettings().value(languageKey).toString();
}

void WizardController::switchLanguage(const QString &language)
{
    if (!m_languages->setLanguage(language))
        return;
    m_model.setLanguage(language);
    QSettings().setValue(languageKey, language);
}

void WizardController::startOver()
{
    Session fresh;
    fresh.language = m_model.session().language;
    fresh.operatorName = m_model.session().operatorName;
    fresh.serverName = m_model.session().serverName;
    fresh.pathId = m_model.session().pathId;
    m_model.setSession(fresh);
}

} // namespace prep
