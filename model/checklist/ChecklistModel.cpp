// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklist/ChecklistModel.h"

#include "catalog/Catalog.h"
#include "catalog/TaskIds.h"
#include "checklist/StatusIcon.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFont>

#include <algorithm>

namespace prep {

namespace {
// Internal ids: 0 marks a category row; a task row stores its category row + 1.
constexpr quintptr categoryMarker = 0;
} // namespace

ChecklistModel::ChecklistModel(QObject *parent) : QAbstractItemModel(parent)
{
    // Texts are translated when shown: on a language change every row is announced again.
    QCoreApplication::instance()->installEventFilter(this);
}

bool ChecklistModel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange)
        retranslate();
    return QAbstractItemModel::eventFilter(watched, event);
}

void ChecklistModel::retranslate()
{
    for (int row = 0; row < int(m_rows.size()); ++row) {
        const QModelIndex category = index(row, 0);
        emit dataChanged(category, index(row, ColumnCount - 1));
        const int children = int(m_rows[size_t(row)].tasks.size());
        if (children > 0)
            emit dataChanged(index(0, 0, category), index(children - 1, ColumnCount - 1, category));
    }
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

QModelIndex ChecklistModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < int(m_rows.size()) ? createIndex(row, column, categoryMarker) : QModelIndex();
    if (parent.internalId() != categoryMarker || parent.column() != 0 || parent.row() >= int(m_rows.size()))
        return {};
    if (row >= int(m_rows[size_t(parent.row())].tasks.size()))
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex ChecklistModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == categoryMarker)
        return {};
    return createIndex(int(child.internalId() - 1), 0, categoryMarker);
}

int ChecklistModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_rows.size());
    if (parent.internalId() == categoryMarker && parent.column() == 0)
        return int(m_rows[size_t(parent.row())].tasks.size());
    return 0;
}

int ChecklistModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

const Task *ChecklistModel::taskAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == categoryMarker)
        return nullptr;
    return m_rows[size_t(index.internalId() - 1)].tasks[size_t(index.row())];
}

QVariant ChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (const Task *task = taskAt(index))
        return taskData(*task, index.column(), role);
    return categoryData(m_rows[size_t(index.row())], index.column(), role);
}

QVariant ChecklistModel::categoryData(const CategoryRows &rows, int column, int role) const
{
    // Views ask for many roles; count only for those that show the progress.
    const auto progress = [&] { return progressText(counts(rows.category)); };
    switch (role) {
    case Qt::DisplayRole:
        return column == TitleColumn ? categoryTitle(rows.category) : progress();
    case Qt::AccessibleTextRole:
        return tr("%1: %2").arg(categoryTitle(rows.category), progress());
    case IdRole:
    case CategoryRole:
        return categoryId(rows.category);
    case IsCategoryRole:
        return true;
    case ProgressRole:
        return progress();
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    default:
        return {};
    }
}

ItemStatus ChecklistModel::shownStatus(const Task &task, const ItemState &state)
{
    const ItemStatus shown = state.effectiveStatus();
    if (task.category == Category::AfterUpgrade && shown == ItemStatus::Passed)
        return ItemStatus::Pending; // what a check finds before the upgrade is evidence, not done
    return shown;
}

