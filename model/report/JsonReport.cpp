// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/JsonReport.h"

#include "checklist/Freshness.h"
#include "report/ReportFingerprint.h"
#include "report/ReportText.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace prep {

namespace {
QString isoTime(const QDateTime &when)
{
    return when.toOffsetFromUtc(when.offsetFromUtc()).toString(Qt::ISODate);
}

// "machine" and "destination": the same shape; `name` as printed.
QJsonObject machine(const MachineDescription &machine, const QString &name)
{
    QJsonObject object{{QStringLiteral("name"), name},
                       {QStringLiteral("hostName"), machine.hostName},
                       {QStringLiteral("os"), machine.operatingSystem},
                       {QStringLiteral("source"),
                        machine.isSnapshot() ? QStringLiteral("snapshot") : QStringLiteral("this-computer")}};
    if (machine.isSnapshot())
        object.insert(QStringLiteral("snapshotTakenAt"), isoTime(machine.snapshotTakenAt));
    return object;
}

// The documents' order of the tasks ("order" of "path"): absent when they give none.
QJsonObject order(const ReportOrder &order)
{
    QJsonArray steps;
    for (const ReportOrderStep &step : order.steps) {
        if (step.taskId.isEmpty())
            continue;
        steps.append(QJsonObject{{QStringLiteral("id"), step.taskId},
                                 {QStringLiteral("title"), step.title},
                                 {QStringLiteral("status"), statusId(step.status)}});
    }
    QJsonObject object{{QStringLiteral("kind"), order.kindId},
                       {QStringLiteral("title"), order.title},
                       {QStringLiteral("source"), order.reference},
                       {QStringLiteral("steps"), steps}};
    if (!order.steps.isEmpty() && order.steps.last().taskId.isEmpty())
        object.insert(QStringLiteral("then"), order.steps.last().title);
    return object;
}

QJsonObject path(const ReportData &data)
{
    QJsonObject object{{QStringLiteral("id"), data.pathId},
            {QStringLiteral("source"), data.pathSource},
            {QStringLiteral("target"), data.pathTarget},
            {QStringLiteral("verdict"), data.verdictId},
            {QStringLiteral("verdictTitle"), data.verdictTitle},
            {QStringLiteral("steps"), QJsonArray::fromStringList(data.pathSteps)},
            {QStringLiteral("notes"), QJsonArray::fromStringList(data.pathNotes)}};
    if (!data.order.isEmpty())
        object.insert(QStringLiteral("order"), order(data.order));
    return object;
}

QJsonObject summary(const ReportData &data)
{
    QJsonObject counts;
    for (ItemStatus status : allStatuses)
        counts.insert(statusId(status), data.counts.count(status));
    QJsonObject changes;
    for (FindingChange change : allFindingChanges)
        changes.insert(findingChangeId(change), data.changes.count(change));
    return {{QStringLiteral("readiness"), readinessId(data.readiness)},
            {QStringLiteral("readinessTitle"), readinessTitle(data.readiness)},
            {QStringLiteral("advice"), readinessAdvice(data.readiness, data.counts)},
            {QStringLiteral("exitStatus"), readinessExitCode(data.readiness)},
            {QStringLiteral("total"), data.counts.total},
            {QStringLiteral("settled"), data.counts.settled},
            {QStringLiteral("open"), data.counts.open()},
            {QStringLiteral("left"), whatIsLeft(data.counts)},
            {QStringLiteral("afterUpgrade"), data.afterUpgrade.total},
            {QStringLiteral("sessionNotes"), QJsonArray::fromStringList(data.sessionNotes)},
            {QStringLiteral("stale"), data.counts.stale},
            {QStringLiteral("maxAgeDays"), data.counts.maxAgeDays},
            {QStringLiteral("expiredAcceptances"), data.counts.expiredAcceptances},
            {QStringLiteral("changes"), changes},
            {QStringLiteral("counts"), counts}};
}

QJsonObject item(const ReportItem &entry, const QDateTime &generated)
{
    QJsonObject object{{QStringLiteral("id"), entry.id},
                       {QStringLiteral("category"), entry.categoryId},
                       {QStringLiteral("title"), entry.title},
                       {QStringLiteral("kind"), entry.kindId},
                       {QStringLiteral("status"), statusId(entry.status)},
                       {QStringLiteral("statusTitle"), entry.statusTitle},
                       {QStringLiteral("found"), statusId(entry.found)},
                       {QStringLiteral("evidence"), QJsonArray::fromStringList(entry.evidence)},
                       {QStringLiteral("measured"), entry.measured},
                       {QStringLiteral("threshold"), entry.threshold},
                       {QStringLiteral("note"), entry.note},
                       {QStringLiteral("source"), entry.reference}};
    if (!entry.details.isEmpty())
        object.insert(QStringLiteral("details"), QJsonArray::fromStringList(entry.details));
    if (entry.checkedAt.isValid())
        object.insert(QStringLiteral("checkedAt"), isoTime(entry.checkedAt));
    if (entry.confirmedAt.isValid())
        object.insert(QStringLiteral("confirmedAt"), isoTime(entry.confirmedAt));
    if (!entry.waiverReason.isEmpty())
        object.insert(QStringLiteral("waiverReason"), entry.waiverReason);
    if (!entry.notApplicableReason.isEmpty())
        object.insert(QStringLiteral("notApplicableReason"), entry.notApplicableReason);
    if (entry.markedAt.isValid())
        object.insert(QStringLiteral("markedAt"), isoTime(entry.markedAt));
    if (!entry.markedBy.isEmpty())
        object.insert(QStringLiteral("markedBy"), entry.markedBy);
    if (entry.checkedAt.isValid()) {
        object.insert(QStringLiteral("ageDays"), Freshness::ageDays(entry.checkedAt, generated));
        object.insert(QStringLiteral("stale"), entry.stale);
    }
    if (entry.change != FindingChange::None) {
        object.insert(QStringLiteral("change"), findingChangeId(entry.change));
        object.insert(QStringLiteral("previous"), statusId(entry.previous));
        object.insert(QStringLiteral("previousCheckedAt"), isoTime(entry.previousCheckedAt));
    }
    if (entry.acceptedUntil.isValid()) {
        object.insert(QStringLiteral("acceptedUntil"), entry.acceptedUntil.toString(Qt::ISODate));
        object.insert(QStringLiteral("acceptanceExpired"), entry.acceptanceExpired);
    }
    if (entry.afterUpgrade)
        object.insert(QStringLiteral("afterUpgrade"), true);
    // Service plans saved without a verified backup: the operator's record of an accepted risk.
    if (!entry.plansWithoutBackup.isEmpty()) {
        QJsonArray plans;
        for (const PlanWithoutBackup &plan : entry.plansWithoutBackup) {
            QJsonObject record{{QStringLiteral("planFile"), plan.planFile},
                               {QStringLiteral("reason"), plan.reason},
                               {QStringLiteral("savedAt"), isoTime(plan.savedAt)},
                               {QStringLiteral("text"), QJsonArray::fromStringList(ReportText::planWithoutBackupLines(plan))}};
            if (!plan.savedBy.isEmpty())
                record.insert(QStringLiteral("savedBy"), plan.savedBy);
            plans.append(record);
        }
        object.insert(QStringLiteral("plansWithoutVerifiedBackup"), plans);
    }
    // Figures no document gives: this program's choice, or the operator's value.
    if (!entry.figures.isEmpty()) {
        QJsonArray figures;
        for (const ReportItem::Figure &figure : entry.figures)
            figures.append(QJsonObject{{QStringLiteral("key"), figure.key},
                                       {QStringLiteral("value"), figure.value},
                                       {QStringLiteral("programValue"), figure.programValue},
                                       {QStringLiteral("unit"), figure.unit},
                                       {QStringLiteral("programChoice"), true},
                                       {QStringLiteral("text"), QJsonArray::fromStringList(entry.figureLines)}});
        object.insert(QStringLiteral("chosenFigures"), figures);
    }
    return object;
}
} // namespace

