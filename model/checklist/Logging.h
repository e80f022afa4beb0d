// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// Diagnostics for a technician: which check ran, how long it took and how it ended; which files
// were read and written. Off unless asked for: QT_LOGGING_RULES="prep.*=true", or --verbose.
// Messages are in English (they are for whoever reads the log, not the shop owner) and carry only
// the program's own ids, figures and file names made safe for one line.
#pragma once

#include <QLoggingCategory>

namespace prep {

Q_DECLARE_LOGGING_CATEGORY(lcProbes)  // prep.probes: each check started, finished, timed out, cancelled
Q_DECLARE_LOGGING_CATEGORY(lcSession) // prep.session: the session file read or refused
Q_DECLARE_LOGGING_CATEGORY(lcFiles)   // prep.files: every file written whole (session, reports), or why not

// --verbose: every prep.* category on, as QT_LOGGING_RULES="prep.*=true" would.
void enableVerboseLogging();

} // namespace prep