QVariant ChecklistModel::taskData(const Task &task, int column, int role) const
{
    const QString id = QString::fromLatin1(task.id);
    static const ItemState untouched;
    const auto found = m_session.items.constFind(id);
    const ItemState &itemState = found == m_session.items.cend() ? untouched : *found;
    const ItemStatus itemStatus = shownStatus(task, itemState);
    const QString title = statusTitle(itemStatus, itemState.finding.status);
    switch (role) {
    case Qt::DisplayRole:
        return column == TitleColumn ? task.titleText() : title;
    case Qt::DecorationRole:
        // An accepted risk keeps the look of what was found.
        return column == TitleColumn
            ? statusIcon(itemStatus == ItemStatus::Waived ? itemState.finding.status : itemStatus)
            : QVariant();
    case Qt::AccessibleTextRole:
        return tr("%1: %2").arg(task.titleText(), title);
    case Qt::ToolTipRole:
        return column == StatusColumn ? title : task.titleText();
    case IdRole:
        return id;
    case IsCategoryRole:
        return false;
    case CategoryRole:
        return categoryId(task.category);
    case StatusRole:
        return int(itemStatus);
    case StatusIdRole:
        return statusId(itemStatus);
    case StatusTitleRole:
        return title;
    case KindRole:
        return taskKindId(task.kindOn(m_session.pathId));
    case StepsRole:
        return task.stepTexts(m_session.pathId);
    case CautionsRole: {
        QVariantList cautions;
        for (const Caution &caution : task.cautions)
            cautions.append(QVariantMap{{QStringLiteral("kind"), int(caution.kind)},
                                        {QStringLiteral("label"), cautionLabel(caution.kind)},
                                        {QStringLiteral("text"), catalogText(caution.text)}});
        return cautions;
    }
    case ReferenceRole:
        return task.referenceText();
    case EvidenceRole:
        return renderAll(itemState.finding.evidence);
    case DetailsRole:
        return renderAll(itemState.finding.details);
    case MeasuredRole:
        return itemState.finding.measured.toString();
    case ThresholdRole:
        return itemState.finding.threshold.toString();
    case NoteRole:
        return itemState.note;
    case ConfirmedAtRole:
        return itemState.confirmedAt;
    case WaiverReasonRole:
        return itemState.waiverReason;
    case CheckedAtRole:
        return itemState.finding.checkedAt;
    case FindingStatusRole:
        return int(itemState.finding.status);
    case MarkRole:
        return int(itemState.mark());
    case MarkedAtRole:
        return itemState.markedAt();
    case MarkedByRole:
        return itemState.markedBy;
    case MarkedOnRole:
        return int(itemState.markedOn);
    case MarkedEvidenceRole:
        return renderAll(itemState.markedEvidence);
    case NotApplicableReasonRole:
        return itemState.notApplicableReason;
    case CanMarkDoneRole:
        return TaskActions::of(task, itemState, m_session.pathId).canMarkDone;
    case DoneNeedsNoteRole:
        return TaskActions::of(task, itemState, m_session.pathId).doneNeedsNote;
    case CanAcceptRiskRole:
        return TaskActions::of(task, itemState, m_session.pathId).canAcceptRisk;
    case CanMarkNotApplicableRole:
        return TaskActions::of(task, itemState, m_session.pathId).canMarkNotApplicable;
    case CanWithdrawRole:
        return TaskActions::of(task, itemState, m_session.pathId).canWithdraw;
    case AfterUpgradeRole:
        return task.category == Category::AfterUpgrade;
    case AgeRole:
        return isCheckResult(itemState.finding.status)
            ? Freshness::ageText(itemState.finding.checkedAt, QDateTime::currentDateTime())
            : QString();
    case StaleRole:
        return isStale(itemState);
    case ChangeRole:
        return int(changeOf(itemState));
    case PreviousStatusRole: {
        const CheckRecord *previous = itemState.previousCheck();
        return int(previous ? previous->status : ItemStatus::Pending);
    }
    case PreviousCheckedAtRole: {
        const CheckRecord *previous = itemState.previousCheck();
        return previous ? previous->checkedAt : QDateTime();
    }
    case AcceptedUntilRole:
        return itemState.mark() == Mark::RiskAccepted ? itemState.waivedUntil : QDate();
    case AcceptanceExpiredRole:
        return itemState.acceptanceExpired();
    default:
        return {};
    }
}

QString ChecklistModel::progressText(const StatusCounts &tally)
{
    return tr("%1 of %2 done").arg(tally.settled).arg(tally.total);
}

QVariant ChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    return section == TitleColumn ? tr("Task") : tr("Status");
}

QHash<int, QByteArray> ChecklistModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(StatusIdRole, "status");
    names.insert(KindRole, "kind");
    names.insert(EvidenceRole, "evidence");
    names.insert(NoteRole, "note");
    names.insert(ConfirmedAtRole, "confirmedAt");
    return names;
}

