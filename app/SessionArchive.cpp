// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionArchive.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace prep {

QString SessionArchive::archive(const QString &sessionFile, const QDateTime &when, QString *error)
{
    const QFileInfo session(sessionFile);
    const QString stem =
        QStringLiteral("%1-%2").arg(session.completeBaseName(), when.toString(QStringLiteral("yyyy-MM-dd-HHmm")));
    const QString suffix = session.suffix().isEmpty() ? QString() : QLatin1Char('.') + session.suffix();
    constexpr int attempts = 100; // one a minute is plenty; a hundred in a minute is something wrong
    for (int n = 1; n <= attempts; ++n) {
        const QString name = n == 1 ? stem + suffix : QStringLiteral("%1-%2%3").arg(stem).arg(n).arg(suffix);
        const QString target = session.dir().filePath(name);
        if (QFileInfo::exists(target))
            continue;
        QFile source(sessionFile);
        if (source.copy(target))
            return target;
        if (error)
            *error = QCoreApplication::translate("SessionArchive", "The checklist could not be copied to %1: %2")
                         .arg(QDir::toNativeSeparators(target), source.errorString());
        return {};
    }
    if (error)
        *error = QCoreApplication::translate("SessionArchive",
                                             "Too many copies of the checklist were made this minute in %1.")
                     .arg(QDir::toNativeSeparators(session.absolutePath()));
    return {};
}

} // namespace prep
