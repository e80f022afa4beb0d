// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Facts.h"
#include "checklist/LocalizedText.h"

#include <QMap>
#include <QString>

#include <optional>

namespace prep {

// The start types of the services the operator is asked to stop (os.stop-localsystem-services),
// kept in the session's form values as "os.stop-localsystem-services/<service>" = "automatic", so
// that post.restore-services can compare them after the upgrade and the printout lists them.
class RecordedStartTypes
{
public:
    static QString key(const std::string &service);
    // The snapshot's words: "automatic", "automatic-delayed", "manual", "disabled", …, "unknown".
    static QString id(facts::StartType type);
    static std::optional<facts::StartType> fromId(const QString &id);
    // Service name → recorded start type, from the session's form values.
    static QMap<QString, facts::StartType> read(const QMap<QString, QString> &formValues);

    // "Automatic", in the current language.
    static QString typeText(facts::StartType type);
    // "cron.service (Regular background program processing daemon): start type automatic"
    static LocalizedText serviceLine(const QString &service, facts::StartType type);
};

} // namespace prep
