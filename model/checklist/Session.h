// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Finding.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace prep {

// Everything the operator has done so far: what the wizard saves on every change and offers to
// resume. Item states are kept for every task ever touched, so changing the path loses nothing.
struct Session
{
    static constexpr int schemaVersion = 1;

    QString pathId;
    QString language;     // "en", "es"
    QString operatorName;
    QString serverName;
    QMap<QString, ItemState> items;   // by task id
    QMap<QString, QString> formValues; // "net.internet-info/isp" -> "Example ISP", ...
    QDateTime savedAt;

    QJsonObject toJson() const;
    // Reads a session; returns false with a reason in words when the object is not one this
    // version can read (wrong or newer schema, wrong types).
    static bool fromJson(const QJsonObject &object, Session *session, QString *reason);
    friend bool operator==(const Session &a, const Session &b)
    {
        return a.pathId == b.pathId && a.language == b.language && a.operatorName == b.operatorName
            && a.serverName == b.serverName && a.items == b.items && a.formValues == b.formValues;
    }
};

} // namespace prep
