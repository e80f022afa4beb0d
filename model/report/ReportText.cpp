// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportText.h"

#include "checklist/ChecklistModel.h"

#include <QLocale>

namespace prep {

QString ReportText::documentTitle()
{
    return tr("Server upgrade preparation checklist");
}

QString ReportText::server()
{
    return tr("Server");
}

QString ReportText::computer()
{
    return tr("Computer checked");
}

QString ReportText::destination()
{
    return tr("Destination Server");
}

QString ReportText::destinationText(const ReportData &data)
{
    return data.destination ? machineText(*data.destination)
                            : tr("not opened: the hardware and clock checks need its snapshot");
}

QString ReportText::operatorName()
{
    return tr("Prepared by");
}

QString ReportText::upgradePath()
{
    return tr("Upgrade path");
}

QString ReportText::dateAndTime()
{
    return tr("Date and time");
}

QString ReportText::language()
{
    return tr("Language");
}

QString ReportText::verdict()
{
    return tr("Verdict");
}

QString ReportText::task()
{
    return tr("Task");
}

QString ReportText::status()
{
    return tr("Status");
}

QString ReportText::pathSteps()
{
    return tr("Steps of the upgrade");
}

QString ReportText::pathNotes()
{
    return tr("Good to know about this path");
}

QString ReportText::internetInfo()
{
    return tr("Information for connecting to the Internet");
}

QString ReportText::backupRecord()
{
    return tr("Backup record");
}

QString ReportText::backupMedia()
{
    return tr("Backup media (tape, disk, …)");
}

QString ReportText::backupPlace()
{
    return tr("Where the backup is kept");
}

QString ReportText::backupMade()
{
    return tr("Full backup made");
}

QString ReportText::backupVerified()
{
    return tr("Backup verified");
}

QString ReportText::backupRecordNote()
{
    return tr("From the checklist: the backup tasks' marks and the wizard's comparison. Fill in by hand what is blank.");
}

QString ReportText::checkedLine(const QString &statusTitle, const QDateTime &when)
{
    return tr("%1, checked %2", "a task's status, and when it was found").arg(statusTitle, dateTimeText(when));
}

QString ReportText::serviceStartTypes()
{
    return tr("Services stopped for the upgrade, with their startup types");
}

QString ReportText::otherService()
{
    return tr("Other service: %1", "a row of the form to fill in by hand").arg(blank(20));
}

QString ReportText::serviceStartTypesNote()
{
    return tr("The startup types were recorded by the wizard before the services were stopped. When the upgrade is "
              "complete, set each service back to its startup type.");
}

QString ReportText::cautions()
{
    return tr("Cautions");
}

QString ReportText::signOff()
{
    return tr("Sign-off");
}

QString ReportText::signOffStatement(Readiness readiness, bool migration)
{
    switch (readiness) {
    case Readiness::Ready:
        return migration ? tr("I have worked through this checklist. The server is prepared for the migration as "
                              "recorded above.")
                         : tr("I have worked through this checklist. The server is prepared for the upgrade as "
                              "recorded above.");
    case Readiness::ReadyWithWarnings:
        return migration ? tr("I have worked through this checklist. The server is prepared for the migration as "
                              "recorded above, with the risks accepted as explained next to their tasks.")
                         : tr("I have worked through this checklist. The server is prepared for the upgrade as "
                              "recorded above, with the risks accepted as explained next to their tasks.");
    case Readiness::NotReadyYet:
        return migration ? tr("I have worked through this checklist as recorded above. The migration cannot start "
                              "yet: the tasks still open, listed on the first page, are to be finished first.")
                         : tr("I have worked through this checklist as recorded above. The upgrade cannot start "
                              "yet: the tasks still open, listed on the first page, are to be finished first.");
    case Readiness::NotReady:
        return migration ? tr("I have worked through this checklist as recorded above. The migration must not "
                              "start: what is marked “Must fix” is to be fixed and checked again first.")
                         : tr("I have worked through this checklist as recorded above. The upgrade must not "
                              "start: what is marked “Must fix” is to be fixed and checked again first.");
    }
    return {};
}

QString ReportText::preparedBy()
{
    return tr("Prepared by", "signature of the person who prepared the server");
}

QString ReportText::ownerOrConsultant()
{
    return tr("Owner or consultant", "signature of the person who receives the record");
}

QString ReportText::openTasksTitle(int tasks)
{
    return tr("Still open before the upgrade (%1)", "the number of open tasks").arg(tasks);
}

QString ReportText::statusLegendTitle()
{
    return tr("What the symbols mean");
}

QString ReportText::signedName()
{
    return tr("Name");
}

QString ReportText::signature()
{
    return tr("Signature");
}

QString ReportText::signedDate()
{
    return tr("Date", "sign-off line");
}

QString ReportText::machineText(const MachineDescription &machine)
{
    QString text = machine.operatingSystem.isEmpty()
                       ? machine.hostName
                       : tr("%1 — %2", "host name — operating system").arg(machine.hostName, machine.operatingSystem);
    if (machine.isSnapshot())
        text = tr("%1 (snapshot taken on %2)").arg(text, dateTimeText(machine.snapshotTakenAt));
    return text;
}

QString ReportText::pathText(const ReportData &data)
{
    if (data.pathSource.isEmpty())
        return data.pathId;
    return tr("%1 → %2", "upgrade path: source → target").arg(data.pathSource, data.pathTarget);
}

QString ReportText::plannedDate(bool migration)
{
    return migration ? tr("Migration planned for") : tr("Upgrade planned for");
}

QString ReportText::dateText(const QDate &day)
{
    // Spelled out, so that no reader takes 2/12 for 12 February: the month by its name in the
    // report's language, the year in full.
    return QLocale().toString(day, tr("d MMMM yyyy", "QLocale date format of reports: 13 March 2025"));
}

QString ReportText::dateTimeText(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    const QDateTime local = when.toLocalTime();
    return tr("%1, %2", "date, time: 13 March 2025, 18:45")
        .arg(dateText(local.date()), QLocale().toString(local.time(), QStringLiteral("HH:mm")));
}

QString ReportText::languageName(const QString &language)
{
    // Each language by its own name, as the language menu shows it ("American English" is what
    // QLocale would say for "en").
    if (language == QLatin1String("en"))
        return QStringLiteral("English");
    if (language == QLatin1String("es"))
        return QStringLiteral("Español");
    return QLocale(language).nativeLanguageName();
}

QString ReportText::countsText(const StatusCounts &counts)
{
    QStringList parts;
    for (ItemStatus status : allStatuses) {
        if (const int n = counts.count(status))
            parts.append(tr("%1: %2", "status word: count").arg(statusTitle(status)).arg(n));
    }
    return parts.join(QStringLiteral(" · "));
}

QString ReportText::measuredText(const ReportItem &item)
{
    if (item.measured.isEmpty())
        return {};
    if (item.threshold.isEmpty())
        return tr("Measured: %1").arg(item.measured);
    return tr("Measured: %1 (needed: %2)").arg(item.measured, item.threshold);
}

QString ReportText::noteText(const QString &note)
{
    return tr("Note: %1", "the operator's note on a task").arg(note);
}

QStringList ReportText::markLines(const QModelIndex &task)
{
    const auto mark = static_cast<Mark>(task.data(ChecklistModel::MarkRole).toInt());
    if (mark == Mark::None)
        return {};
    const QString who = task.data(ChecklistModel::MarkedByRole).toString().trimmed();
    const QString when = dateTimeText(task.data(ChecklistModel::MarkedAtRole).toDateTime());
    QStringList lines;
    switch (mark) {
    case Mark::Done:
        lines.append(who.isEmpty() ? tr("Marked done on %1").arg(when) : tr("Marked done on %1 by %2").arg(when, who));
        break;
    case Mark::RiskAccepted:
        lines.append(waiverText(task.data(ChecklistModel::WaiverReasonRole).toString()));
        lines.append(who.isEmpty() ? tr("Accepted on %1").arg(when) : tr("Accepted on %1 by %2").arg(when, who));
        if (const QDate until = task.data(ChecklistModel::AcceptedUntilRole).toDate(); until.isValid()) {
            const QString day = dateText(until);
            lines.append(task.data(ChecklistModel::AcceptanceExpiredRole).toBool()
                             ? tr("The acceptance expired after %1: the task counts as what the check found "
                                  "until the risk is accepted again.")
                                   .arg(day)
                             : tr("Accepted until %1").arg(day));
        }
        break;
    case Mark::NotApplicable:
        lines.append(tr("Does not apply because: %1").arg(task.data(ChecklistModel::NotApplicableReasonRole).toString()));
        lines.append(who.isEmpty() ? tr("Marked on %1").arg(when) : tr("Marked on %1 by %2").arg(when, who));
        break;
    case Mark::None:
        break;
    }
    if (static_cast<ItemStatus>(task.data(ChecklistModel::StatusRole).toInt()) == ItemStatus::NeedsReview) {
        const auto then = static_cast<ItemStatus>(task.data(ChecklistModel::MarkedOnRole).toInt());
        const auto now = static_cast<ItemStatus>(task.data(ChecklistModel::FindingStatusRole).toInt());
        lines.append(tr("Needs review: when this was marked, the check said “%1”; the latest check says “%2”.")
                         .arg(statusTitle(then), statusTitle(now)));
        const QStringList before = task.data(ChecklistModel::MarkedEvidenceRole).toStringList();
        if (!before.isEmpty())
            lines.append(tr("It said then: %1").arg(before.join(u' ')));
    }
    return lines;
}

QString ReportText::waiverText(const QString &reason)
{
    return tr("Risk accepted because: %1").arg(reason);
}

QStringList ReportText::planWithoutBackupLines(const PlanWithoutBackup &plan)
{
    const QString when = dateTimeText(plan.savedAt);
    const QString who = plan.savedBy.trimmed();
    return {who.isEmpty() ? tr("Service plan %1 saved without a verified backup on %2.").arg(plan.planFile, when)
                          : tr("Service plan %1 saved without a verified backup on %2 by %3.").arg(plan.planFile, when, who),
            waiverText(plan.reason),
            tr("This is a risk the operator accepted; it does not count as a verified backup.")};
}

QString ReportText::droppedMarkText(const QString &taskTitle, Mark mark, ItemStatus on)
{
    QString what;
    switch (mark) {
    case Mark::Done:
        what = tr("marked done");
        break;
    case Mark::RiskAccepted:
        what = tr("risk accepted");
        break;
    case Mark::NotApplicable:
        what = tr("does not apply");
        break;
    case Mark::None:
        break;
    }
    return tr("“%1”: the session file said “%2” over the finding “%3”, which the wizard does not allow; "
              "that mark was set aside.")
        .arg(taskTitle, what, statusTitle(on));
}

QString ReportText::afterUpgradeText(int tasks)
{
    return tr("%n task(s) to do once the upgrade is done; they do not count for the verdict.", nullptr, tasks);
}

QString ReportText::ageLine(const QString &age, bool stale, int maxAgeDays)
{
    if (age.isEmpty())
        return {};
    if (stale)
        return tr("Result %1: older than %2 days, so it must be checked again before the upgrade.")
            .arg(age)
            .arg(maxAgeDays);
    return tr("Result %1.", "result checked 3 days ago").arg(age);
}

QString ReportText::changeLine(FindingChange change, ItemStatus previous, const QDateTime &previousAt)
{
    if (change == FindingChange::None)
        return {};
    return tr("Since the previous check (%1): %2 — it said “%3”.")
        .arg(dateTimeText(previousAt), findingChangeTitle(change), statusTitle(previous));
}

QString ReportText::changesText(const ChangeCounts &changes)
{
    if (changes.total() == 0)
        return {};
    return tr("Since the previous check: %1.").arg(changes.text());
}

QStringList ReportText::summaryLines(const ReportData &data)
{
    QStringList result{countsText(data.counts)};
    for (const QString &line : {staleAdvice(data.counts), expiredAdvice(data.counts), changesText(data.changes)}) {
        if (!line.isEmpty())
            result.append(line);
    }
    if (data.afterUpgrade.total > 0)
        result.append(afterUpgradeText(data.afterUpgrade.total));
    return result;
}

QString ReportText::sessionNotesTitle()
{
    return tr("Set aside from the session file");
}

QString ReportText::foundText(const ReportItem &item)
{
    const bool marked = item.status == ItemStatus::Confirmed || item.status == ItemStatus::Waived
        || item.status == ItemStatus::NotApplicable;
    if (!marked || !isCheckResult(item.found) || item.found == item.status)
        return {};
    return tr("The wizard found: %1.", "what the check found under the operator's mark").arg(statusTitle(item.found));
}

QString ReportText::initialsDate()
{
    return tr("Initials / date:", "a box to fill in by hand under an open task");
}

QString ReportText::blank(int characters)
{
    return QString(characters, u'_');
}

QStringList ReportText::statusLegend()
{
    const QList<QPair<ItemStatus, QString>> meanings = {
        {ItemStatus::Passed, tr("the wizard checked it")},
        {ItemStatus::Confirmed, tr("the operator did it")},
        {ItemStatus::Waived, tr("the operator accepted what the wizard found, with a reason")},
        {ItemStatus::NotApplicable, tr("not for this server, with a reason")},
        {ItemStatus::Pending, tr("still to do")},
        {ItemStatus::Unknown, tr("the wizard could not check it")},
        {ItemStatus::Warning, tr("the wizard found a risk")},
        {ItemStatus::Blocker, tr("must be fixed before the upgrade")},
    };
    QStringList lines;
    for (const auto &meaning : meanings)
        lines.append(tr("%1 %2: %3", "status symbol, status word: what it means")
                         .arg(statusGlyph(meaning.first), statusTitle(meaning.first), meaning.second));
    return lines;
}

QString ReportText::sourceMark(int source)
{
    return source > 0 ? QStringLiteral("[%1]").arg(source) : QString();
}

QString ReportText::sources()
{
    return tr("Sources");
}

QString ReportText::orderStepText(int number, const ReportOrderStep &step)
{
    if (step.taskId.isEmpty())
        return tr("%1. %2", "number. step").arg(number).arg(step.title);
    return tr("%1. %2 (%3)", "number. task (where the checklist has it)").arg(number).arg(step.title, step.area);
}

QString ReportText::orderSourceText(const QString &reference)
{
    return tr("Order given by: %1").arg(reference);
}

QString ReportText::sourcesIntro()
{
    return tr("Where each task comes from in the documents; its number is printed after the task's title.");
}

QString ReportText::afterUpgradeIntro()
{
    return tr("Still to do once the upgrade is done. These tasks do not count for the verdict.");
}

QString ReportText::pageOf(int page, int pages)
{
    return tr("Page %1 of %2").arg(page).arg(pages);
}

QString ReportText::madeOn(const QDateTime &when)
{
    return tr("Made on %1", "when the report was made: 13 March 2025, 18:45").arg(dateTimeText(when));
}

QString ReportText::fingerprintText(const QString &fingerprint)
{
    return tr("Fingerprint (SHA-256): %1", "of the report's JSON form").arg(fingerprint);
}

QString ReportText::pdfSubject(const ReportData &data)
{
    return tr("Preparation record of %1: %2; verdict: %3", "PDF subject: server, path, readiness")
        .arg(data.serverTitle(), pathText(data), readinessTitle(data.readiness));
}

QString ReportText::resultTimeLine(const ReportItem &item, const MachineDescription &machine, int maxAgeDays)
{
    if (!item.checkedAt.isValid() || !isCheckResult(item.found))
        return {};
    const QString when = dateTimeText(item.checkedAt);
    // A snapshot's findings are what the server was when the snapshot was taken, not today.
    QString line = machine.isSnapshot() ? tr("Found in the snapshot taken on %1.").arg(when)
                                        : tr("Checked on %1.").arg(when);
    if (item.stale)
        line += u' '
            + tr("Older than %1 days: it must be checked again before the upgrade.").arg(maxAgeDays);
    return line;
}

} // namespace prep
