// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A checklist part-way through, as a shop owner would have it the evening before the upgrade:
// some tasks confirmed with notes, one risk accepted, probe results of every kind. Shared by the
// report tests.

#include "catalog/TaskIds.h"
#include "checklist/ChecklistModel.h"
#include "report/ReportData.h"

#include <QDateTime>

namespace prep::sample {

inline const QString pathId = QStringLiteral("sbs2000-to-sbs2003");

inline LocalizedText sentence(const char *source, QList<TextArg> args = {})
{
    return LocalizedText("SampleProbe", source, std::move(args));
}

inline void fill(ChecklistModel *model)
{
    model->setPath(pathId);
    model->setServerName(QStringLiteral("SRV-OFICINA"));
    model->setOperatorName(QStringLiteral("María Fernández"));
    model->confirm(QString(taskid::pre::pathCheck), QStringLiteral("SBS 2000 SP1 → SBS 2003 Standard, same language."));
    model->confirm(QString(taskid::pre::readGuide));
    model->confirm(QString(taskid::data::virusScan),
                   QStringLiteral("Full scan Tuesday night, nothing found. M: excluded."));

    Finding freeDisk;
    freeDisk.status = ItemStatus::Passed;
    freeDisk.evidence = {
        sentence("%1 free on %2; %3 needed.",
                 {TextArg::bytes(13314398618), TextArg::text(QStringLiteral("C:")), TextArg::bytes(2147483648)})};
    freeDisk.measured = sentence("%1", {TextArg::bytes(13314398618)});
    freeDisk.threshold = sentence("at least %1", {TextArg::bytes(2147483648)});
    model->applyFinding(QString(taskid::hw::freeDisk), freeDisk);

    Finding services;
    services.status = ItemStatus::Warning;
    services.evidence = {sentence("%1 services from other vendors run as LocalSystem.", {TextArg::integer(2)})};
    services.details = {sentence("%1 (%2)", {TextArg::text(QStringLiteral("Backup Exec Agent")),
                                             TextArg::text(QStringLiteral("BackupExecAgentAccelerator"))}),
                        sentence("%1 (%2)", {TextArg::text(QStringLiteral("Trend Micro OfficeScan")),
                                             TextArg::text(QStringLiteral("ofcservice"))})};
    model->applyFinding(QString(taskid::os::stopLocalsystemServices), services);
    model->waive(QString(taskid::os::stopLocalsystemServices),
                 QStringLiteral("The backup agent is stopped by the upgrade script; OfficeScan is uninstalled first."));

    Finding requirements;
    requirements.status = ItemStatus::Blocker;
    requirements.evidence = {sentence("%1 of memory; Windows Small Business Server 2003 needs at least %2.",
                                      {TextArg::bytes(268435456), TextArg::bytes(402653184)})};
    requirements.measured = sentence("%1", {TextArg::bytes(268435456)});
    requirements.threshold = sentence("at least %1", {TextArg::bytes(402653184)});
    model->applyFinding(QString(taskid::hw::requirements), requirements);

    Finding ntfs;
    ntfs.status = ItemStatus::Unknown;
    ntfs.evidence = {sentence("The file system of the system drive could not be read: %1.",
                              {TextArg::text(QStringLiteral("access denied"))})};
    model->applyFinding(QString(taskid::os::ntfsSystemDrive), ntfs);
}

inline MachineDescription machine()
{
    return {QStringLiteral("srv-oficina"), QStringLiteral("Windows Server 2000 SP4"), {}};
}

inline QDateTime generated()
{
    return QDateTime(QDate(2025, 3, 13), QTime(18, 45));
}

} // namespace prep::sample
