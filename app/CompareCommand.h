// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandLine.h"
#include "report/ReportComparison.h"

#include <QCoreApplication>
#include <QString>

namespace prep {

class LanguageSwitcher;

// `prepwizard --compare OLD NEW`: two JSON reports, two prepprobe snapshots (checked on --path
// first), or one of each, compared task by task and written in any report format. Needs no
// display; reads its inputs only.
class CompareCommand
{
    Q_DECLARE_TR_FUNCTIONS(CompareCommand)

public:
    explicit CompareCommand(const CommandLine &line);

    // 0 nothing changed, 1 something did, 3 could not compare; then error() says why in one line.
    int run();
    QString error() const { return m_error; }

private:
    // Reads an input, bounded; *isReport tells a JSON report from anything else (a snapshot).
    bool readReport(const QString &file, QJsonObject *report, bool *isReport);
    bool sideOfReport(const QString &file, const QJsonObject &report, ReportComparison::Side *side);
    // A snapshot checked on the path first.
    bool sideOfSnapshot(const QString &file, const QString &pathId, ReportComparison::Side *side);
    int fail(const QString &reason);

    CommandLine m_line;
    QString m_error;
};

} // namespace prep
