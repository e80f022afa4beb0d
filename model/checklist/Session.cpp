// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklist/Session.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace prep {

namespace {
const QString schemaPrefix = QStringLiteral("prepwizard.session/");

QString schemaName(int version)
{
    return schemaPrefix + QString::number(version);
}
// "2026-12-12" and nothing else: a longer, shorter or impossible string, or a day outside the
// planned dates' years, reads as not given.
QDate plannedDateOf(const QJsonValue &value)
{
    const QString text = value.toString();
    if (text.size() != 10)
        return {};
    const QDate day = QDate::fromString(text, Qt::ISODate);
    return Session::isPlannedDate(day) ? day : QDate();
}
QString timeText(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODateWithMs) : QString();
}
} // namespace

QJsonObject SessionMachine::toJson() const
{
    QJsonObject object{{QStringLiteral("hostName"), hostName}};
    if (isSnapshot()) {
        object.insert(QStringLiteral("snapshot"), snapshotFile);
        if (snapshotTakenAt.isValid())
            object.insert(QStringLiteral("snapshotTakenAt"), timeText(snapshotTakenAt));
    }
    return object;
}

SessionMachine SessionMachine::fromJson(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    SessionMachine machine;
    machine.hostName = object.value(QStringLiteral("hostName")).toString();
    machine.snapshotFile = object.value(QStringLiteral("snapshot")).toString();
    if (machine.isSnapshot()) {
        machine.snapshotTakenAt =
            QDateTime::fromString(object.value(QStringLiteral("snapshotTakenAt")).toString(), Qt::ISODateWithMs);
        // A time that cannot be written back as it was read is not one.
        if (timeText(machine.snapshotTakenAt).isEmpty())
            machine.snapshotTakenAt = {};
    }
    return machine;
}

QJsonObject Session::toJson() const
{
    QJsonObject itemObjects;
    for (auto it = items.cbegin(); it != items.cend(); ++it) {
        if (!it.value().isEmpty())
            itemObjects.insert(it.key(), it.value().toJson());
    }
    QJsonObject form;
    for (auto it = formValues.cbegin(); it != formValues.cend(); ++it)
        form.insert(it.key(), it.value());
    QJsonObject object{
        {QStringLiteral("schema"), schemaName(schemaVersion)},
        {QStringLiteral("savedAt"), savedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("path"), pathId},
        {QStringLiteral("language"), language},
        {QStringLiteral("operator"), operatorName},
        {QStringLiteral("server"), serverName},
        {QStringLiteral("items"), itemObjects},
        {QStringLiteral("form"), form},
    };
    if (!machine.isEmpty())
        object.insert(QStringLiteral("machine"), machine.toJson());
    if (destination.isSnapshot())
        object.insert(QStringLiteral("destination"), destination.toJson());
    if (isPlannedDate(plannedDate))
        object.insert(QStringLiteral("plannedDate"), plannedDate.toString(Qt::ISODate));
    if (!plansWithoutBackup.isEmpty()) {
        QJsonArray plans;
        for (const PlanWithoutBackup &plan : plansWithoutBackup)
            plans.append(plan.toJson());
        object.insert(QStringLiteral("plansWithoutVerifiedBackup"), plans);
    }
    return object;
}

bool Session::fromJson(const QJsonObject &object, Session *session, QString *reason)
{
    const QString schema = object.value(QStringLiteral("schema")).toString();
    if (!schema.startsWith(schemaPrefix)) {
        *reason = QCoreApplication::translate("Session", "it is not a Prep Wizard session file");
        return false;
    }
    bool numeric = false;
    const int version = schema.mid(schemaPrefix.size()).toInt(&numeric);
    if (!numeric || version < 1) {
        *reason = QCoreApplication::translate("Session", "it is not a Prep Wizard session file");
        return false;
    }
    if (version > schemaVersion) {
        *reason = QCoreApplication::translate("Session",
                                              "it was saved by a newer version of Prep Wizard (format %1; "
                                              "this version reads format %2)")
                      .arg(version)
                      .arg(schemaVersion);
        return false;
    }
    const QJsonValue items = object.value(QStringLiteral("items"));
    const QJsonValue form = object.value(QStringLiteral("form"));
    if ((!items.isUndefined() && !items.isObject()) || (!form.isUndefined() && !form.isObject())) {
        *reason = QCoreApplication::translate("Session", "parts of it are damaged");
        return false;
    }
    Session result;
    result.pathId = object.value(QStringLiteral("path")).toString();
    result.language = object.value(QStringLiteral("language")).toString();
    result.operatorName = object.value(QStringLiteral("operator")).toString();
    result.serverName = object.value(QStringLiteral("server")).toString();
    result.plannedDate = plannedDateOf(object.value(QStringLiteral("plannedDate")));
    result.machine = SessionMachine::fromJson(object.value(QStringLiteral("machine")));
    // Written only as a snapshot: anything else reads as none.
    result.destination = SessionMachine::fromJson(object.value(QStringLiteral("destination")));
    if (!result.destination.isSnapshot())
        result.destination = {};
    result.savedAt = QDateTime::fromString(object.value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs);
    const QJsonObject itemObjects = items.toObject();
    for (auto it = itemObjects.begin(); it != itemObjects.end(); ++it)
        result.items.insert(it.key(), ItemState::fromJson(it.value().toObject()));
    const QJsonObject formObject = form.toObject();
    for (auto it = formObject.begin(); it != formObject.end(); ++it)
        result.formValues.insert(it.key(), it.value().toString());
    // Screened entry by entry: a damaged one is left out, nothing else of the session with it.
    result.plansWithoutBackup = PlanWithoutBackup::listFromJson(object.value(QStringLiteral("plansWithoutVerifiedBackup")));
    *session = result;
    return true;
}

} // namespace prep