void ChecklistModel::setSession(const Session &session)
{
    beginResetModel();
    m_session = session;
    screenSession();
    rebuildRows();
    endResetModel();
    emit statusesChanged();
    emit sessionChanged();
}

void ChecklistModel::setPath(const QString &pathId)
{
    if (pathId == m_session.pathId)
        return;
    beginResetModel();
    m_session.pathId = pathId;
    rebuildRows();
    endResetModel();
    emit statusesChanged();
    emit sessionChanged();
}

const UpgradePath *ChecklistModel::path() const
{
    return Catalog::instance().path(m_session.pathId);
}

void ChecklistModel::rebuildRows()
{
    m_rows.clear();
    const std::vector<const Task *> pathTasks = Catalog::instance().tasksFor(m_session.pathId);
    for (Category category : allCategories) {
        CategoryRows rows{category, {}};
        for (const Task *task : pathTasks) {
            if (task->category == category)
                rows.tasks.push_back(task);
        }
        if (!rows.tasks.empty())
            m_rows.push_back(std::move(rows));
    }
}

void ChecklistModel::setOperatorName(const QString &name)
{
    if (name == m_session.operatorName)
        return;
    m_session.operatorName = name;
    emit sessionChanged();
}

void ChecklistModel::setServerName(const QString &name)
{
    if (name == m_session.serverName)
        return;
    m_session.serverName = name;
    emit sessionChanged();
}

bool ChecklistModel::setPlannedDate(const QDate &day)
{
    if (day.isValid() && !Session::isPlannedDate(day))
        return false;
    const QDate planned = day.isValid() ? day : QDate();
    if (planned != m_session.plannedDate) {
        m_session.plannedDate = planned;
        emit sessionChanged();
    }
    return true;
}

void ChecklistModel::setMachine(const SessionMachine &machine)
{
    if (machine == m_session.machine)
        return;
    m_session.machine = machine;
    emit sessionChanged();
}

void ChecklistModel::setDestination(const SessionMachine &destination)
{
    if (destination == m_session.destination)
        return;
    m_session.destination = destination;
    emit sessionChanged();
}

void ChecklistModel::setLanguage(const QString &language)
{
    if (language == m_session.language)
        return;
    m_session.language = language;
    emit sessionChanged();
}

void ChecklistModel::setFormValue(const QString &key, const QString &value)
{
    if (m_session.formValues.value(key) == value)
        return;
    if (value.isEmpty())
        m_session.formValues.remove(key);
    else
        m_session.formValues.insert(key, value);
    emit sessionChanged();
}

QModelIndex ChecklistModel::indexOf(const QString &taskId, int column) const
{
    for (size_t categoryRow = 0; categoryRow < m_rows.size(); ++categoryRow) {
        const auto &tasks = m_rows[categoryRow].tasks;
        for (size_t row = 0; row < tasks.size(); ++row) {
            if (taskId == QLatin1String(tasks[row]->id))
                return createIndex(int(row), column, quintptr(categoryRow) + 1);
        }
    }
    return {};
}

QModelIndex ChecklistModel::categoryIndex(Category category) const
{
    for (size_t row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].category == category)
            return index(int(row), 0);
    }
    return {};
}

std::vector<Category> ChecklistModel::categories() const
{
    std::vector<Category> result;
    for (const CategoryRows &rows : m_rows)
        result.push_back(rows.category);
    return result;
}

std::vector<const Task *> ChecklistModel::tasks() const
{
    std::vector<const Task *> result;
    for (const CategoryRows &rows : m_rows)
        result.insert(result.end(), rows.tasks.begin(), rows.tasks.end());
    return result;
}

std::vector<const Task *> ChecklistModel::tasks(Category category) const
{
    for (const CategoryRows &rows : m_rows) {
        if (rows.category == category)
            return rows.tasks;
    }
    return {};
}

