// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace prep {

// The sections of an INI or INF file, as Windows reads them: section and key names without regard
// to case, ";" starting a comment. Keys keep the last value; lines without "=" are kept as lines
// (URLScan lists extensions that way).
class IniSections
{
public:
    explicit IniSections(const QString &text);

    bool hasSection(const QString &section) const;
    bool hasKey(const QString &section, const QString &key) const;
    QString value(const QString &section, const QString &key) const;
    QStringList lines(const QString &section) const;

private:
    QMap<QString, QMap<QString, QString>> m_values; // lower-case names
    QMap<QString, QStringList> m_lines;
};

} // namespace prep
