// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WizardController.h"

#include "BackupCheckButton.h"
#include "BackupCheckDialog.h"
#include "CategoryPage.h"
#include "InternetInfoForm.h"
#include "LanguageSwitcher.h"
#include "NoticeCountdownPanel.h"
#include "PageIds.h"
#include "PathPage.h"
#include "PrepWizard.h"
#include "ReportActions.h"
#include "ServicePlanButtons.h"
#include "ServicePlanDialog.h"
#include "SessionArchive.h"
#include "SetupFolderField.h"
#include "StepsPanel.h"
#include "SummaryPage.h"
#include "SystemToolButtons.h"
#include "TaskDetailsPanel.h"
#include "WelcomePage.h"
#include "probes/runner/ProbeRunner.h"
#include "probes/services/ServicePlanner.h"

#include "catalog/Catalog.h"
#include "catalog/TaskIds.h"
#include "catalog/UpgradePath.h"
#include "probes/runner/SnapshotFacts.h"
#include "report/ReportData.h"
#include "report/ReportText.h"
#include "report/SafeText.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QtConcurrent>
#include <QCryptographicHash>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSysInfo>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace prep {

namespace {
const QString languageKey = QStringLiteral("language");
const QString maxAgeKey = QStringLiteral("freshness/maxAgeDays");
const QString verifyBackup = taskid::data::verifyBackup;
}