ItemStatus ChecklistModel::status(const QString &taskId) const
{
    const Task *task = Catalog::instance().task(taskId);
    const auto it = m_session.items.constFind(taskId);
    if (!task || it == m_session.items.cend())
        return ItemStatus::Pending;
    return shownStatus(*task, *it);
}

TaskActions ChecklistModel::actions(const QString &taskId) const
{
    const Task *task = Catalog::instance().task(taskId);
    if (!task || !indexOf(taskId).isValid())
        return {};
    return TaskActions::of(*task, m_session.items.value(taskId), m_session.pathId);
}

bool ChecklistModel::recordPlanWithoutBackup(const QString &planFile, const QString &reason, const QDateTime &at)
{
    PlanWithoutBackup record;
    record.planFile = PlanWithoutBackup::fileNameOf(planFile);
    record.reason = reason.trimmed().left(PlanWithoutBackup::maxReasonLength);
    record.savedBy = m_session.operatorName.trimmed().left(PlanWithoutBackup::maxNameLength);
    record.savedAt = at;
    if (!record.isValid())
        return false;
    QList<PlanWithoutBackup> &records = m_session.plansWithoutBackup;
    records.append(record);
    if (records.size() > PlanWithoutBackup::maxKept)
        records.erase(records.begin(), records.end() - PlanWithoutBackup::maxKept);
    if (const QString holder = planRecordTask(); !holder.isEmpty())
        announceRow(holder);
    emit sessionChanged();
    return true;
}

QString ChecklistModel::planRecordTask() const
{
    for (const char *taskId : {taskid::os::stopLocalsystemServices, taskid::data::verifyBackup}) {
        if (indexOf(QLatin1String(taskId)).isValid())
            return QLatin1String(taskId);
    }
    return {};
}

void ChecklistModel::screenSession()
{
    m_droppedMarks.clear();
    // Records as the wizard makes them, the latest maxKept: a session made elsewhere may hold others.
    QList<PlanWithoutBackup> &plans = m_session.plansWithoutBackup;
    plans.removeIf([](const PlanWithoutBackup &plan) { return !plan.isValid(); });
    if (plans.size() > PlanWithoutBackup::maxKept)
        plans.erase(plans.begin(), plans.end() - PlanWithoutBackup::maxKept);
    for (auto it = m_session.items.begin(); it != m_session.items.end(); ++it) {
        ItemState &item = it.value();
        const Task *task = Catalog::instance().task(it.key());
        if (!task)
            continue; // not a task of this version: never shown, kept for the file
        // A finding only a check can make; a task with no check has none.
        const ItemStatus found = item.finding.status;
        const bool aFinding = found == ItemStatus::Pending || isCheckResult(found);
        if (!aFinding || (task->kindOn(m_session.pathId) == TaskKind::Manual && found != ItemStatus::Pending))
            item.finding = Finding{};
        if (task->kindOn(m_session.pathId) == TaskKind::Manual)
            item.history.clear();
        // One mark, made by the rules the wizard applies: the others are set aside, and said.
        const Mark kept = item.mark();
        const auto drop = [&](Mark mark) { m_droppedMarks.append({it.key(), mark, item.markedOn}); };
        if (kept != Mark::NotApplicable && !item.notApplicableReason.isEmpty())
            drop(Mark::NotApplicable);
        if (kept != Mark::RiskAccepted && !item.waiverReason.isEmpty())
            drop(Mark::RiskAccepted);
        if (kept != Mark::Done && item.confirmedAt.isValid())
            drop(Mark::Done);
        const bool noteMissing = kept == Mark::Done && task->kindOn(m_session.pathId) == TaskKind::Automatic && item.note.trimmed().isEmpty();
        if (kept != Mark::None && (!TaskActions::allows(*task, kept, item.markedOn, m_session.pathId) || noteMissing)) {
            drop(kept);
            item.clearMark();
            continue;
        }
        const ItemState onlyKept = item;
        item.clearMark();
        item.markedOn = onlyKept.markedOn;
        item.markedEvidence = onlyKept.markedEvidence;
        item.markedBy = onlyKept.markedBy;
        switch (kept) {
        case Mark::Done:
            item.confirmedAt = onlyKept.confirmedAt;
            break;
        case Mark::RiskAccepted:
            item.waiverReason = onlyKept.waiverReason;
            item.waivedAt = onlyKept.waivedAt;
            item.waivedUntil = onlyKept.waivedUntil;
            break;
        case Mark::NotApplicable:
            item.notApplicableReason = onlyKept.notApplicableReason;
            item.notApplicableAt = onlyKept.notApplicableAt;
            break;
        case Mark::None:
            item.clearMark();
            break;
        }
    }
}

