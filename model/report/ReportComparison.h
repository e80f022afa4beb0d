// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/FindingChange.h"
#include "checklist/ItemStatus.h"
#include "report/ReportWriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace prep {

// `prepwizard --compare OLD NEW`: what the checks found on one side and on the other, task by
// task. Each side is a JSON report (the wizard's or --check's), or a snapshot already checked
// into one. Only what the checks found counts ("found" in the report), never the operator's marks:
// a task marked done is compared by what the wizard measured under the mark.
class ReportComparison
{
    Q_DECLARE_TR_FUNCTIONS(ReportComparison)

public:
    // Most tasks a side may hold: a report has a few dozen; a file with more is not one.
    static constexpr int maxTasks = 1000;

    struct Task
    {
        QString id;
        QString title;
        ItemStatus found = ItemStatus::Pending;
        QString measured;
    };

    struct Side
    {
        QString file;      // as given on the command line
        QString hostName;
        QString serverName;
        QString pathId;
        QString language;
        QDateTime checkedAt; // the snapshot's time, else when the report was made
        bool snapshot = false;
        QList<Task> tasks;   // in the report's order
    };

    struct Difference
    {
        QString id;
        QString title;
        FindingChange change = FindingChange::Changed;
        ItemStatus before = ItemStatus::Pending;
        ItemStatus after = ItemStatus::Pending;
        QString measuredBefore;
        QString measuredAfter;
    };

    // Reads one side from a JSON report; false with *reason in words when it is not one.
    static bool sideFromReport(const QJsonObject &report, const QString &file, Side *side, QString *reason);

    ReportComparison(Side before, Side after);

    const Side &before() const { return m_before; }
    const Side &after() const { return m_after; }
    const QList<Difference> &differences() const { return m_differences; }
    const ChangeCounts &counts() const { return m_counts; }
    // Tasks of one side the other does not have (another path, another version).
    const QStringList &onlyBefore() const { return m_onlyBefore; }
    const QStringList &onlyAfter() const { return m_onlyAfter; }
    bool sameServer() const;
    // Measured values are compared only when both sides are in the same language.
    bool comparesMeasured() const { return m_before.language == m_after.language; }
    bool hasDifferences() const { return !m_differences.isEmpty(); }
    // 0 nothing changed, 1 something did.
    int exitCode() const { return hasDifferences() ? 1 : 0; }

    // In the current language; every text from the files escaped for the format.
    QByteArray render(ReportFormat format) const;

private:
    QString sideText(const Side &side) const;
    QString changeLine(const Difference &difference) const;
    QString summaryText() const;
    QStringList notes() const;
    QString renderText() const;
    QString renderMarkdown() const;
    QString renderHtml() const;
    QJsonObject toJson() const;

    Side m_before;
    Side m_after;
    QList<Difference> m_differences;
    QStringList m_onlyBefore;
    QStringList m_onlyAfter;
    ChangeCounts m_counts;
};

} // namespace prep
