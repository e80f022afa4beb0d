// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Facts.h"
#include "checklist/Finding.h"

#include <QMap>
#include <QString>

namespace prep {

// post.restore-services: each service stopped before the upgrade has its recorded start type
// again (RecordedStartTypes, kept when os.stop-localsystem-services listed it).
class RestoreServicesRule
{
public:
    static Finding evaluate(const facts::Facts &facts, const QMap<QString, facts::StartType> &recorded);
};

} // namespace prep
