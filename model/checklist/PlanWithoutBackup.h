// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace prep {

// A service plan for `prepprobe prepare` that the operator saved while the backup had not been
// verified, with the reason they gave for accepting that risk: kept in the session for the
// record. It is the operator's record of an accepted risk; it never changes a task's status.
struct PlanWithoutBackup
{
    static constexpr int maxKept = 20;                // the latest ones, in the wizard and when a file is read
    static constexpr qsizetype maxReasonLength = 1000; // as much as a report shows of a text
    static constexpr qsizetype maxNameLength = 160;   // the operator's name, the plan file's name

    QString planFile; // the file's name, without its folder
    QString reason;
    QString savedBy;  // the operator named on the Welcome page when it was saved; may be empty
    QDateTime savedAt;

    // The file's name without its folder (either separator), capped.
    static QString fileNameOf(const QString &path);
    // A record to keep: a file, a reason and a time, each within its limit.
    bool isValid() const;

    QJsonObject toJson() const;
    // As toJson() writes it. False for an entry without a file, a reason or a time it can read (a
    // damaged or forged one); a name that is not text reads as not given; over-long texts are cut.
    static bool fromJson(const QJsonValue &value, PlanWithoutBackup *record);
    // The entries of a session file's list that are records, the latest maxKept; anything that is
    // not a list reads as none.
    static QList<PlanWithoutBackup> listFromJson(const QJsonValue &value);

    friend bool operator==(const PlanWithoutBackup &a, const PlanWithoutBackup &b)
    {
        return a.planFile == b.planFile && a.reason == b.reason && a.savedBy == b.savedBy && a.savedAt == b.savedAt;
    }
};

} // namespace prep
