// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Finding.h"
#include "FindingChange.h"
#include "ReportData.h"

#include <QCoreApplication>
#include <QModelIndex>
#include <QString>

namespace prep {

// The words of the report, shared by every format so that the printout, the web page, the
// Markdown file and the plain text say the same thing. All in the current language.
class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(ReportText)

public:
    static QString documentTitle();
    static QString server();
    static QString computer();
    static QString operatorName();
    static QString upgradePath();
    static QString dateAndTime();
    static QString language();
    static QString verdict();
    static QString task();
    static QString status();
    static QString pathSteps();
    static QString pathNotes();
    static QString internetInfo();
    static QString cautions();
    static QString signOff();
    static QString signOffStatement();
    static QString signedName();
    static QString signature();
    static QString signedDate();

    // "srv01 — Debian GNU/Linux 12", with "snapshot taken on …" for a snapshot.
    static QString machineText(const MachineDescription &machine);
    // "Small Business Server 2000 → Windows Small Business Server 2003"
    static QString pathText(const ReportData &data);
    // "Thursday, 13 March 2025 at 14:05"
    static QString dateTimeText(const QDateTime &when);
    // "English", "Español"
    static QString languageName(const QString &language);
    // "Done: 3 · To do: 2"
    static QString countsText(const StatusCounts &counts);
    static QString measuredText(const ReportItem &item); // empty when nothing was measured
    static QString noteText(const QString &note);
    // The operator's mark on a checklist row, in words, one line each: "Done on …, by Ana",
    // "Risk accepted because: …", "Does not apply because: …", and for a mark to review what the
    // check said then and says now.
    static QStringList markLines(const QModelIndex &task);
    static QString waiverText(const QString &reason); // "Risk accepted because: …"
    static QString droppedMarkText(const QString &taskTitle, Mark mark, ItemStatus on);
    static QString afterUpgradeText(int tasks);
    // "Checked 3 days ago", and for a stale one that it is too old to count.
    static QString ageLine(const QString &age, bool stale, int maxAgeDays);
    // "Since the previous check (…): Worse — it said “Warning”." Empty for no change.
    static QString changeLine(FindingChange change, ItemStatus previous, const QDateTime &previousAt);
    // "Since the previous check: 2 new, 1 fixed"; empty when nothing changed.
    static QString changesText(const ChangeCounts &changes);
    // Under the verdict: the counts, and how many tasks wait for after the upgrade.
    static QStringList summaryLines(const ReportData &data);
    static QString sessionNotesTitle();
    static QString cautionTaskText(const QString &taskTitle);
    static QString pageOf(int page, int pages);
    static QString printedOn(const QDateTime &when);
};

} // namespace prep
