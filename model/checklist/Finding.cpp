// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklist/Finding.h"

#include <QJsonArray>

#include <algorithm>

namespace prep {

namespace {
QJsonArray textsToJson(const QList<LocalizedText> &texts)
{
    QJsonArray array;
    for (const LocalizedText &text : texts)
        array.append(text.toJson());
    return array;
}

QList<LocalizedText> textsFromJson(const QJsonValue &value)
{
    QList<LocalizedText> texts;
    for (const QJsonValue &entry : value.toArray()) {
        LocalizedText text;
        if (LocalizedText::fromJson(entry.toObject(), &text))
            texts.append(text);
    }
    return texts;
}

LocalizedText textFromJson(const QJsonValue &value)
{
    LocalizedText text;
    LocalizedText::fromJson(value.toObject(), &text);
    return text;
}

QString timeToJson(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeFromJson(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}
} // namespace

QJsonObject CheckRecord::toJson() const
{
    QJsonObject object{{QStringLiteral("checkedAt"), timeToJson(checkedAt)},
                       {QStringLiteral("status"), statusId(status)}};
    if (!measured.isEmpty())
        object.insert(QStringLiteral("measured"), measured.toJson());
    return object;
}

bool CheckRecord::fromJson(const QJsonObject &object, CheckRecord *record)
{
    CheckRecord result;
    result.checkedAt = timeFromJson(object.value(QStringLiteral("checkedAt")));
    if (!statusFromId(object.value(QStringLiteral("status")).toString(), &result.status)
        || !isCheckResult(result.status) || !result.checkedAt.isValid())
        return false;
    result.measured = textFromJson(object.value(QStringLiteral("measured")));
    *record = result;
    return true;
}

QJsonObject Finding::toJson() const
{
    QJsonObject object{{QStringLiteral("status"), statusId(status)}};
    if (!evidence.isEmpty())
        object.insert(QStringLiteral("evidence"), textsToJson(evidence));
    if (!details.isEmpty())
        object.insert(QStringLiteral("details"), textsToJson(details));
    if (!measured.isEmpty())
        object.insert(QStringLiteral("measured"), measured.toJson());
    if (!threshold.isEmpty())
        object.insert(QStringLiteral("threshold"), threshold.toJson());
    if (checkedAt.isValid())
        object.insert(QStringLiteral("checkedAt"), timeToJson(checkedAt));
    return object;
}

Finding Finding::fromJson(const QJsonObject &object)
{
    Finding finding;
    if (!statusFromId(object.value(QStringLiteral("status")).toString(), &finding.status)
        || finding.status == ItemStatus::Running) // a check cut short by a quit is not done
        finding.status = ItemStatus::Pending;
    finding.evidence = textsFromJson(object.value(QStringLiteral("evidence")));
    finding.details = textsFromJson(object.value(QStringLiteral("details")));
    finding.measured = textFromJson(object.value(QStringLiteral("measured")));
    finding.threshold = textFromJson(object.value(QStringLiteral("threshold")));
    finding.checkedAt = timeFromJson(object.value(QStringLiteral("checkedAt")));
    return finding;
}

Mark ItemState::mark() const
{
    if (!notApplicableReason.isEmpty())
        return Mark::NotApplicable;
    if (!waiverReason.isEmpty())
        return Mark::RiskAccepted;
    if (confirmedAt.isValid())
        return Mark::Done;
    return Mark::None;
}

QDateTime ItemState::markedAt() const
{
    switch (mark()) {
    case Mark::Done:
        return confirmedAt;
    case Mark::RiskAccepted:
        return waivedAt;
    case Mark::NotApplicable:
        return notApplicableAt;
    case Mark::None:
        break;
    }
    return {};
}

bool ItemState::acceptanceExpired(const QDate &today) const
{
    return mark() == Mark::RiskAccepted && waivedUntil.isValid() && today > waivedUntil;
}

void ItemState::recordFinding()
{
    if (!isCheckResult(finding.status) || !finding.checkedAt.isValid())
        return;
    history.append({finding.checkedAt, finding.status, finding.measured});
    if (history.size() > maxHistory)
        history.erase(history.begin(), history.end() - maxHistory);
}

const CheckRecord *ItemState::previousCheck() const
{
    if (!isCheckResult(finding.status))
        return nullptr;
    // Entries are oldest first; a file may hold them in any order, so the latest earlier one wins.
    const CheckRecord *previous = nullptr;
    for (const CheckRecord &record : history) {
        const bool earlier = !finding.checkedAt.isValid() || record.checkedAt < finding.checkedAt;
        if (earlier && (!previous || record.checkedAt > previous->checkedAt))
            previous = &record;
    }
    return previous;
}

bool ItemState::needsReview() const
{
    return mark() != Mark::None && isAdverse(finding.status) && finding.status != markedOn;
}

ItemStatus ItemState::effectiveStatus() const
{
    if (acceptanceExpired())
        return finding.status; // the acceptance no longer answers the finding
    if (needsReview())
        return ItemStatus::NeedsReview;
    switch (mark()) {
    case Mark::None:
        return finding.status;
    case Mark::Done:
        return ItemStatus::Confirmed;
    case Mark::RiskAccepted:
        // A new check that passes has answered the risk by itself.
        return finding.status == ItemStatus::Passed ? ItemStatus::Passed : ItemStatus::Waived;
    case Mark::NotApplicable:
        return ItemStatus::NotApplicable;
    }
    return finding.status;
}

ItemStatus ItemState::verdictStatus() const
{
    const ItemStatus shown = effectiveStatus();
    return shown == ItemStatus::NeedsReview && finding.status == ItemStatus::Blocker ? ItemStatus::Blocker : shown;
}

void ItemState::clearMark()
{
    confirmedAt = {};
    waiverReason.clear();
    waivedAt = {};
    waivedUntil = {};
    notApplicableReason.clear();
    notApplicableAt = {};
    markedOn = ItemStatus::Pending;
    markedEvidence.clear();
    markedBy.clear();
}

bool ItemState::isEmpty() const
{
    return finding.status == ItemStatus::Pending && finding.evidence.isEmpty() && mark() == Mark::None
        && note.isEmpty();
}

QJsonObject ItemState::toJson() const
{
    QJsonObject object{{QStringLiteral("finding"), finding.toJson()}};
    if (confirmedAt.isValid())
        object.insert(QStringLiteral("confirmedAt"), timeToJson(confirmedAt));
    if (!note.isEmpty())
        object.insert(QStringLiteral("note"), note);
    if (!waiverReason.isEmpty()) {
        object.insert(QStringLiteral("waiverReason"), waiverReason);
        object.insert(QStringLiteral("waivedAt"), timeToJson(waivedAt));
        if (waivedUntil.isValid())
            object.insert(QStringLiteral("waivedUntil"), waivedUntil.toString(Qt::ISODate));
    }
    if (!notApplicableReason.isEmpty()) {
        object.insert(QStringLiteral("notApplicableReason"), notApplicableReason);
        object.insert(QStringLiteral("notApplicableAt"), timeToJson(notApplicableAt));
    }
    if (mark() != Mark::None) {
        object.insert(QStringLiteral("markedOn"), statusId(markedOn));
        if (!markedEvidence.isEmpty())
            object.insert(QStringLiteral("markedEvidence"), textsToJson(markedEvidence));
        if (!markedBy.isEmpty())
            object.insert(QStringLiteral("markedBy"), markedBy);
    }
    if (!history.isEmpty()) {
        QJsonArray records;
        for (const CheckRecord &record : history)
            records.append(record.toJson());
        object.insert(QStringLiteral("history"), records);
    }
    return object;
}

ItemState ItemState::fromJson(const QJsonObject &object)
{
    ItemState state;
    state.finding = Finding::fromJson(object.value(QStringLiteral("finding")).toObject());
    state.confirmedAt = timeFromJson(object.value(QStringLiteral("confirmedAt")));
    state.note = object.value(QStringLiteral("note")).toString();
    state.waiverReason = object.value(QStringLiteral("waiverReason")).toString();
    // As toJson() writes it: a time only with the reason.
    if (!state.waiverReason.isEmpty()) {
        state.waivedAt = timeFromJson(object.value(QStringLiteral("waivedAt")));
        state.waivedUntil = QDate::fromString(object.value(QStringLiteral("waivedUntil")).toString(), Qt::ISODate);
    }
    state.notApplicableReason = object.value(QStringLiteral("notApplicableReason")).toString();
    if (!state.notApplicableReason.isEmpty())
        state.notApplicableAt = timeFromJson(object.value(QStringLiteral("notApplicableAt")));
    // What a mark answered and who made it, only with a mark, as toJson() writes them. A mark
    // without the finding it answered (a file of an older version, or a forged one) is taken as
    // made on nothing checked: the model's rules then decide whether it may stand.
    if (state.mark() != Mark::None) {
        if (!statusFromId(object.value(QStringLiteral("markedOn")).toString(), &state.markedOn)
            || state.markedOn == ItemStatus::Running)
            state.markedOn = ItemStatus::Pending;
        state.markedEvidence = textsFromJson(object.value(QStringLiteral("markedEvidence")));
        state.markedBy = object.value(QStringLiteral("markedBy")).toString();
    }
    // Bounded as the wizard keeps it: the latest maxHistory results, whatever the file holds.
    const QJsonArray records = object.value(QStringLiteral("history")).toArray();
    for (qsizetype i = std::max<qsizetype>(0, records.size() - maxHistory); i < records.size(); ++i) {
        CheckRecord record;
        if (CheckRecord::fromJson(records.at(i).toObject(), &record))
            state.history.append(record);
    }
    return state;
}

} // namespace prep
