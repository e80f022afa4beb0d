// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportData.h"

#include "catalog/Catalog.h"
#include "catalog/ChosenFigures.h"
#include "report/ReportText.h"

#include "catalog/TaskIds.h"
#include "checklist/ChecklistModel.h"
#include "probes/net/InternetInfoFields.h"
#include "probes/services/RecordedStartTypes.h"

#include <QLocale>
#include <QSysInfo>

#include <algorithm>

namespace prep {

MachineDescription MachineDescription::thisComputer()
{
    return {QSysInfo::machineHostName(), QSysInfo::prettyProductName(), {}};
}

MachineDescription MachineDescription::ofSnapshot(const facts::Facts &facts)
{
    const QString name = QString::fromStdString(facts.os.name);
    const QString version = QString::fromStdString(facts.os.version);
    return {QString::fromStdString(facts.hostName),
            version.isEmpty() ? name : QStringLiteral("%1 %2").arg(name, version),
            QDateTime::fromSecsSinceEpoch(facts.collectedAt, Qt::UTC).toLocalTime()};
}

namespace {
// The Internet information form in the form's order, every field (an empty value is a blank to
// fill in by hand); values under its prefix that this version has no field for (written by
// another version) are printed too, under their key.
QList<ReportField> internetInfoOf(const QMap<QString, QString> &formValues)
{
    QList<ReportField> fields;
    QStringList known;
    for (const InternetInfoFields::Field &field : InternetInfoFields::fields()) {
        const QString key = InternetInfoFields::formKey(field.key);
        known.append(key);
        const QString value = formValues.value(key).trimmed();
        fields.append({QLatin1String(field.key), InternetInfoFields::labelText(field),
                       value.isEmpty() ? QString() : InternetInfoFields::valueText(field, value)});
    }
    const QString prefix = InternetInfoFields::formKey("");
    for (auto it = formValues.cbegin(); it != formValues.cend(); ++it) {
        if (it.key().startsWith(prefix) && !known.contains(it.key()) && !it.value().trimmed().isEmpty()) {
            const QString key = it.key().mid(prefix.size());
            fields.append({key, key, it.value().trimmed()});
        }
    }
    return fields;
}

// The backup the documents ask for: what the checklist knows of it (when the full backup was
// marked done, what the wizard's comparison found), the rest as blanks.
ReportForm backupRecordOf(const ChecklistModel &model)
{
    ReportForm form{QStringLiteral("backupRecord"), ReportText::backupRecord(), {}, ReportText::backupRecordNote()};
    form.fields.append({QStringLiteral("media"), ReportText::backupMedia(), {}});
    form.fields.append({QStringLiteral("place"), ReportText::backupPlace(), {}});
    const QModelIndex made = model.indexOf(taskid::data::fullBackup);
    const QStringList madeMark = made.isValid() ? ReportText::markLines(made) : QStringList();
    form.fields.append({QStringLiteral("made"), ReportText::backupMade(), madeMark.join(u'\n')});
    const QModelIndex verified = model.indexOf(taskid::data::verifyBackup);
    QStringList verifiedLines;
    if (verified.isValid()) {
        const QDateTime checkedAt = verified.data(ChecklistModel::CheckedAtRole).toDateTime();
        if (checkedAt.isValid())
            verifiedLines.append(ReportText::checkedLine(
                statusTitle(static_cast<ItemStatus>(verified.data(ChecklistModel::FindingStatusRole).toInt())), checkedAt));
        verifiedLines.append(ReportText::markLines(verified));
    }
    form.fields.append({QStringLiteral("verified"), ReportText::backupVerified(), verifiedLines.join(u'\n')});
    return form;
}

// The services' startup types the wizard recorded before they were stopped, and rows for the
// ones stopped by hand.
ReportForm serviceStartTypesOf(const QMap<QString, QString> &formValues)
{
    ReportForm form{QStringLiteral("serviceStartTypes"), ReportText::serviceStartTypes(), {},
                    ReportText::serviceStartTypesNote()};
    const QMap<QString, facts::StartType> recorded = RecordedStartTypes::read(formValues);
    for (auto it = recorded.cbegin(); it != recorded.cend(); ++it)
        form.fields.append({it.key(), it.key(), RecordedStartTypes::typeText(it.value())});
    constexpr int handRows = 3;
    for (int row = 0; row < handRows; ++row)
        form.fields.append({{}, ReportText::otherService(), {}});
    return form;
}
} // namespace

const ReportForm *ReportData::form(const QString &key) const
{
    const auto found = std::find_if(forms.cbegin(), forms.cend(), [&](const ReportForm &f) { return f.key == key; });
    return found == forms.cend() ? nullptr : &*found;
}

QString ReportData::serverTitle() const
{
    return serverName.isEmpty() ? machine.hostName : serverName;
}

QList<ReportSection> ReportData::sectionsBefore() const
{
    QList<ReportSection> kept;
    for (const ReportSection &section : sections) {
        if (!section.afterUpgrade)
            kept.append(section);
    }
    return kept;
}

QList<ReportSection> ReportData::sectionsAfter() const
{
    QList<ReportSection> kept;
    for (const ReportSection &section : sections) {
        if (section.afterUpgrade)
            kept.append(section);
    }
    return kept;
}

QList<ReportItem> ReportData::openTasks() const
{
    QList<ReportItem> open;
    for (const ReportSection &section : sectionsBefore()) {
        for (const ReportItem &item : section.items) {
            if (!item.settled())
                open.append(item);
        }
    }
    return open;
}

void ReportData::setDestination(const std::optional<MachineDescription> &snapshot)
{
    destination = isMigration() ? snapshot : std::nullopt;
}

ReportData ReportData::from(const ChecklistModel &model, const MachineDescription &machine, const QDateTime &generated)
{
    ReportData data;
    const Session &session = model.session();
    data.generated = generated;
    data.language = session.language.isEmpty() ? QLocale().name().section(u'_', 0, 0) : session.language;
    data.operatorName = session.operatorName.trimmed();
    data.serverName = session.serverName.trimmed();
    if (Session::isPlannedDate(session.plannedDate))
        data.plannedDate = session.plannedDate;
    data.machine = machine;

    data.pathId = session.pathId;
    if (const UpgradePath *path = model.path()) {
        data.pathSource = path->sourceText();
        data.pathTarget = path->targetText();
        data.verdictId = prep::verdictId(path->verdict);
        data.verdictTitle = prep::verdictTitle(path->verdict);
        data.verdictExplanation = prep::verdictExplanation(path->verdict);
        data.pathSteps = path->stepTexts();
        data.pathNotes = path->noteTexts();
    }
    data.counts = model.counts();
    data.afterUpgrade = model.afterUpgradeCounts();
    data.changes = model.changes();
    data.readiness = readinessOf(data.counts);
    for (const ChecklistModel::DroppedMark &dropped : model.droppedMarks()) {
        const Task *task = Catalog::instance().task(dropped.taskId);
        data.sessionNotes.append(ReportText::droppedMarkText(task ? task->titleText() : dropped.taskId,
                                                             dropped.mark, dropped.on));
    }

    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex category = model.index(row, 0);
        ReportSection section;
        section.id = category.data(ChecklistModel::IdRole).toString();
        section.title = category.data(Qt::DisplayRole).toString();
        section.progress = category.data(ChecklistModel::ProgressRole).toString();
        section.afterUpgrade = section.id == categoryId(Category::AfterUpgrade);
        for (int child = 0; child < model.rowCount(category); ++child) {
            const QModelIndex task = model.index(child, 0, category);
            ReportItem item;
            item.id = task.data(ChecklistModel::IdRole).toString();
            item.categoryId = section.id;
            item.title = task.data(Qt::DisplayRole).toString();
            item.kindId = task.data(ChecklistModel::KindRole).toString();
            item.status = static_cast<ItemStatus>(task.data(ChecklistModel::StatusRole).toInt());
            item.found = static_cast<ItemStatus>(task.data(ChecklistModel::FindingStatusRole).toInt());
            item.statusTitle = task.data(ChecklistModel::StatusTitleRole).toString();
            item.afterUpgrade = task.data(ChecklistModel::AfterUpgradeRole).toBool();
            item.evidence = task.data(ChecklistModel::EvidenceRole).toStringList();
            item.details = task.data(ChecklistModel::DetailsRole).toStringList();
            item.measured = task.data(ChecklistModel::MeasuredRole).toString();
            item.threshold = task.data(ChecklistModel::ThresholdRole).toString();
            item.note = task.data(ChecklistModel::NoteRole).toString().trimmed();
            item.confirmedAt = task.data(ChecklistModel::ConfirmedAtRole).toDateTime();
            item.waiverReason = task.data(ChecklistModel::WaiverReasonRole).toString();
            item.notApplicableReason = task.data(ChecklistModel::NotApplicableReasonRole).toString();
            item.markedBy = task.data(ChecklistModel::MarkedByRole).toString();
            item.markedAt = task.data(ChecklistModel::MarkedAtRole).toDateTime();
            item.markLines = ReportText::markLines(task);
            item.checkedAt = task.data(ChecklistModel::CheckedAtRole).toDateTime();
            item.age = task.data(ChecklistModel::AgeRole).toString();
            item.stale = task.data(ChecklistModel::StaleRole).toBool();
            item.change = static_cast<FindingChange>(task.data(ChecklistModel::ChangeRole).toInt());
            item.previous = static_cast<ItemStatus>(task.data(ChecklistModel::PreviousStatusRole).toInt());
            item.previousCheckedAt = task.data(ChecklistModel::PreviousCheckedAtRole).toDateTime();
            item.acceptedUntil = task.data(ChecklistModel::AcceptedUntilRole).toDate();
            item.acceptanceExpired = task.data(ChecklistModel::AcceptanceExpiredRole).toBool();
            for (const QString &line : {ReportText::resultTimeLine(item, data.machine, data.counts.maxAgeDays),
                                        ReportText::changeLine(item.change, item.previous, item.previousCheckedAt)}) {
                if (!line.isEmpty())
                    item.resultLines.append(line);
            }
            item.reference = task.data(ChecklistModel::ReferenceRole).toString();
            if (!item.reference.isEmpty()) {
                if (!data.sources.contains(item.reference))
                    data.sources.append(item.reference);
                item.source = int(data.sources.indexOf(item.reference)) + 1;
            }
            const QVariantList cautions = task.data(ChecklistModel::CautionsRole).toList();
            for (const QVariant &caution : cautions) {
                const QVariantMap fields = caution.toMap();
                const ReportCaution entry{fields.value(QStringLiteral("label")).toString(),
                                          fields.value(QStringLiteral("text")).toString()};
                const bool known = std::any_of(item.cautions.cbegin(), item.cautions.cend(),
                                               [&entry](const ReportCaution &c) { return c.text == entry.text; });
                if (!known && !entry.text.isEmpty())
                    item.cautions.append(entry);
            }
            if (const Task *entry = Catalog::instance().task(item.id)) {
                item.figureLines = ChosenFigures::lines(*entry, session.formValues);
                for (const Threshold *figure : ChosenFigures::ofTask(*entry))
                    item.figures.append({QLatin1String(figure->key), ChosenFigures::value(*entry, *figure, session.formValues),
                                         ChosenFigures::defaultValue(*figure), QLatin1String(figure->unit)});
            }
            section.items.append(item);
        }
        data.sections.append(section);
    }
    // The plans saved without a verified backup, with the task whose plan they are (or, on a path
    // without it, with the backup's), so that the risk is read where the reader looks for it.
    if (const QString holderId = model.planRecordTask(); !model.plansWithoutBackup().isEmpty() && !holderId.isEmpty()) {
        for (ReportSection &section : data.sections) {
            for (ReportItem &item : section.items) {
                if (item.id != holderId)
                    continue;
                item.plansWithoutBackup = model.plansWithoutBackup();
                for (const PlanWithoutBackup &plan : item.plansWithoutBackup)
                    item.riskLines.append(ReportText::planWithoutBackupLines(plan));
            }
        }
    }
    if (const UpgradePath *path = model.path(); path && !path->order.isEmpty()) {
        data.order.kindId = orderKindId(path->order.kind);
        data.order.title = orderTitle(path->order.kind);
        data.order.intro = orderIntro(path->order.kind);
        data.order.reference = catalogText(path->order.reference);
        for (const Task *task : Catalog::instance().dayOfUpgrade(data.pathId)) {
            for (const ReportSection &section : std::as_const(data.sections)) {
                for (const ReportItem &item : section.items) {
                    if (item.id == QLatin1String(task->id))
                        data.order.steps.append({item.id, item.title, section.title, item.status, item.statusTitle});
                }
            }
        }
        if (path->order.end && !data.order.steps.isEmpty())
            data.order.steps.append({QString(), catalogText(path->order.end), QString(), ItemStatus::Pending, QString()});
    }
    // Each form is printed where the checklist has its task, filled in or not.
    const QList<ReportField> internet = internetInfoOf(session.formValues);
    const bool filledIn =
        std::any_of(internet.cbegin(), internet.cend(), [](const ReportField &f) { return !f.value.isEmpty(); });
    if (filledIn || model.indexOf(taskid::net::internetInfo).isValid())
        data.forms.append({QStringLiteral("internetInfo"), ReportText::internetInfo(), internet,
                           InternetInfoFields::notVerifiedText()});
    if (model.indexOf(taskid::data::fullBackup).isValid() || model.indexOf(taskid::data::verifyBackup).isValid())
        data.forms.append(backupRecordOf(model));
    if (model.indexOf(taskid::os::stopLocalsystemServices).isValid() || !RecordedStartTypes::read(session.formValues).isEmpty())
        data.forms.append(serviceStartTypesOf(session.formValues));
    return data;
}

} // namespace prep
