// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandLine.h"
#include "checklist/Session.h"
#include "probes/runner/ProbeSettings.h"
#include "report/ReportData.h"
#include "report/ReportWriter.h"

#include <QCoreApplication>
#include <QString>

namespace prep {

class ChecklistModel;
class LanguageSwitcher;

// `prepwizard --check`: the checklist of a path (and of the operator's session, if given) with
// the automatic probes run on this computer or on a prepprobe snapshot, written as a report.
// Needs no display. The operator's session file is only read, never moved or changed.
class HeadlessCheck
{
    Q_DECLARE_TR_FUNCTIONS(HeadlessCheck)

public:
    HeadlessCheck(const CommandLine &line, LanguageSwitcher *languages);

    // Returns the exit status, which scripts and monitoring tools rely on: 0 ready, 1 warnings or
    // tasks still to do, 2 blockers, 3 could not run; then error() says why in one line.
    int run();
    QString error() const { return m_error; }
    // After run(): what the technician should know although the check ran (a snapshot of a server
    // the path does not start from), one line each.
    QStringList warnings() const { return m_warnings; }

    // Longest the whole check waits for its probes, beyond their own time limits.
    static constexpr int graceMs = 10000;
    // Runs every probe of the model's path with `settings` and returns when all have ended.
    static void runProbes(ChecklistModel *model, const ProbeSettings &settings);
    // Most snapshots one report takes from a folder.
    static constexpr int maxServers = 500;

private:
    bool readSession(Session *session);
    bool prepareProbes(const QString &pathId, ProbeSettings *settings, MachineDescription *machine);
    bool loadDestination(ProbeSettings *settings);
    // The checklist of one machine with its probes run; returns its report.
    ReportData checkOne(const Session &session, const ProbeSettings &settings, const MachineDescription &machine);
    // --facts given several times, or a folder: one report for all (docs/multi-server.md).
    bool isFleet() const;
    int runFleet(const Session &session, ReportFormat format);
    // The snapshot files the --facts options name, folders expanded; false (and m_error) when a
    // folder cannot be listed or holds too many.
    bool fleetFiles(QStringList *files);
    int fail(const QString &reason);

    CommandLine m_line;
    LanguageSwitcher *m_languages;
    QString m_error;
    QStringList m_warnings;
};

} // namespace prep
