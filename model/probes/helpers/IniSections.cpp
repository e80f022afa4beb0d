// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/helpers/IniSections.h"

namespace prep {

IniSections::IniSections(const QString &text)
{
    QString section;
    for (QString line : text.split(QLatin1Char('\n'))) {
        const qsizetype comment = line.indexOf(QLatin1Char(';'));
        if (comment >= 0)
            line.truncate(comment);
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        if (line.startsWith(QLatin1Char('[')) && line.endsWith(QLatin1Char(']'))) {
            section = line.mid(1, line.size() - 2).trimmed().toLower();
            m_lines[section];
            continue;
        }
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (equals < 0)
            m_lines[section].append(line);
        else
            m_values[section][line.left(equals).trimmed().toLower()] = line.mid(equals + 1).trimmed();
    }
}

bool IniSections::hasSection(const QString &section) const
{
    return m_lines.contains(section.toLower());
}

bool IniSections::hasKey(const QString &section, const QString &key) const
{
    return m_values.value(section.toLower()).contains(key.toLower());
}

QString IniSections::value(const QString &section, const QString &key) const
{
    return m_values.value(section.toLower()).value(key.toLower());
}

QStringList IniSections::lines(const QString &section) const
{
    return m_lines.value(section.toLower());
}

} // namespace prep
