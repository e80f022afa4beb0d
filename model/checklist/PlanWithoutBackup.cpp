// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklist/PlanWithoutBackup.h"

#include <QJsonArray>

#include <algorithm>

namespace prep {

namespace {
QString timeText(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODateWithMs) : QString();
}
} // namespace

QString PlanWithoutBackup::fileNameOf(const QString &path)
{
    const qsizetype slash = std::max(path.lastIndexOf(u'/'), path.lastIndexOf(u'\\'));
    return path.mid(slash + 1).trimmed().left(maxNameLength);
}

bool PlanWithoutBackup::isValid() const
{
    return !planFile.trimmed().isEmpty() && !reason.trimmed().isEmpty() && savedAt.isValid()
        && planFile.size() <= maxNameLength && reason.size() <= maxReasonLength && savedBy.size() <= maxNameLength;
}

QJsonObject PlanWithoutBackup::toJson() const
{
    QJsonObject object{{QStringLiteral("planFile"), planFile},
                       {QStringLiteral("reason"), reason},
                       {QStringLiteral("savedAt"), timeText(savedAt)}};
    if (!savedBy.isEmpty())
        object.insert(QStringLiteral("savedBy"), savedBy);
    return object;
}

bool PlanWithoutBackup::fromJson(const QJsonValue &value, PlanWithoutBackup *record)
{
    const QJsonObject object = value.toObject();
    PlanWithoutBackup result;
    result.planFile = fileNameOf(object.value(QStringLiteral("planFile")).toString());
    result.reason = object.value(QStringLiteral("reason")).toString().trimmed().left(maxReasonLength);
    result.savedBy = object.value(QStringLiteral("savedBy")).toString().trimmed().left(maxNameLength);
    result.savedAt = QDateTime::fromString(object.value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs);
    // A time that cannot be written back as it was read is not one.
    if (timeText(result.savedAt).isEmpty())
        result.savedAt = {};
    if (!result.isValid())
        return false;
    *record = result;
    return true;
}

QList<PlanWithoutBackup> PlanWithoutBackup::listFromJson(const QJsonValue &value)
{
    QList<PlanWithoutBackup> records;
    const QJsonArray entries = value.toArray();
    for (const QJsonValue &entry : entries) {
        PlanWithoutBackup record;
        if (fromJson(entry, &record))
            records.append(record);
    }
    if (records.size() > maxKept)
        records.erase(records.begin(), records.end() - maxKept);
    return records;
}

} // namespace prep
