// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Facts.h"
#include "checklist/FindingChange.h"
#include "checklist/ItemStatus.h"
#include "checklist/PlanWithoutBackup.h"
#include "checklist/Readiness.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace prep {

class ChecklistModel;

// Which computer the facts in the report describe: this one, or a prepprobe snapshot of another.
struct MachineDescription
{
    QString hostName;
    QString operatingSystem;
    QDateTime snapshotTakenAt; // valid when the facts come from a snapshot file

    static MachineDescription thisComputer();
    static MachineDescription ofSnapshot(const facts::Facts &facts);
    bool isSnapshot() const { return snapshotTakenAt.isValid(); }
};

// One of the documents' boxed sentences, printed with its task.
struct ReportCaution
{
    QString label; // "Important:"
    QString text;
};

struct ReportItem
{
    QString id;
    QString categoryId;
    QString title;
    QString kindId;
    ItemStatus status = ItemStatus::Pending;  // as shown
    ItemStatus found = ItemStatus::Pending;   // what the latest check found, under any mark
    QString statusTitle;                      // "Risk accepted (Warning)"
    bool afterUpgrade = false;
    QStringList evidence;
    QStringList details;
    QString measured;
    QString threshold;
    QString note;
    QDateTime confirmedAt;
    QString waiverReason;
    QString notApplicableReason;
    QString markedBy;
    QDateTime markedAt;
    QStringList resultLines; // the result's age and what changed since the previous check, in words
    QStringList markLines; // the operator's mark in words: who, when, why; a mark to review
    // The service plans saved without a verified backup (on the stop-services task, else on the
    // backup's), and each in words: the operator's record of an accepted risk, never a pass.
    QList<PlanWithoutBackup> plansWithoutBackup;
    QStringList riskLines;
    QDateTime checkedAt;
    QString age;             // "checked 3 days ago"
    bool stale = false;      // older than the limit (Freshness)
    FindingChange change = FindingChange::None; // since the previous check
    ItemStatus previous = ItemStatus::Pending;  // the previous check's result (Pending: none)
    QDateTime previousCheckedAt;
    QDate acceptedUntil;     // an accepted risk's last day
    bool acceptanceExpired = false;
    QString reference; // the source document and its section
    int source = 0;    // its number in ReportData::sources, from 1 (0: none)
    QList<ReportCaution> cautions; // the documents' cautions for this task, each once
    // The figures of this task that no document gives and this program chose (ChosenFigures), in
    // words, and each one's key, the value in use and the program's own.
    QStringList figureLines;
    struct Figure
    {
        QString key;
        int value = 0;
        int programValue = 0;
        QString unit;
    };
    QList<Figure> figures;

    // Nothing more to do before the upgrade (or after it, for an after-upgrade task): no
    // "Initials / date" box.
    bool settled() const { return isSettled(status); }
};

// One step of the documents' order (UpgradePath::order): a task of the checklist, printed with
// its title and its area so that the reader finds it, or the step after the tasks (Setup).
struct ReportOrderStep
{
    QString taskId;     // empty: the step that follows the tasks, not a task
    QString title;      // the task's title, or the step's text
    QString area;       // the task's category title: where the checklist has it
    ItemStatus status = ItemStatus::Pending;
    QString statusTitle;
};

// The sequence the operator follows on the last days (or through the stages), as the path's
// document gives it. Empty when the documents give none.
struct ReportOrder
{
    QString kindId;    // "last-days", "stages", "preparation"
    QString title;     // "Day of the upgrade"
    QString intro;
    QString reference; // where the document gives the order
    QList<ReportOrderStep> steps;

    bool isEmpty() const { return steps.isEmpty(); }
};

struct ReportSection
{
    QString id;       // category id: "data"
    QString title;    // "Data preparation"
    QString progress; // "2 of 3 done"
    bool afterUpgrade = false; // the tasks of after the upgrade: printed at the end
    QList<ReportItem> items;
};

// One entry of a form the operator filled in (the Internet connection information).
struct ReportField
{
    QString key;   // "isp"
    QString label; // "Internet service provider (name, support telephone)"
    QString value; // as the operator wrote it, one or more lines; a choice in words
};

// A record the documents ask the operator to keep, printed as a form: every field, an empty one
// as a line to fill in by hand.
struct ReportForm
{
    QString key;   // its name in the JSON report: "internetInfo", "backupRecord", "serviceStartTypes"
    QString title; // "Information for connecting to the Internet"
    QList<ReportField> fields;
    QString note; // under the form: where its values come from
};

// Everything a report shows, taken from the checklist model in one walk and already in the
// current language. Every renderer reads this and nothing else, so they cannot disagree.
struct ReportData
{
    QDateTime generated;
    QString language; // "en", "es"
    QString operatorName;
    QString serverName; // as the operator named it; the machine's host name when empty
    QDate plannedDate;  // the day the upgrade is planned for; invalid: not given
    MachineDescription machine;
    // On a migration path, the Destination Server's snapshot; none: not opened (or not a migration).
    std::optional<MachineDescription> destination;

    QString pathId;
    QString pathSource;
    QString pathTarget;
    QString verdictId;
    QString verdictTitle;
    QString verdictExplanation;
    QStringList pathSteps;
    QStringList pathNotes;
    ReportOrder order; // the documents' order of the tasks for the path

    Readiness readiness = Readiness::NotReadyYet;
    StatusCounts counts;        // before the upgrade: what the verdict counts
    StatusCounts afterUpgrade;  // the tasks that wait for after the upgrade
    ChangeCounts changes;       // since the previous check
    QStringList sessionNotes;   // marks of the session file set aside, in words
    QList<ReportSection> sections;
    QStringList sources; // the documents and sections the tasks come from, each once, numbered from 1
    // The Internet information, the backup, the services' startup types: each where the
    // checklist has its task, filled in or not.
    QList<ReportForm> forms;
    const ReportForm *form(const QString &key) const;

    static ReportData from(const ChecklistModel &model, const MachineDescription &machine,
                           const QDateTime &generated = QDateTime::currentDateTime());
    // Keeps the Destination Server's snapshot on a migration path; on any other, none.
    void setDestination(const std::optional<MachineDescription> &snapshot);
    // The server's name as printed: the operator's name for it, else the host name.
    QString serverTitle() const;
    bool isMigration() const { return verdictId == QLatin1String("migration"); }
    // The sections of before the upgrade, in the wizard's order, and those of after it.
    QList<ReportSection> sectionsBefore() const;
    QList<ReportSection> sectionsAfter() const;
    // The tasks still open before the upgrade, in the checklist's order.
    QList<ReportItem> openTasks() const;
};

} // namespace prep