WizardController::WizardController(const Options &options, LanguageSwitcher *languages, QObject *parent)
    : QObject(parent), m_languages(languages),
      m_store(options.sessionFile.isEmpty() ? SessionStore::defaultFilePath() : options.sessionFile),
      m_tools(options.systemToolFolder.isEmpty() ? SystemToolLauncher() : SystemToolLauncher(options.systemToolFolder))
{
    Session saved;
    QString problem;
    QString busy;
    m_store.lock(&busy);
    const SessionStore::LoadResult loaded = m_store.load(&saved, &problem);
    if (!busy.isEmpty())
        problem = problem.isEmpty() ? busy : QStringLiteral("%1\n%2").arg(busy, problem);
    if (loaded == SessionStore::LoadResult::Loaded)
        m_model.setSession(saved);
    m_model.setMaxAgeDays(options.maxAgeDays > 0
                              ? options.maxAgeDays
                              : QSettings().value(maxAgeKey, Freshness::defaultMaxAgeDays).toInt());

    QString language = options.language;
    if (language.isEmpty())
        language = rememberedLanguage();
    if (!LanguageSwitcher::isAvailable(language))
        language = LanguageSwitcher::systemLanguage();
    m_languages->setLanguage(language);
    m_model.setLanguage(language);
    if (!options.pathId.isEmpty())
        m_model.setPath(options.pathId);
    for (auto it = options.figures.cbegin(); it != options.figures.cend(); ++it)
        m_model.setFormValue(it.key(), it.value());

    m_autosaver = std::make_unique<SessionAutosaver>(&m_model, &m_store);
    m_probes = std::make_unique<ProbeRunner>(&m_model, options.probes);
    m_wizard = std::make_unique<PrepWizard>(&m_model);
    m_wizard->setLanguages(LanguageSwitcher::available(), language);
    m_wizard->stepsPanel()->setMachine(QSysInfo::machineHostName());
    m_reportActions = new ReportActions(&m_model);
    m_wizard->summaryPage()->setActions(m_reportActions);
    // Progress is a checklist under way: a session saved before any path was chosen only holds
    // the names typed, which the Welcome page shows again without asking.
    const bool resumable = loaded == SessionStore::LoadResult::Loaded && !saved.pathId.isEmpty();
    m_wizard->welcomePage()->offerResume(resumable);
    m_wizard->setSessionFile(m_store.filePath());
    m_wizard->welcomePage()->setStartOverCheck([this] { return confirmStartOver(); });
    if (resumable)
        m_resumePage = QSettings().value(lastPageKey(), -1).toInt();
    m_probesWanted = options.probes.enabled;
    QString machineProblem;
    if (!options.factsFile.isEmpty()) {
        if (!openSnapshot(options.factsFile, &machineProblem) && resumable && saved.machine.isSnapshot())
            machineProblem = machineLost(saved.machine, machineProblem);
    } else if (resumable && saved.machine.isSnapshot()) {
        // The checklist is about that server: its snapshot again (read on a worker), never this
        // computer instead; nothing is checked until it is open.
        ProbeSettings waiting = m_probes->settings();
        waiting.enabled = false;
        m_probes->setSettings(waiting);
        m_wizard->stepsPanel()->setMachine(saved.machine.hostName, saved.machine.snapshotTakenAt);
        connect(
            this, &WizardController::snapshotOpened, this,
            [this, machine = saved.machine](bool opened, const QString &error) {
                if (!opened)
                    m_wizard->welcomePage()->setProblem(machineLost(machine, error));
            },
            Qt::SingleShotConnection);
        openSnapshotInBackground(saved.machine.snapshotFile);
    } else if (resumable && !saved.machine.hostName.isEmpty()
               && saved.machine.hostName.compare(QSysInfo::machineHostName(), Qt::CaseInsensitive) != 0) {
        machineProblem = machineLost(saved.machine, {});
    } else {
        m_model.setMachine({QSysInfo::machineHostName(), {}, {}});
    }
    if (!machineProblem.isEmpty())
        problem = problem.isEmpty() ? machineProblem : QStringLiteral("%1\n%2").arg(problem, machineProblem);
    m_wizard->welcomePage()->setProblem(problem);
    addTaskWidgets();
    // The Destination the checklist remembers: its snapshot again, on a worker; if it cannot be
    // read, the path page says so and its checks wait.
    showDestination();
    if (const SessionMachine remembered = m_model.session().destination; remembered.isSnapshot()) {
        connect(
            this, &WizardController::destinationOpened, this,
            [this, remembered](bool opened, const QString &error) {
                if (opened || m_model.session().destination != remembered)
                    return;
                m_destinationProblem = error;
                showDestination();
            },
            Qt::SingleShotConnection);
        openDestinationInBackground(remembered.snapshotFile);
    }

    connect(m_wizard.get(), &PrepWizard::languageRequested, this, &WizardController::switchLanguage);
    connect(m_wizard.get(), &PrepWizard::startOverRequested, this, &WizardController::startOver);
    connect(m_autosaver.get(), &SessionAutosaver::saveFailed, m_wizard->stepsPanel(), &StepsPanel::showMessage);
    connect(m_autosaver.get(), &SessionAutosaver::saved, m_wizard->stepsPanel(),
            [this] { m_wizard->stepsPanel()->showMessage({}); });
    // Probes start as soon as a path is chosen, not each time its page is passed again.
    connect(m_wizard.get(), &PrepWizard::pathChosen, this, [this](const QString &pathId) {
        // A migration's checks read the Destination, any other path's never: set before they run.
        const bool destinationChanged = showDestination();
        if (pathId != m_checkedPath || destinationChanged) {
            m_checkedPath = pathId;
            m_probes->checkAll();
        }
    });
    connect(m_wizard.get(), &PrepWizard::checkRequested, this, &WizardController::checkAgain);
    // A new figure decides again on the facts the check has, a snapshot's included.
    connect(m_wizard.get(), &PrepWizard::figureChanged, this, [this](const QString &taskId) {
        m_probes->recheck(taskId);
    });
    connect(m_wizard.get(), &QWizard::currentIdChanged, this, &WizardController::rememberPage);
    connect(m_wizard->welcomePage(), &WelcomePage::openSnapshotRequested, this, &WizardController::chooseSnapshot);
    connect(m_wizard->pathPage(), &PathPage::openDestinationRequested, this, &WizardController::chooseDestination);
    connect(m_wizard->pathPage(), &PathPage::forgetDestinationRequested, this, &WizardController::forgetDestination);
    // Quitting never waits for a probe (ProbeRunner).
    if (QCoreApplication *app = QCoreApplication::instance())
        connect(app, &QCoreApplication::aboutToQuit, m_probes.get(), &ProbeRunner::cancelAll);
}

