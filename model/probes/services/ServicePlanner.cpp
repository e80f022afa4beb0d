// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/services/ServicePlanner.h"

#include "checklist/ChecklistModel.h"
#include "probes/rules/LocalSystemServicesRule.h"
#include "probes/services/RecordedStartTypes.h"
#include "report/WholeFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace prep {

namespace {

QString quoted(const QString &path)
{
    return QLatin1Char('"') + QFileInfo(path).fileName() + QLatin1Char('"');
}

QDateTime utc(std::int64_t seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

// The failed steps of a run, one line each.
void addRefusals(Finding &finding, const facts::JournalRun &run)
{
    for (const facts::JournalRecord &step : run.steps) {
        if (!step.ok)
            finding.details.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "%1: %2 refused: %3"),
                                                 {TextArg::text(QString::fromStdString(step.service)),
                                                  TextArg::text(QString::fromStdString(step.step)),
                                                  TextArg::text(QString::fromStdString(step.message))}));
    }
}

} // namespace

facts::ServicePlan ServicePlanner::build(const facts::Facts &facts, const QDateTime &now)
{
    facts::ServicePlan plan;
    plan.computer = facts.hostName;
    plan.createdAt = now.toSecsSinceEpoch();
    for (const facts::ServiceFacts &service : LocalSystemServicesRule::servicesToStop(facts)) {
        facts::PlannedService planned;
        planned.name = service.name;
        planned.displayName = service.displayName;
        planned.currentStartType = service.startType;
        planned.startType = facts::StartType::Disabled;
        planned.stop = true;
        plan.services.push_back(planned);
    }
    return plan;
}

bool ServicePlanner::backupVerified(const ChecklistModel &model)
{
    const ItemStatus status = model.status(QLatin1String(backupTask));
    return status == ItemStatus::Passed || status == ItemStatus::Confirmed || status == ItemStatus::Waived;
}

QString ServicePlanner::refusal(const ChecklistModel &model, const facts::ServicePlan &plan, const QString &riskReason)
{
    if (plan.computer.empty())
        return QCoreApplication::translate("ServicePlanner", "The wizard does not know the name of the server; check it again first.");
    if (plan.services.empty())
        return QCoreApplication::translate("ServicePlanner", "The check found no service to stop: there is nothing to prepare.");
    if (!backupVerified(model) && riskReason.trimmed().isEmpty())
        return QCoreApplication::translate("ServicePlanner", "The backup has not been verified (“Verify the backup, and test it by restoring some files to another location”). Verify it first, or accept the risk of changing the server without a verified backup and give your reason.");
    return {};
}

QString ServicePlanner::journalFileFor(const QString &planFile)
{
    const QFileInfo info(planFile);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".journal"));
}

QString ServicePlanner::prepareCommand(const QString &planFile)
{
    return QStringLiteral("prepprobe.exe prepare --plan %1 --journal %2")
        .arg(quoted(planFile), quoted(journalFileFor(planFile)));
}

QString ServicePlanner::restoreCommand(const QString &planFile)
{
    return QStringLiteral("prepprobe.exe restore --journal %1").arg(quoted(journalFileFor(planFile)));
}

bool ServicePlanner::save(ChecklistModel &model, facts::ServicePlan plan, const QString &riskReason,
                          const QString &path, QString *error)
{
    if (const QString why = refusal(model, plan, riskReason); !why.isEmpty()) {
        *error = why;
        return false;
    }
    const bool verified = backupVerified(model);
    plan.backupRisk = verified ? std::string() : riskReason.trimmed().toStdString();
    if (!WholeFile::write(path, QByteArray::fromStdString(facts::toJson(plan)), error))
        return false;
    if (!verified)
        model.recordPlanWithoutBackup(path, riskReason);
    return true;
}

