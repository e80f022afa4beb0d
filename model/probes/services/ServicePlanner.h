// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Facts.h"
#include "ServiceChanges.h"
#include "catalog/TaskIds.h"

#include <QDateTime>
#include <QString>

namespace prep {

class ChecklistModel;

// The reversible fix of os.stop-localsystem-services: the plan that `prepprobe prepare` applies
// on the server (the services the check found, each set to Disabled and stopped), and the journal
// it writes, opened again here to complete the tasks with what it recorded.
class ServicePlanner
{
public:
    static constexpr const char *stopTask = taskid::os::stopLocalsystemServices;
    static constexpr const char *restoreTask = taskid::post::restoreServices;
    static constexpr const char *backupTask = taskid::data::verifyBackup;

    // The services LocalSystemServicesRule asks to stop, each to Disabled and stopped.
    static facts::ServicePlan build(const facts::Facts &facts, const QDateTime &now);

    // The backup counts as verified when its check passed, the operator marked it done, or the
    // operator accepted its risk on that task.
    static bool backupVerified(const ChecklistModel &model);
    // Why the plan may not be saved, in words; empty when it may. Without a verified backup, only
    // with the operator's reason for accepting that risk.
    static QString refusal(const ChecklistModel &model, const facts::ServicePlan &plan, const QString &riskReason);

    // The journal beside the plan: "C:\plans\sbs01-plan.json" → "C:\plans\sbs01-plan.journal".
    static QString journalFileFor(const QString &planFile);
    // The exact command to run on the server, from the folder that holds the plan.
    static QString prepareCommand(const QString &planFile);
    static QString restoreCommand(const QString &planFile);

    // Saves the plan (WholeFile) once refusal() is empty; false with *error otherwise. Saved
    // without a verified backup, the checklist records it with the reason (the report shows it).
    static bool save(ChecklistModel &model, facts::ServicePlan plan, const QString &riskReason,
                     const QString &path, QString *error);

    // Reads a journal of this checklist's server and completes the two tasks from it: the start
    // types it recorded (kept for post.restore-services), the steps that were refused. False,
    // changing nothing, with *error when the journal is damaged or of another server.
    static bool openJournal(ChecklistModel &model, const QString &path, const QString &computer, QString *error);
};

} // namespace prep
