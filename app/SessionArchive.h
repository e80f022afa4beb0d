// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace prep {

// Keeps a checklist the operator is about to replace: a copy of the session file beside it, named
// by the time it was put away ("session-2026-12-02-1610.json"), never over an older copy.
class SessionArchive
{
public:
    // The copy's name, or empty with *error in words when the copy could not be made.
    static QString archive(const QString &sessionFile, const QDateTime &when, QString *error);
};

} // namespace prep
