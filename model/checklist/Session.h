// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/Finding.h"
#include "checklist/PlanWithoutBackup.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace prep {

// The machine a checklist is about: this computer (by its host name), or the server a prepprobe
// snapshot describes, with the file and the time it was taken. Resuming reopens that snapshot; the
// wizard never checks another machine under the same checklist without asking.
struct SessionMachine
{
    QString hostName;          // empty: not recorded (a file of an older version)
    QString snapshotFile;      // absolute; empty: this computer
    QDateTime snapshotTakenAt; // only with a snapshot

    bool isSnapshot() const { return !snapshotFile.isEmpty(); }
    bool isEmpty() const { return hostName.isEmpty() && snapshotFile.isEmpty(); }
    QJsonObject toJson() const;
    // As toJson() writes it; anything else reads as not recorded.
    static SessionMachine fromJson(const QJsonValue &value);
    friend bool operator==(const SessionMachine &a, const SessionMachine &b)
    {
        return a.hostName == b.hostName && a.snapshotFile == b.snapshotFile && a.snapshotTakenAt == b.snapshotTakenAt;
    }
    friend bool operator!=(const SessionMachine &a, const SessionMachine &b) { return !(a == b); }
};

// Everything the operator has done so far: what the wizard saves on every change and offers to
// resume. Item states are kept for every task ever touched, so changing the path loses nothing.
struct Session
{
    static constexpr int schemaVersion = 1;

    QString pathId;
    QString language;     // "en", "es"
    QString operatorName;
    QString serverName;
    QDate plannedDate; // the day the upgrade is planned for; invalid: not given
    SessionMachine machine;
    // On a migration path, the Destination Server: always a snapshot (prepprobe run there);
    // empty: not opened yet. The checks it is for run on it; nothing else of the session changes.
    SessionMachine destination;
    QMap<QString, ItemState> items;   // by task id
    QMap<QString, QString> formValues; // "net.internet-info/isp" -> "Example ISP", ...
    // The service plans saved without a verified backup, oldest first (PlanWithoutBackup::maxKept).
    QList<PlanWithoutBackup> plansWithoutBackup;
    QDateTime savedAt;

    // The days a planned date may fall on; a date outside them (in a session file) is not one.
    static QDate earliestPlannedDate() { return QDate(2000, 1, 1); }
    static QDate latestPlannedDate() { return QDate(2099, 12, 31); }
    static bool isPlannedDate(const QDate &day)
    {
        return day.isValid() && day >= earliestPlannedDate() && day <= latestPlannedDate();
    }

    QJsonObject toJson() const;
    // Reads a session; returns false with a reason in words when the object is not one this
    // version can read (wrong or newer schema, wrong types).
    static bool fromJson(const QJsonObject &object, Session *session, QString *reason);
    friend bool operator==(const Session &a, const Session &b)
    {
        return a.pathId == b.pathId && a.language == b.language && a.operatorName == b.operatorName
            && a.serverName == b.serverName && a.plannedDate == b.plannedDate && a.machine == b.machine
            && a.destination == b.destination && a.items == b.items && a.formValues == b.formValues
            && a.plansWithoutBackup == b.plansWithoutBackup;
    }
};

} // namespace prep
