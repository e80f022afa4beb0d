// SPDX-License-Identifier: GPL-3.0-or-later
#include "Finding.h"

#include <QJsonArray>

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

ItemStatus ItemState::effectiveStatus() const
{
    if (!waiverReason.isEmpty())
        return ItemStatus::Waived;
    if (confirmedAt.isValid())
        return ItemStatus::Confirmed;
    return finding.status;
}

bool ItemState::isEmpty() const
{
    return finding.status == ItemStatus::Pending && finding.evidence.isEmpty() && !confirmedAt.isValid()
        && note.isEmpty() && waiverReason.isEmpty();
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
    if (!state.waiverReason.isEmpty())
        state.waivedAt = timeFromJson(object.value(QStringLiteral("waivedAt")));
    return state;
}

} // namespace prep