QJsonObject JsonReport::toJson(const ReportData &data)
{
    QJsonArray items;
    for (const ReportSection &section : data.sections) {
        for (const ReportItem &entry : section.items)
            items.append(item(entry, data.generated));
    }
    QJsonObject object{{QStringLiteral("schema"), QLatin1String(schema)},
                       {QStringLiteral("generated"), isoTime(data.generated)},
                       {QStringLiteral("machine"), machine(data.machine, data.serverTitle())},
                       {QStringLiteral("operator"), data.operatorName},
                       {QStringLiteral("path"), path(data)},
                       {QStringLiteral("language"), data.language},
                       {QStringLiteral("summary"), summary(data)},
                       {QStringLiteral("items"), items}};
    if (data.destination)
        object.insert(QStringLiteral("destination"), machine(*data.destination, data.destination->hostName));
    if (data.plannedDate.isValid())
        object.insert(QStringLiteral("plannedDate"), data.plannedDate.toString(Qt::ISODate));
    for (const ReportForm &form : data.forms) {
        QJsonObject fields;
        for (const ReportField &field : form.fields) {
            if (!field.key.isEmpty() && !field.value.isEmpty()) // the fields filled in
                fields.insert(field.key, field.value);
        }
        if (!fields.isEmpty())
            object.insert(form.key, fields);
    }
    return object;
}

QString JsonReport::fingerprint(const ReportData &data)
{
    return ReportFingerprint::of(toJson(data));
}

QByteArray JsonReport::render(const ReportData &data)
{
    QJsonObject report = toJson(data);
    report.insert(QLatin1String(ReportFingerprint::member), ReportFingerprint::of(report));
    return QJsonDocument(report).toJson(QJsonDocument::Indented);
}

} // namespace prep