bool ServicePlanner::openJournal(ChecklistModel &model, const QString &path, const QString &computer, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("ServicePlanner", "Cannot open %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray content = file.read(qint64(facts::maxChangeFileBytes) + 1);
    facts::Journal journal;
    try {
        journal = facts::journalFromText(content.toStdString());
    } catch (const facts::ChangeFileError &problem) {
        *error = QCoreApplication::translate("ServicePlanner", "%1 is not a journal the wizard can use: %2").arg(path, QString::fromStdString(problem.what()));
        return false;
    }
    const QString recordedFor = QString::fromStdString(journal.computer);
    if (!facts::sameComputer(journal.computer, computer.toStdString())) {
        *error = QCoreApplication::translate("ServicePlanner", "%1 is the journal of the server %2, and this checklist is about %3.").arg(path, recordedFor, computer);
        return false;
    }
    const std::vector<facts::JournalRecord> recorded = facts::originals(journal);
    const facts::JournalRun prepare = facts::lastRun(journal, "prepare");
    if (!prepare.ran || recorded.empty()) {
        *error = QCoreApplication::translate("ServicePlanner", "%1 records no service: prepprobe prepare has not changed anything yet.").arg(path);
        return false;
    }
    for (const facts::JournalRecord &record : recorded)
        model.setFormValue(RecordedStartTypes::key(record.service), RecordedStartTypes::id(record.startType));

    const QString fileName = QFileInfo(path).fileName();
    Finding stopped;
    const int count = int(recorded.size());
    const int refused = prepare.ended ? prepare.end.failed : 0;
    stopped.status = prepare.ended && refused == 0 ? ItemStatus::Passed : ItemStatus::Warning;
    stopped.checkedAt = utc(prepare.ended ? prepare.end.at : prepare.startedAt);
    stopped.measured = LocalizedText("Probes", QT_TRANSLATE_N_NOOP("Probes", "%n service(s)"), {}, count);
    stopped.evidence.append(LocalizedText("Probes", QT_TRANSLATE_N_NOOP("Probes", "prepprobe prepare recorded the startup types of %n service(s) on %1 in the journal %2, before changing them:"), {TextArg::text(recordedFor), TextArg::text(fileName)}, count));
    if (!prepare.ended)
        stopped.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The run was stopped before it finished: run the same prepprobe prepare command again, or prepprobe restore to put everything back.")));
    else if (refused > 0)
        stopped.evidence.append(LocalizedText("Probes", QT_TRANSLATE_N_NOOP("Probes", "%n step(s) were refused; stop those services by hand:"), {}, refused));
    for (const facts::JournalRecord &record : recorded)
        stopped.details.append(RecordedStartTypes::serviceLine(QString::fromStdString(record.service), record.startType));
    addRefusals(stopped, prepare);
    model.applyFinding(QLatin1String(stopTask), stopped);

    const facts::JournalRun restore = facts::lastRun(journal, "restore");
    if (restore.ran && restore.order > prepare.order) {
        Finding back;
        const int failed = restore.ended ? restore.end.failed : 0;
        back.status = restore.ended && failed == 0 ? ItemStatus::Passed : ItemStatus::Warning;
        back.checkedAt = utc(restore.ended ? restore.end.at : restore.startedAt);
        back.measured = LocalizedText("Probes", QT_TRANSLATE_N_NOOP("Probes", "%n service(s)"), {}, count);
        if (back.status == ItemStatus::Passed)
            back.evidence.append(LocalizedText("Probes", QT_TRANSLATE_N_NOOP("Probes", "prepprobe restore put back the startup types and states of %n service(s) on %1 that the journal %2 recorded."), {TextArg::text(recordedFor), TextArg::text(fileName)}, count));
        else
            back.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "prepprobe restore did not put everything back: run it again, or set these services back by hand:")));
        for (const facts::JournalRecord &record : recorded)
            back.details.append(RecordedStartTypes::serviceLine(QString::fromStdString(record.service), record.startType));
        addRefusals(back, restore);
        model.applyFinding(QLatin1String(restoreTask), back);
    }
    return true;
}

} // namespace prep
