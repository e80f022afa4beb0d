// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Facts.h"
#include "checklist/Finding.h"

#include <QMap>
#include <QString>

#include <vector>

namespace prep {

// os.stop-localsystem-services: third-party services that run as LocalSystem (root on Linux),
// each with the start type the operator writes down before disabling it.
class LocalSystemServicesRule
{
public:
    // The running third-party services that run as the system account. When the collector could
    // not tell which services run, those that start automatically.
    static std::vector<facts::ServiceFacts> servicesToStop(const facts::Facts &facts);
    static Finding evaluate(const facts::Facts &facts);
    // Their start types, to keep in the session (RecordedStartTypes).
    static QMap<QString, QString> startTypesToRecord(const facts::Facts &facts);
};

} // namespace prep
