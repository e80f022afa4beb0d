// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace prep {

// The catalog as scripts and technicians read it: --list-paths and --list-tasks, in plain text or
// JSON, in the current language. Ids and verdict words are the same in every language.
class CatalogListing
{
    Q_DECLARE_TR_FUNCTIONS(CatalogListing)

public:
    static QByteArray paths(const QString &format);
    static QByteArray tasks(const QString &pathId, const QString &format);
};

} // namespace prep
