// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklist/Logging.h"

namespace prep {

// Info and debug messages off by default; warnings stay on, as Qt's own categories.
Q_LOGGING_CATEGORY(lcProbes, "prep.probes", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSession, "prep.session", QtWarningMsg)
Q_LOGGING_CATEGORY(lcFiles, "prep.files", QtWarningMsg)

void enableVerboseLogging()
{
    QLoggingCategory::setFilterRules(QStringLiteral("prep.*=true"));
}

} // namespace prep