template<typename Change>
bool ChecklistModel::changeItem(const QString &taskId, Change change)
{
    if (!indexOf(taskId).isValid())
        return false;
    ItemState &itemState = m_session.items[taskId];
    const ItemStatus before = itemState.effectiveStatus();
    if (!change(itemState))
        return false;
    announceRow(taskId);
    if (itemState.effectiveStatus() != before)
        emit statusesChanged();
    emit sessionChanged();
    return true;
}

void ChecklistModel::announceRow(const QString &taskId)
{
    const QModelIndex first = indexOf(taskId, TitleColumn);
    emit dataChanged(first, indexOf(taskId, StatusColumn));
    const QModelIndex category = first.parent();
    emit dataChanged(category, index(category.row(), ColumnCount - 1));
}

template<typename Fill>
bool ChecklistModel::makeMark(const QString &taskId, Mark mark, Fill fill)
{
    const Task *task = Catalog::instance().task(taskId);
    if (!task)
        return false;
    return changeItem(taskId, [&](ItemState &itemState) {
        const TaskActions allowed = TaskActions::of(*task, itemState, m_session.pathId);
        const bool may = (mark == Mark::Done && allowed.canMarkDone)
            || (mark == Mark::RiskAccepted && allowed.canAcceptRisk)
            || (mark == Mark::NotApplicable && allowed.canMarkNotApplicable);
        if (!may || !fill(itemState, allowed))
            return false;
        itemState.markedOn = itemState.finding.status;
        itemState.markedEvidence = itemState.finding.evidence;
        itemState.markedBy = m_session.operatorName;
        return true;
    });
}

bool ChecklistModel::confirm(const QString &taskId, const QString &note)
{
    return makeMark(taskId, Mark::Done, [&](ItemState &itemState, const TaskActions &allowed) {
        const QString written = note.isNull() ? itemState.note : note;
        if (allowed.doneNeedsNote && written.trimmed().isEmpty())
            return false; // say how it was checked by hand
        itemState.clearMark();
        itemState.confirmedAt = QDateTime::currentDateTime();
        itemState.note = written;
        return true;
    });
}

bool ChecklistModel::unconfirm(const QString &taskId)
{
    return status(taskId) == ItemStatus::Confirmed && withdrawMark(taskId);
}

bool ChecklistModel::setNote(const QString &taskId, const QString &note)
{
    return changeItem(taskId, [&](ItemState &itemState) {
        if (itemState.note == note)
            return false;
        itemState.note = note;
        return true;
    });
}

bool ChecklistModel::setMarkedBy(const QString &taskId, const QString &name)
{
    return changeItem(taskId, [&](ItemState &itemState) {
        const QString who = name.trimmed();
        if (itemState.mark() == Mark::None || itemState.markedBy == who)
            return false;
        itemState.markedBy = who;
        return true;
    });
}

bool ChecklistModel::waive(const QString &taskId, const QString &reason, const QDate &until)
{
    if (reason.trimmed().isEmpty() || (until.isValid() && until < QDate::currentDate()))
        return false;
    return makeMark(taskId, Mark::RiskAccepted, [&](ItemState &itemState, const TaskActions &) {
        itemState.clearMark();
        itemState.waiverReason = reason.trimmed();
        itemState.waivedAt = QDateTime::currentDateTime();
        itemState.waivedUntil = until;
        return true;
    });
}

