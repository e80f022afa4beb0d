// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/ReportData.h"

#include <QPageSize>
#include <QString>
#include <QStringList>

class QIODevice;

namespace prep {

enum class ReportFormat { Text, Json, Markdown, Html, Pdf };

// Writes the report in any of its formats, to an open device or atomically to a file.
class ReportWriter
{
public:
    static QStringList formatIds(); // "text", "json", "markdown", "html", "pdf"
    static QString formatId(ReportFormat format);
    static bool formatFromId(const QString &id, ReportFormat *format);
    static QString fileSuffix(ReportFormat format); // "txt", "json", "md", "html", "pdf"

    explicit ReportWriter(ReportFormat format, QPageSize pageSize = {});

    void write(const ReportData &data, QIODevice *out) const;
    QByteArray render(const ReportData &data) const;
    // Writes through WholeFile: the file is the complete report or untouched (a device or a named
    // pipe is written through, a symbolic link refused). On failure *error says why in words
    // ("No space left on device").
    bool save(const ReportData &data, const QString &filePath, QString *error) const;

private:
    ReportFormat m_format;
    QPageSize m_pageSize;
};

} // namespace prep