void WizardController::addTaskWidgets()
{
    // "Check again" where a probe can check the task. The backup check is not among them: it has
    // a button of its own, as it needs the operator's folders.
    for (Category category : allCategories)
        m_wizard->categoryPage(category)->setCheckAvailability(
            [this](const QString &taskId) { return m_probes->canCheck(taskId); });
    m_wizard->categoryPage(Category::Network)
        ->addTaskWidget(taskid::net::internetInfo, [this] { return new InternetInfoForm(&m_model); }, 1);
    // The countdown only where the chosen path's document gives the wait (sbs2000-to-sbs2003).
    const auto pathId = [this] { return m_model.pathId(); };
    m_wizard->categoryPage(Category::Network)
        ->addTaskWidget(taskid::net::notifyUsers, [pathId] { return new NoticeCountdownPanel(pathId); }, 0,
                        [pathId] { return NoticeCountdownPanel::hasWait(pathId()); });
    m_wizard->categoryPage(Category::Hardware)->addTaskWidget(taskid::hw::freeDisk, [this] {
        auto *setupFolder = new SetupFolderField(&m_model);
        connect(setupFolder, &SetupFolderField::folderChosen, this,
                [this] { m_probes->check(taskid::hw::freeDisk); });
        return setupFolder;
    });
    m_wizard->categoryPage(Category::Data)->addTaskWidget(verifyBackup, [this] {
        auto *backupCheck = new BackupCheckButton;
        connect(backupCheck, &QPushButton::clicked, this, &WizardController::openBackupCheck);
        return backupCheck;
    });
    m_wizard->categoryPage(Category::OperatingSystem)->addTaskWidget(QLatin1String(ServicePlanner::stopTask), [this] {
        auto *buttons = new ServicePlanButtons(true);
        connect(buttons, &ServicePlanButtons::planRequested, this, &WizardController::openServicePlan);
        connect(buttons, &ServicePlanButtons::journalRequested, this, &WizardController::openServiceJournal);
        return buttons;
    });
    m_wizard->categoryPage(Category::AfterUpgrade)->addTaskWidget(QLatin1String(ServicePlanner::restoreTask), [this] {
        auto *buttons = new ServicePlanButtons(false);
        connect(buttons, &ServicePlanButtons::journalRequested, this, &WizardController::openServiceJournal);
        return buttons;
    });
    // The tools the documents tell the operator to open, where this computer has them.
    for (const Task &task : Catalog::instance().tasks()) {
        if (!SystemToolButtons::anyAvailable(task.tools, m_tools))
            continue;
        m_wizard->categoryPage(task.category)->addTaskWidget(QLatin1String(task.id), [this, &task] {
            return new SystemToolButtons(task.tools, m_tools, &m_model);
        });
    }
}

void WizardController::openServicePlan()
{
    const std::shared_ptr<const FactsSource> source = m_probes->settings().facts;
    if (!source || m_readingServices)
        return;
    // The services are read on a worker (on this computer, Windows' service manager can take
    // seconds to answer): the window keeps answering meanwhile.
    m_readingServices = true;
    QGuiApplication::setOverrideCursor(Qt::BusyCursor);
    auto *watcher = new QFutureWatcher<facts::Facts>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, source] {
        watcher->deleteLater();
        QGuiApplication::restoreOverrideCursor();
        m_readingServices = false;
        if (m_probes->settings().facts != source)
            return; // another server's snapshot was opened meanwhile: these services are not its
        const facts::Facts facts = watcher->result();
        const QString file =
            QDir::home().filePath(SafeText::fileNamePart(QString::fromStdString(facts.hostName)) + QStringLiteral("-services.json"));
        auto *dialog = new ServicePlanDialog(&m_model, ServicePlanner::build(facts, QDateTime::currentDateTimeUtc()),
                                             file, m_wizard.get());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    watcher->setFuture(QtConcurrent::run([source] { return source->read({FactsArea::Services}); }));
}

void WizardController::openServiceJournal()
{
    const QString fileName = QFileDialog::getOpenFileName(m_wizard.get(), tr("Open the prepprobe journal"), QString(),
                                                          tr("prepprobe journals (*.journal);;All files (*)"));
    if (fileName.isEmpty())
        return;
    const auto source = m_probes->settings().facts;
    const QString computer = source ? QString::fromStdString(source->read({}).hostName) : m_model.session().serverName;
    QString error;
    if (!ServicePlanner::openJournal(m_model, fileName, computer, &error))
        QMessageBox::warning(m_wizard.get(), tr("Open the prepprobe journal"), error);
}