bool ChecklistModel::unwaive(const QString &taskId)
{
    return !m_session.items.value(taskId).waiverReason.isEmpty() && withdrawMark(taskId);
}

bool ChecklistModel::markNotApplicable(const QString &taskId, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return false;
    return makeMark(taskId, Mark::NotApplicable, [&](ItemState &itemState, const TaskActions &) {
        itemState.clearMark();
        itemState.notApplicableReason = reason.trimmed();
        itemState.notApplicableAt = QDateTime::currentDateTime();
        return true;
    });
}

bool ChecklistModel::withdrawMark(const QString &taskId)
{
    return changeItem(taskId, [](ItemState &itemState) {
        if (itemState.mark() == Mark::None)
            return false;
        itemState.clearMark();
        return true;
    });
}

void ChecklistModel::setRunning(const QString &taskId)
{
    changeItem(taskId, [](ItemState &itemState) {
        itemState.finding.status = ItemStatus::Running;
        return true;
    });
}

void ChecklistModel::applyFinding(const QString &taskId, const Finding &finding)
{
    changeItem(taskId, [&](ItemState &itemState) {
        // A mark stays; a new problem under it shows as "Needs review" (ItemState::needsReview).
        itemState.finding = finding;
        if (!itemState.finding.checkedAt.isValid())
            itemState.finding.checkedAt = QDateTime::currentDateTime();
        itemState.recordFinding();
        return true;
    });
}

void ChecklistModel::setMaxAgeDays(int days)
{
    days = std::clamp(days, 1, Freshness::maxMaxAgeDays);
    if (days == m_maxAgeDays)
        return;
    m_maxAgeDays = days;
    retranslate(); // every row's age and staleness, announced again
    emit statusesChanged();
}

bool ChecklistModel::isStale(const ItemState &state) const
{
    // The time in UTC: the same instant, without reading the time zone on every row drawn.
    return Freshness::isStale(state.finding, m_maxAgeDays, QDateTime::currentDateTimeUtc());
}

FindingChange ChecklistModel::changeOf(const ItemState &state)
{
    const CheckRecord *previous = state.previousCheck();
    if (!previous)
        return FindingChange::None; // the first check: nothing to compare with
    return findingChange(previous->status, state.finding.status, previous->measured.toString(),
                         state.finding.measured.toString());
}

ChangeCounts ChecklistModel::changes() const
{
    ChangeCounts result;
    for (const CategoryRows &rows : m_rows) {
        if (rows.category == Category::AfterUpgrade)
            continue;
        for (const Task *task : rows.tasks) {
            result.add(changeOf(m_session.items.value(QString::fromLatin1(task->id))));
        }
    }
    return result;
}

StatusCounts ChecklistModel::counts() const
{
    StatusCounts result;
    for (const CategoryRows &rows : m_rows) {
        if (rows.category == Category::AfterUpgrade)
            continue;
        for (const Task *task : rows.tasks) {
            const ItemState state = m_session.items.value(QString::fromLatin1(task->id));
            result.add(*task, state);
            if (isStale(state))
                ++result.stale;
            if (state.acceptanceExpired())
                ++result.expiredAcceptances;
        }
    }
    result.maxAgeDays = m_maxAgeDays;
    if (const UpgradePath *upgrade = path(); upgrade && upgrade->verdict == Verdict::Unsupported)
        result.unsupportedPath = upgrade;
    return result;
}

StatusCounts ChecklistModel::counts(Category category) const
{
    StatusCounts result;
    for (const Task *task : tasks(category))
        result.add(*task, m_session.items.value(QString::fromLatin1(task->id)));
    return result;
}

StatusCounts ChecklistModel::afterUpgradeCounts() const
{
    return counts(Category::AfterUpgrade);
}

void StatusCounts::add(const Task &task, const ItemState &state)
{
    const ItemStatus shown = ChecklistModel::shownStatus(task, state);
    add(shown);
    if (shown == ItemStatus::NeedsReview && state.verdictStatus() == ItemStatus::Blocker)
        ++blockersUnderReview;
}

} // namespace prep
