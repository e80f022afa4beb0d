// SPDX-License-Identifier: GPL-3.0-or-later
#include "Session.h"

#include <QCoreApplication>

namespace prep {

namespace {
const QString schemaPrefix = QStringLiteral("prepwizard.session/");

QString schemaName(int version)
{
    return schemaPrefix + QString::number(version);
}
} // namespace

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
    return QJsonObject{
        {QStringLiteral("schema"), schemaName(schemaVersion)},
        {QStringLiteral("savedAt"), savedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("path"), pathId},
        {QStringLiteral("language"), language},
        {QStringLiteral("operator"), operatorName},
        {QStringLiteral("server"), serverName},
        {QStringLiteral("items"), itemObjects},
        {QStringLiteral("form"), form},
    };
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
    result.savedAt = QDateTime::fromString(object.value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs);
    const QJsonObject itemObjects = items.toObject();
    for (auto it = itemObjects.begin(); it != itemObjects.end(); ++it)
        result.items.insert(it.key(), ItemState::fromJson(it.value().toObject()));
    const QJsonObject formObject = form.toObject();
    for (auto it = formObject.begin(); it != formObject.end(); ++it)
        result.formValues.insert(it.key(), it.value().toString());
    *session = result;
    return true;
}

} // namespace prep
