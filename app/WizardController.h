// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/ChecklistModel.h"
#include "checklist/SessionAutosaver.h"
#include "checklist/SessionStore.h"
#include "probes/helpers/SystemToolLauncher.h"
#include "probes/runner/ProbeSettings.h"

#include <QMap>
#include <QObject>

#include <functional>
#include <memory>

namespace prep {

class LanguageSwitcher;
class PrepWizard;
class ProbeRunner;
class ReportActions;
class SnapshotFacts;

// Puts the interactive program together: the checklist model with its saved session, the
// wizard window, and the language. main() and the GUI tests build the program the same way.
class WizardController : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString sessionFile;  // empty: the default location
        QString language;     // empty: remembered choice, else the system's
        QString pathId;       // empty: the resumed one, if any
        // The background probes. Off unless asked for, so that a program put together for a
        // test never probes the machine or the network by accident; main() turns them on.
        ProbeSettings probes = ProbeSettings::disabled();
        // A snapshot of another server, taken by prepprobe, to check instead of this computer.
        QString factsFile = {};
        // --max-age DAYS; 0: the setting "freshness/maxAgeDays", else Freshness's default.
        int maxAgeDays = 0;
        // Where the Windows tools the documents name are found (Disk Cleanup, Services);
        // empty: the Windows system folder, and none elsewhere.
        QString systemToolFolder = {};
        // --figure: the operator's values for the figures this program chose (form key → value,
        // each checked by CommandLine), over those of the session.
        QMap<QString, QString> figures = {};
    };

    WizardController(const Options &options, LanguageSwitcher *languages, QObject *parent = nullptr);
    ~WizardController() override;

    ChecklistModel *model() { return &m_model; }
    PrepWizard *wizard() const { return m_wizard.get(); }
    SessionStore *store() { return &m_store; }
    ProbeRunner *probes() const { return m_probes.get(); }

    // Checks the server a prepprobe snapshot describes instead of this computer: the window, the
    // probes and the printout say which server and when. On failure says why in *error.
    bool openSnapshot(const QString &fileName, QString *error);
    // The same, with the file read and parsed on a worker thread, so that the window goes on
    // answering while a big server's snapshot loads; snapshotOpened() says how it went. A newer
    // request replaces one still being read.
    void openSnapshotInBackground(const QString &fileName);

    // On a migration path, the Destination Server's snapshot (prepprobe --time-server HOST run
    // there): the hardware requirements and the clock check read it; the session remembers it.
    // The same as openSnapshot(): false with *error, nothing changed, when the file is not one.
    bool openDestination(const QString &fileName, QString *error);
    // The same, read on a worker; destinationOpened() says how it went.
    void openDestinationInBackground(const QString &fileName);
    // The checklist has no Destination any more; its checks say they need one.
    void forgetDestination();

    // The language remembered from the last run, if any.
    static QString rememberedLanguage();

signals:
    // After openSnapshotInBackground(): the snapshot is being checked, or *error says why not.
    void snapshotOpened(bool opened, const QString &error);
    // After openDestinationInBackground(): the Destination is checked, or *error says why not.
    void destinationOpened(bool opened, const QString &error);

private:
    // The window, the probes and the printout check `snapshot` from here on.
    // Checks that server from now on; false with *error when the operator keeps the checklist's own.
    bool useSnapshot(const QString &fileName, const std::shared_ptr<SnapshotFacts> &snapshot, QString *error);

    // Reads a snapshot on a worker, then hands it (or why not) to `done` on this thread, unless a
    // newer request counted by *latest came meanwhile.
    void readInBackground(const QString &fileName, quint64 *latest,
                          std::function<void(const std::shared_ptr<SnapshotFacts> &, QString)> done);
    // Asks for a snapshot file and opens it with `open`; says why in a message when it cannot.
    void chooseSnapshotFile(const QString &title, void (WizardController::*opened)(bool, const QString &),
                            void (WizardController::*open)(const QString &));
    bool useDestination(const QString &fileName, const std::shared_ptr<SnapshotFacts> &snapshot, QString *error);
    void chooseDestination();
    // The Destination where the path is a migration: in the probes' settings, the window and the
    // report; true when the probes' settings changed (the checks then run again).
    bool showDestination();
    bool isMigration() const;

    void switchLanguage(const QString &language);
    void startOver();
    // Asks before a new checklist replaces this one, and keeps this one as a dated copy.
    bool confirmStartOver();
    // The page the operator was on, remembered per session file, to continue there.
    QString lastPageKey() const;
    void rememberPage(int pageId);
    void addTaskWidgets();
    // The backup check needs the operator's folders: its button opens a dialog that asks for them.
    void openBackupCheck();
    void openServicePlan();
    void openServiceJournal();
    void chooseSnapshot();
    // The session's machine cannot be checked here: probes off until the operator chooses; returns
    // what the Welcome page says.
    QString machineLost(const SessionMachine &machine, const QString &reason);
    // A snapshot of another server than the checklist's, with progress in it: asks first.
    bool confirmOtherServer(const QString &hostName);
    // "Check again": on a snapshot, asks for a new one instead of reading the old file again.
    void checkAgain(const QString &taskId);

    LanguageSwitcher *m_languages;
    SessionStore m_store;
    ChecklistModel m_model;
    SystemToolLauncher m_tools;
    std::unique_ptr<SessionAutosaver> m_autosaver;
    std::unique_ptr<ProbeRunner> m_probes;
    QString m_checkedPath; // the path whose probes ran last
    bool m_probesWanted = false; // the probes as asked for (off in tests), when a machine is known
    int m_resumePage = -1; // the page to continue on, until the operator leaves the Welcome page
    std::unique_ptr<PrepWizard> m_wizard;
    ReportActions *m_reportActions = nullptr;
    bool m_readingServices = false; // openServicePlan() waits for the services, read on a worker
    quint64 m_snapshotRequest = 0; // the latest openSnapshotInBackground(); older results are dropped
    std::shared_ptr<SnapshotFacts> m_destination; // the Destination's snapshot, once open
    QString m_destinationProblem; // why the session's Destination cannot be opened, in words
    quint64 m_destinationRequest = 0; // as m_snapshotRequest, for the Destination
};

} // namespace prep
