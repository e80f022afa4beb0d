// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/ItemStatus.h"
#include "checklist/LocalizedText.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace prep {

// What a probe found about one task: the status and the evidence in words.
struct Finding
{
    ItemStatus status = ItemStatus::Pending;
    QList<LocalizedText> evidence; // sentences, with the measured value and the threshold
    QList<LocalizedText> details;  // one line per thing found (service, process, user, ...)
    LocalizedText measured;        // short form of the value: "12.4 GB"
    LocalizedText threshold;       // short form of the limit: "at least 2.0 GB"
    QDateTime checkedAt;

    QJsonObject toJson() const;
    static Finding fromJson(const QJsonObject &object);
    friend bool operator==(const Finding &a, const Finding &b)
    {
        return a.status == b.status && a.evidence == b.evidence && a.details == b.details
            && a.measured == b.measured && a.threshold == b.threshold && a.checkedAt == b.checkedAt;
    }
};

// The operator's answer to a task. A task carries at most one: the wizard offers each only
// where TaskActions (the model's rules) allow it.
enum class Mark {
    None,
    Done,          // the operator did it (or checked by hand what the wizard could not check)
    RiskAccepted,  // the operator goes ahead despite a finding, with a reason
    NotApplicable, // the task's condition does not hold on this server, with a reason
};

// One earlier result of a task's check, kept in the session to say what changed since.
struct CheckRecord
{
    QDateTime checkedAt;
    ItemStatus status = ItemStatus::Pending;
    LocalizedText measured;

    QJsonObject toJson() const;
    // False for an entry that is not a check's result with its time (a forged or damaged one).
    static bool fromJson(const QJsonObject &object, CheckRecord *record);
    friend bool operator==(const CheckRecord &a, const CheckRecord &b)
    {
        return a.checkedAt == b.checkedAt && a.status == b.status && a.measured == b.measured;
    }
};

// The operator's side of one task, plus the latest finding. Saved in the session.
struct ItemState
{
    // Results kept per task: the oldest go first, in the wizard and when a file is read.
    static constexpr int maxHistory = 50;

    Finding finding;
    QDateTime confirmedAt; // valid when the operator marked the task done
    QString note;
    QString waiverReason;  // non-empty when the operator accepted the risk
    QDateTime waivedAt;
    QDate waivedUntil;     // optional: the last day the acceptance holds
    QString notApplicableReason; // non-empty when the operator said the task does not apply
    QDateTime notApplicableAt;
    // The finding the mark answered, as it was when the mark was made: a later check that
    // finds something else flags the mark for review instead of hiding the new finding.
    ItemStatus markedOn = ItemStatus::Pending;
    QList<LocalizedText> markedEvidence;
    QString markedBy; // who made the mark (the operator's name at the time)
    // The results of the checks, oldest first, the latest one included (at most maxHistory).
    QList<CheckRecord> history;

    Mark mark() const;
    QDateTime markedAt() const;
    // True when a check after the mark found a problem the mark did not answer.
    bool needsReview() const;
    // An accepted risk whose last day has passed: the task counts as its finding again.
    bool acceptanceExpired(const QDate &today = QDate::currentDate()) const;
    // Adds the finding's result to the history (a check's result with its time only).
    void recordFinding();
    // The latest result before the current finding's, or null when there is none.
    const CheckRecord *previousCheck() const;
    // What the operator sees. A mark outranks the finding it answered, never a newer problem.
    ItemStatus effectiveStatus() const;
    // What the verdict counts: a problem under a mark to review still counts as that problem.
    ItemStatus verdictStatus() const;
    void clearMark();
    bool isEmpty() const;
    QJsonObject toJson() const;
    static ItemState fromJson(const QJsonObject &object);
    friend bool operator==(const ItemState &a, const ItemState &b)
    {
        return a.finding == b.finding && a.confirmedAt == b.confirmedAt && a.note == b.note
            && a.waiverReason == b.waiverReason && a.waivedAt == b.waivedAt && a.waivedUntil == b.waivedUntil
            && a.notApplicableReason == b.notApplicableReason && a.notApplicableAt == b.notApplicableAt
            && a.markedOn == b.markedOn && a.markedEvidence == b.markedEvidence && a.markedBy == b.markedBy
            && a.history == b.history;
    }
};

} // namespace prep
