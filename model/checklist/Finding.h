// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ItemStatus.h"
#include "LocalizedText.h"

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

// The operator's side of one task, plus the latest finding. Saved in the session.
struct ItemState
{
    Finding finding;
    QDateTime confirmedAt; // valid when the operator marked the task done
    QString note;
    QString waiverReason;  // non-empty when the operator accepted the risk
    QDateTime waivedAt;

    // What the operator sees: a waiver or confirmation outranks the finding.
    ItemStatus effectiveStatus() const;
    bool isEmpty() const;
    QJsonObject toJson() const;
    static ItemState fromJson(const QJsonObject &object);
    friend bool operator==(const ItemState &a, const ItemState &b)
    {
        return a.finding == b.finding && a.confirmedAt == b.confirmedAt && a.note == b.note
            && a.waiverReason == b.waiverReason && a.waivedAt == b.waivedAt;
    }
};

} // namespace prep
