// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/Category.h"
#include "catalog/Task.h"
#include "catalog/UpgradePath.h"
#include "checklist/Finding.h"
#include "checklist/FindingChange.h"
#include "checklist/Freshness.h"
#include "checklist/Readiness.h"
#include "checklist/Session.h"
#include "checklist/TaskActions.h"

#include <QAbstractItemModel>

#include <vector>

namespace prep {

// The checklist of the chosen upgrade path: categories as top-level rows, their tasks as
// children. It owns the session; every change emits sessionChanged() so it can be saved.
// All changes happen on the GUI thread; probes hand in findings through applyFinding().
class ChecklistModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, StatusColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // task id or category id
        IsCategoryRole,
        CategoryRole,      // category id
        StatusRole,        // ItemStatus as int
        StatusIdRole,      // "passed"
        StatusTitleRole,   // translated status word
        KindRole,          // "automatic", "assisted", "manual"
        StepsRole,         // QStringList
        CautionsRole,      // QVariantList of {"kind", "label", "text"}
        ReferenceRole,
        EvidenceRole,      // QStringList
        DetailsRole,       // QStringList
        MeasuredRole,
        ThresholdRole,
        NoteRole,
        ConfirmedAtRole,   // QDateTime
        WaiverReasonRole,
        CheckedAtRole,     // QDateTime of the finding
        ProgressRole,      // categories: "3 of 5 done"
        FindingStatusRole, // ItemStatus as int: what the latest check found, under any mark
        MarkRole,          // Mark as int
        MarkedAtRole,      // QDateTime of the mark
        MarkedByRole,      // who made it
        MarkedOnRole,      // ItemStatus as int: the finding the mark answered
        MarkedEvidenceRole, // QStringList: what that finding said
        NotApplicableReasonRole,
        CanMarkDoneRole,   // the operator's answers the model allows now (TaskActions)
        DoneNeedsNoteRole,
        CanAcceptRiskRole,
        CanMarkNotApplicableRole,
        CanWithdrawRole,
        AfterUpgradeRole,  // bool: the task is done after the upgrade, not before
        AgeRole,           // "checked 3 days ago"; empty without a check
        StaleRole,         // bool: the finding is older than maxAgeDays()
        ChangeRole,        // FindingChange as int: since the previous check
        PreviousStatusRole,    // ItemStatus as int of the previous check (Pending: none)
        PreviousCheckedAtRole, // QDateTime of the previous check
        AcceptedUntilRole,     // QDate: the last day an accepted risk holds (invalid: no limit)
        AcceptanceExpiredRole, // bool: that day has passed; the task counts as its finding
    };
    Q_ENUM(Role)

    explicit ChecklistModel(QObject *parent = nullptr);

    // "3 of 5 done": a category's or the whole checklist's progress, wherever it is shown.
    static QString progressText(const StatusCounts &tally);

    // QAbstractItemModel
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The session as a whole (resume, start over).
    const Session &session() const { return m_session; }
    void setSession(const Session &session);

    // Upgrade path; an unknown id empties the checklist.
    void setPath(const QString &pathId);
    QString pathId() const { return m_session.pathId; }
    const UpgradePath *path() const;

    void setOperatorName(const QString &name);
    void setServerName(const QString &name);
    // The day the upgrade is planned for; an invalid date clears it. A day outside
    // Session::isPlannedDate is refused (false) and changes nothing.
    bool setPlannedDate(const QDate &day);
    // Which machine the checklist is about (kept in the session).
    void setMachine(const SessionMachine &machine);
    // The Destination Server of a migration (kept in the session); an empty one forgets it.
    void setDestination(const SessionMachine &destination);
    void setLanguage(const QString &language);
    void setFormValue(const QString &key, const QString &value);
    QString formValue(const QString &key) const { return m_session.formValues.value(key); }

    // Lookups
    QModelIndex indexOf(const QString &taskId, int column = TitleColumn) const;
    QModelIndex categoryIndex(Category category) const;
    std::vector<Category> categories() const;
    std::vector<const Task *> tasks() const; // all tasks of the path, in order
    std::vector<const Task *> tasks(Category category) const;
    ItemStatus status(const QString &taskId) const;
    ItemState state(const QString &taskId) const { return m_session.items.value(taskId); }

    // The operator's actions, as TaskActions allows them. They return false, changing nothing,
    // when the action does not fit the task's state.
    TaskActions actions(const QString &taskId) const;
    bool confirm(const QString &taskId, const QString &note = {});
    bool unconfirm(const QString &taskId);
    bool setNote(const QString &taskId, const QString &note);
    // Who made the task's mark, when it was someone else than the operator named on the Welcome
    // page; false, changing nothing, for a task without a mark.
    bool setMarkedBy(const QString &taskId, const QString &name);
    // `until`, when valid, is the last day the acceptance holds; a day already past is refused.
    bool waive(const QString &taskId, const QString &reason, const QDate &until = {});
    bool unwaive(const QString &taskId);
    bool markNotApplicable(const QString &taskId, const QString &reason);
    bool withdrawMark(const QString &taskId);

    // A service plan saved while the backup had not been verified, with the operator's reason
    // for accepting that risk: recorded with the operator named on the Welcome page and the
    // time, for the report. It is a record and changes no task's status. False, changing
    // nothing, without a file name or a reason; an over-long one is cut.
    bool recordPlanWithoutBackup(const QString &planFile, const QString &reason,
                                 const QDateTime &at = QDateTime::currentDateTime());
    const QList<PlanWithoutBackup> &plansWithoutBackup() const { return m_session.plansWithoutBackup; }
    // The task those records are shown with, on screen and in every report: the stop-services
    // task whose plan they are, or on a path without it the backup's; empty on a path with neither.
    QString planRecordTask() const;

    // Marks a session file carried that the wizard could not have made, set aside when the
    // session was read (setSession), for the report to say so.
    struct DroppedMark
    {
        QString taskId;
        Mark mark;
        ItemStatus on;
    };
    const QList<DroppedMark> &droppedMarks() const { return m_droppedMarks; }

    // Probe results. Each result is added to the task's history (ItemState::history).
    void setRunning(const QString &taskId);
    void applyFinding(const QString &taskId, const Finding &finding);

    // Findings older than this many days are stale (Freshness): default 14, from 1 to
    // Freshness::maxMaxAgeDays.
    void setMaxAgeDays(int days);
    int maxAgeDays() const { return m_maxAgeDays; }
    bool isStale(const ItemState &state) const;
    // What changed since the previous check, task by task, before the upgrade.
    ChangeCounts changes() const;
    static FindingChange changeOf(const ItemState &state);

    // The tasks before the upgrade: what the verdict, the steps panel and the Welcome page count.
    StatusCounts counts() const;
    StatusCounts counts(Category category) const;
    // Tasks for after the upgrade: they wait, and never count for the verdict.
    StatusCounts afterUpgradeCounts() const;
    // The status shown for a task: after-upgrade tasks never pass before the upgrade.
    static ItemStatus shownStatus(const Task &task, const ItemState &state);
    Readiness readiness() const { return readinessOf(counts()); }

signals:
    void sessionChanged();
    // A task's status changed (for views that show totals).
    void statusesChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct CategoryRows
    {
        Category category;
        std::vector<const Task *> tasks;
    };
    void rebuildRows();
    const Task *taskAt(const QModelIndex &index) const;
    QVariant categoryData(const CategoryRows &rows, int column, int role) const;
    QVariant taskData(const Task &task, int column, int role) const;
    // Applies `change` to the task's state and announces it: dataChanged for the row and its
    // category, then sessionChanged.
    template<typename Change>
    bool changeItem(const QString &taskId, Change change);
    void announceRow(const QString &taskId);
    void retranslate();
    // Applies the rules of TaskActions to a session read from a file (setSession).
    void screenSession();
    // Makes `mark` on the task if TaskActions allows it; `fill` sets the mark's own fields.
    template<typename Fill>
    bool makeMark(const QString &taskId, Mark mark, Fill fill);

    Session m_session;
    std::vector<CategoryRows> m_rows;
    QList<DroppedMark> m_droppedMarks;
    int m_maxAgeDays = Freshness::defaultMaxAgeDays;
};

} // namespace prep