void WizardController::openBackupCheck()
{
    auto *dialog = new BackupCheckDialog(&m_model, m_wizard.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

QString WizardController::machineLost(const SessionMachine &machine, const QString &reason)
{
    // Nothing is checked until the operator says which machine: the snapshot from where it is now,
    // or a new checklist for this computer.
    ProbeSettings settings = m_probes->settings();
    settings.enabled = false;
    m_probes->setSettings(settings);
    m_wizard->stepsPanel()->setMachine(machine.hostName, machine.snapshotTakenAt);
    // From the session file: one line each, of a length a page can show.
    const QString host = SafeText::oneLine(machine.hostName, 200);
    const QString file = SafeText::oneLine(QDir::toNativeSeparators(machine.snapshotFile));
    const QString what = machine.isSnapshot()
                             ? tr("This checklist is about %1, from the snapshot %2 taken on %3, and that file "
                                  "cannot be opened: %4")
                                   .arg(host, file, ReportText::dateTimeText(machine.snapshotTakenAt.toLocalTime()),
                                        reason)
                             : tr("This checklist is about the computer %1, and this is %2.")
                                   .arg(host, QSysInfo::machineHostName());
    return what + u'\n'
        + tr("Open that server's snapshot (Open a server snapshot…), or start a new checklist for this computer. "
             "Nothing is checked until then.");
}

void WizardController::checkAgain(const QString &taskId)
{
    const SessionMachine &machine = m_model.session().machine;
    if (!machine.isSnapshot() || !m_probes->settings().facts) {
        m_probes->check(taskId);
        return;
    }
    // Reading the same old file again would only repeat what it said then.
    QMessageBox question(QMessageBox::Information, tr("Check again"), tr("These results come from a snapshot"),
                         QMessageBox::NoButton, m_wizard.get());
    question.setObjectName(QStringLiteral("newSnapshotQuestion"));
    question.setInformativeText(tr("The snapshot of %1 was taken on %2. To check again, run prepprobe.exe on %1 "
                                   "once more, bring the new snapshot here and open it.")
                                    .arg(machine.hostName,
                                         ReportText::dateTimeText(machine.snapshotTakenAt.toLocalTime())));
    QPushButton *open = question.addButton(tr("&Open the new snapshot…"), QMessageBox::AcceptRole);
    question.addButton(QMessageBox::Cancel);
    question.exec();
    if (question.clickedButton() == open)
        chooseSnapshot();
}

bool WizardController::confirmOtherServer(const QString &hostName)
{
    const SessionMachine &bound = m_model.session().machine;
    const bool hasProgress = std::any_of(m_model.session().items.cbegin(), m_model.session().items.cend(),
                                         [](const ItemState &state) { return !state.isEmpty(); });
    if (!hasProgress || bound.hostName.isEmpty() || bound.hostName.compare(hostName, Qt::CaseInsensitive) == 0)
        return true;
    QMessageBox question(QMessageBox::Warning, tr("Another server"), tr("This snapshot is of another server"),
                         QMessageBox::NoButton, m_wizard.get());
    question.setObjectName(QStringLiteral("otherServerQuestion"));
    question.setInformativeText(tr("The checklist is about %1; the snapshot is of %2. Its results would replace "
                                   "those of %1. To check %2, start a new checklist for it instead.")
                                    .arg(bound.hostName, hostName));
    QPushButton *use = question.addButton(tr("&Use it for this checklist"), QMessageBox::AcceptRole);
    question.addButton(QMessageBox::Cancel);
    question.exec();
    return question.clickedButton() == use;
}

bool WizardController::openSnapshot(const QString &fileName, QString *error)
{
    const std::shared_ptr<SnapshotFacts> snapshot = SnapshotFacts::load(fileName, error);
    if (!snapshot)
        return false;
    ++m_snapshotRequest; // a background read still going would replace this one
    return useSnapshot(fileName, snapshot, error);
}

void WizardController::openSnapshotInBackground(const QString &fileName)
{
    readInBackground(fileName, &m_snapshotRequest,
                     [this, fileName](const std::shared_ptr<SnapshotFacts> &snapshot, QString error) {
                         const bool opened = snapshot && useSnapshot(fileName, snapshot, &error);
                         emit snapshotOpened(opened, error);
                     });
}

void WizardController::readInBackground(const QString &fileName, quint64 *latest,
                                        std::function<void(const std::shared_ptr<SnapshotFacts> &, QString)> done)
{
    struct Loaded
    {
        std::shared_ptr<SnapshotFacts> snapshot;
        LocalizedText error; // in words when shown: not translated on the worker
    };
    const quint64 request = ++*latest;
    auto *watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [watcher, request, latest, done = std::move(done)] {
        watcher->deleteLater();
        if (request != *latest)
            return; // another snapshot was asked for meanwhile
        const Loaded loaded = watcher->result();
        done(loaded.snapshot, loaded.error.isEmpty() ? QString() : loaded.error.toString());
    });
    watcher->setFuture(QtConcurrent::run([fileName] {
        Loaded loaded;
        loaded.snapshot = SnapshotFacts::load(fileName, &loaded.error);
        return loaded;
    }));
}

bool WizardController::openDestination(const QString &fileName, QString *error)
{
    const std::shared_ptr<SnapshotFacts> snapshot = SnapshotFacts::load(fileName, error);
    if (!snapshot)
        return false;
    ++m_destinationRequest; // a background read still going would replace this one
    return useDestination(fileName, snapshot, error);
}

void WizardController::openDestinationInBackground(const QString &fileName)
{
    readInBackground(fileName, &m_destinationRequest,
                     [this, fileName](const std::shared_ptr<SnapshotFacts> &snapshot, QString error) {
                         const bool opened = snapshot && useDestination(fileName, snapshot, &error);
                         emit destinationOpened(opened, error);
                     });
}

bool WizardController::useDestination(const QString &fileName, const std::shared_ptr<SnapshotFacts> &snapshot,
                                      QString *error)
{
    const MachineDescription destination = MachineDescription::ofSnapshot(snapshot->facts());
    const QString source = m_model.session().machine.hostName;
    if (!source.isEmpty() && source.compare(destination.hostName, Qt::CaseInsensitive) == 0) {
        *error = tr("The snapshot %1 is of %2, the Source Server. Run prepprobe on the Destination Server, and "
                    "open the snapshot it writes there.")
                     .arg(QDir::toNativeSeparators(fileName), SafeText::oneLine(destination.hostName, 200));
        return false;
    }
    m_destination = snapshot;
    m_destinationProblem.clear();
    m_model.setDestination({destination.hostName, QFileInfo(fileName).absoluteFilePath(), destination.snapshotTakenAt});
    if (showDestination() && !m_checkedPath.isEmpty())
        m_probes->checkAll(); // the settings' change stopped the checks running: all again
    return true;
}

void WizardController::forgetDestination()
{
    ++m_destinationRequest; // one still being read is not wanted either
    m_destination.reset();
    m_destinationProblem.clear();
    m_model.setDestination({});
    if (showDestination() && !m_checkedPath.isEmpty())
        m_probes->checkAll();
}

bool WizardController::isMigration() const
{
    const UpgradePath *path = m_model.path();
    return path && path->verdict == Verdict::Migration;
}

bool WizardController::showDestination()
{
    const bool migration = isMigration();
    const SessionMachine &remembered = m_model.session().destination;
    m_wizard->stepsPanel()->setDestination(migration, remembered, m_destination != nullptr);
    m_wizard->pathPage()->setDestination(remembered, m_destination != nullptr, m_destinationProblem);
    m_reportActions->setDestination(m_destination ? std::optional(MachineDescription::ofSnapshot(m_destination->facts()))
                                                  : std::nullopt);
    // Only a migration has a Destination: on any other path no check reads it.
    const std::shared_ptr<const FactsSource> wanted = migration ? m_destination : nullptr;
    if (m_probes->settings().destinationFacts == wanted)
        return false;
    ProbeSettings settings = m_probes->settings();
    settings.destinationFacts = wanted;
    m_probes->setSettings(settings);
    return true;
}

void WizardController::chooseDestination()
{
    chooseSnapshotFile(tr("Open the Destination's snapshot"), &WizardController::destinationOpened,
                       &WizardController::openDestinationInBackground);
}

bool WizardController::useSnapshot(const QString &fileName, const std::shared_ptr<SnapshotFacts> &snapshot,
                                   QString *error)
{
    const facts::Facts &facts = snapshot->facts();
    const MachineDescription machine = MachineDescription::ofSnapshot(facts);
    if (!confirmOtherServer(machine.hostName)) {
        *error = tr("The snapshot %1 is of %2, not of the server of this checklist.")
                     .arg(QDir::toNativeSeparators(fileName), machine.hostName);
        return false;
    }
    ProbeSettings settings = m_probes->settings();
    settings.facts = snapshot;
    settings.enabled = m_probesWanted;
    m_probes->setSettings(settings);
    m_model.setMachine({machine.hostName, QFileInfo(fileName).absoluteFilePath(), machine.snapshotTakenAt});
    m_wizard->welcomePage()->setProblem({});
    m_wizard->stepsPanel()->setMachine(machine.hostName, machine.snapshotTakenAt);
    m_reportActions->setMachine(machine);
    // The checklist is about that server now; keep a name the operator typed for it.
    const QString server = m_model.session().serverName;
    if (server.isEmpty() || server == QSysInfo::machineHostName())
        m_model.setServerName(machine.hostName);
    m_wizard->pathPage()->setSnapshotFacts(std::shared_ptr<const facts::Facts>(snapshot, &facts));
    // Without a path, the path page shows the one that starts from that server; the checks wait
    // for the operator to reach that page, as for any path.
    if (m_model.path())
        m_probes->checkAll();
    return true;
}

void WizardController::chooseSnapshot()
{
    chooseSnapshotFile(tr("Open a server snapshot"), &WizardController::snapshotOpened,
                       &WizardController::openSnapshotInBackground);
}

void WizardController::chooseSnapshotFile(const QString &title, void (WizardController::*opened)(bool, const QString &),
                                          void (WizardController::*open)(const QString &))
{
    const QString fileName = QFileDialog::getOpenFileName(m_wizard.get(), title, QString(),
                                                          tr("Server snapshots (*.json);;All files (*)"));
    if (fileName.isEmpty())
        return;
    connect(
        this, opened, this,
        [this, title](bool done, const QString &error) {
            if (!done)
                QMessageBox::warning(m_wizard.get(), title, error);
        },
        Qt::SingleShotConnection);
    (this->*open)(fileName);
}

WizardController::~WizardController() = default;

QString WizardController::lastPageKey() const
{
    const QByteArray file = QDir::cleanPath(QFileInfo(m_store.filePath()).absoluteFilePath()).toUtf8();
    return QStringLiteral("lastPage/%1").arg(QString::fromLatin1(QCryptographicHash::hash(file, QCryptographicHash::Sha1).toHex()));
}

void WizardController::rememberPage(int pageId)
{
    if (pageId == WelcomePageId)
        return;
    const int resume = std::exchange(m_resumePage, -1);
    if (pageId == PathPageId && resume > PathPageId && m_wizard->welcomePage()->resumeChosen()) {
        // Continue where the operator left off: on from the path page, once this change is over.
        QTimer::singleShot(0, m_wizard.get(), [this, resume] { m_wizard->goToPage(resume); });
        return;
    }
    QSettings().setValue(lastPageKey(), pageId);
}

bool WizardController::confirmStartOver()
{
    QMessageBox question(QMessageBox::Question, tr("Start a new checklist?"), tr("Start a new checklist?"),
                         QMessageBox::NoButton, m_wizard.get());
    question.setObjectName(QStringLiteral("startOverQuestion"));
    question.setInformativeText(tr("Every task starts again as to do. The current checklist is kept as a dated "
                                   "copy beside %1.")
                                    .arg(QDir::toNativeSeparators(m_store.filePath())));
    QPushButton *yes = question.addButton(tr("&Start a new checklist"), QMessageBox::AcceptRole);
    question.addButton(tr("&Keep the current one"), QMessageBox::RejectRole);
    question.exec();
    if (question.clickedButton() != yes)
        return false;
    m_autosaver->flush(); // the copy holds the last change too
    if (!QFileInfo::exists(m_store.filePath()))
        return true; // nothing saved yet to keep
    QString error;
    if (SessionArchive::archive(m_store.filePath(), QDateTime::currentDateTime(), &error).isEmpty()) {
        QMessageBox::warning(m_wizard.get(), tr("Start a new checklist?"),
                             tr("%1\nThe current checklist stays as it is.").arg(error));
        return false;
    }
    return true;
}

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
    fresh.plannedDate = m_model.session().plannedDate;
    fresh.pathId = m_model.session().pathId;
    // The new checklist is about the machine open now: a snapshot opened since, else this computer.
    if (m_probes->settings().facts && m_probes->settings().enabled) {
        fresh.machine = m_model.session().machine;
    } else {
        fresh.machine = {QSysInfo::machineHostName(), {}, {}};
        ProbeSettings settings = m_probes->settings();
        settings.facts.reset();
        settings.enabled = m_probesWanted;
        m_probes->setSettings(settings);
        m_wizard->stepsPanel()->setMachine(QSysInfo::machineHostName());
        m_reportActions->setMachine(MachineDescription::thisComputer());
        m_wizard->welcomePage()->setProblem({});
    }
    // The Destination open now goes on being the new checklist's.
    if (m_destination)
        fresh.destination = m_model.session().destination;
    m_destinationProblem.clear();
    m_model.setSession(fresh);
    showDestination();
    m_checkedPath.clear(); // the fresh checklist is checked again when its path is confirmed
}

} // namespace prep
