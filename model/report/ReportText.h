// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/Finding.h"
#include "checklist/FindingChange.h"
#include "report/ReportData.h"

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
    // On a migration path: the Destination Server's row, its label and what it says (the host,
    // its system and its snapshot's time, or that none is opened yet).
    static QString destination();
    static QString destinationText(const ReportData &data);
    static QString operatorName();
    static QString upgradePath();
    // "Upgrade planned for", "Migration planned for" on a migration path.
    static QString plannedDate(bool migration);
    static QString dateAndTime();
    static QString language();
    static QString verdict();
    static QString task();
    static QString status();
    static QString pathSteps();
    static QString pathNotes();
    static QString internetInfo();
    // The backup record: media, where it is kept, when it was made and verified.
    static QString backupRecord();
    static QString backupMedia();
    static QString backupPlace();
    static QString backupMade();
    static QString backupVerified();
    static QString backupRecordNote();
    // "Passed, checked 2 December 2026, 14:05": what the check of a task found, and when.
    static QString checkedLine(const QString &statusTitle, const QDateTime &when);
    // The services the operator stops for the upgrade, with the startup type each had.
    static QString serviceStartTypes();
    static QString otherService(); // a row to fill in by hand
    static QString serviceStartTypesNote();
    static QString cautions();
    static QString signOff();
    // The sentence above the signatures, as true as the verdict: it says the server is prepared
    // only when the checklist is ready; "migration" on a migration path, "upgrade" otherwise.
    static QString signOffStatement(Readiness readiness, bool migration);
    static QString preparedBy();       // the first signature: who prepared the server
    static QString ownerOrConsultant(); // the second: who receives the record
    // The first page's list of what is still open.
    static QString openTasksTitle(int tasks);
    static QString statusLegendTitle();
    static QString signedName();
    static QString signature();
    static QString signedDate();

    // "srv01 — Debian GNU/Linux 12", with "snapshot taken on …" for a snapshot.
    static QString machineText(const MachineDescription &machine);
    // "Small Business Server 2000 → Windows Small Business Server 2003"
    static QString pathText(const ReportData &data);
    // "13 March 2025, 14:05" / "13 de marzo de 2025, 14:05": never a date a reader can misread.
    static QString dateTimeText(const QDateTime &when);
    // "13 March 2025" / "13 de marzo de 2025"
    static QString dateText(const QDate &day);
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
    // A service plan saved without a verified backup, in words: which file, when, who, the
    // reason, and that it is an accepted risk, not a verified backup.
    static QStringList planWithoutBackupLines(const PlanWithoutBackup &plan);
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
    // Under a task the operator marked (done, risk accepted, does not apply): what the check
    // found all the same, "The wizard found: Warning." Empty when the mark is the finding.
    static QString foundText(const ReportItem &item);
    // The box an open task leaves for the person who does it by hand.
    static QString initialsDate();
    static QString blank(int characters = 28); // "____…": a line to write on
    // The status symbols and what each means, printed once under the verdict.
    static QStringList statusLegend();
    static QString sourceMark(int source); // "[3]"
    static QString sources();
    // A step of the documents' order: "3. Complete and verify a full backup (Data preparation)".
    static QString orderStepText(int number, const ReportOrderStep &step);
    static QString orderSourceText(const QString &reference); // "Order given by: …"
    static QString sourcesIntro();
    static QString afterUpgradeIntro();
    static QString pageOf(int page, int pages);
    // The footer of every page: "Made on 13 March 2025, 18:45" (a saved PDF is made, not printed).
    static QString madeOn(const QDateTime &when);
    // "Fingerprint (SHA-256): 3f2a…" (of the report's JSON form), at the foot of every format.
    static QString fingerprintText(const QString &fingerprint);
    // The PDF's subject: "Upgrade preparation record of SRV01: … → …; verdict: Not ready".
    static QString pdfSubject(const ReportData &data);
    // When a task's result was found, as a date: "Checked on …", or for a snapshot "Found in the
    // snapshot taken on …" (never "today" or "ago" on paper); with the stale warning. Empty
    // without a result.
    static QString resultTimeLine(const ReportItem &item, const MachineDescription &machine, int maxAgeDays);
};

} // namespace prep
