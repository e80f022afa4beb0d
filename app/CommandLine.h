// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "probes/runner/ProbeSettings.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

namespace prep {

// What the operator or a script asked for on the command line.
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum class Action { Wizard, ListPaths, ListTasks, Check, Compare, Verify, Version, Help };

    Action action = Action::Wizard;
    QString language;    // empty: remembered choice or system locale
    QString pathId;
    QString format;      // empty: the action's default
    QString sessionFile;
    QString factsFile;    // the first --facts
    QStringList factsFiles; // every --facts, in order: files or folders (docs/multi-server.md)
    QString destinationFactsFile; // --destination-facts: the Destination's snapshot for the clock check
    QString outputFile;
    QStringList compareFiles; // --compare OLD NEW: the two, in that order
    QString verifyFile;  // --verify REPORT.json
    int maxAgeDays = 0;  // --max-age DAYS; 0: the default (Freshness) or the wizard's setting
    // --figure KEY=VALUE: a figure no document gives, which this program chose (ChosenFigures),
    // by its session key ("hw.drivers-bios/maxBiosAgeYears") with a value already validated.
    QMap<QString, QString> figures;
    // The probes' defaults with --ntp-server and --internet-host HOST[:PORT] applied: the clock
    // check's time server, and a server that answers when the Internet is reachable.
    ProbeSettings probes;
    bool verbose = false; // --verbose: the prep.* diagnostics on standard error (Logging.h)
    QString error;       // one line; set when the arguments cannot be used (exit status 3)

    // `arguments` without the program name.
    static CommandLine parse(const QStringList &arguments);
    // True for actions that need no display.
    static bool isHeadless(const QStringList &arguments);
    static QString helpText();
    static QString figureHelp();
};

} // namespace prep
