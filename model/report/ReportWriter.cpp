// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportWriter.h"

#include "report/HtmlReport.h"
#include "report/JsonReport.h"
#include "report/MarkdownReport.h"
#include "report/PdfPrinter.h"
#include "report/TextReport.h"
#include "report/WholeFile.h"

#include <QBuffer>

#include <array>

namespace prep {

namespace {
struct FormatName
{
    ReportFormat format;
    const char *id;
    const char *suffix;
};

constexpr std::array<FormatName, 5> formatNames = {{
    {ReportFormat::Text, "text", "txt"},
    {ReportFormat::Json, "json", "json"},
    {ReportFormat::Markdown, "markdown", "md"},
    {ReportFormat::Html, "html", "html"},
    {ReportFormat::Pdf, "pdf", "pdf"},
}};

const FormatName &nameOf(ReportFormat format)
{
    return formatNames[size_t(format)];
}
} // namespace

QStringList ReportWriter::formatIds()
{
    QStringList ids;
    for (const FormatName &name : formatNames)
        ids.append(QLatin1String(name.id));
    return ids;
}

QString ReportWriter::formatId(ReportFormat format)
{
    return QLatin1String(nameOf(format).id);
}

bool ReportWriter::formatFromId(const QString &id, ReportFormat *format)
{
    for (const FormatName &name : formatNames) {
        if (id == QLatin1String(name.id)) {
            *format = name.format;
            return true;
        }
    }
    return false;
}

QString ReportWriter::fileSuffix(ReportFormat format)
{
    return QLatin1String(nameOf(format).suffix);
}

ReportWriter::ReportWriter(ReportFormat format, QPageSize pageSize)
    : m_format(format), m_pageSize(pageSize.isValid() ? pageSize : PdfPrinter::defaultPageSize())
{
}

void ReportWriter::write(const ReportData &data, QIODevice *out) const
{
    switch (m_format) {
    case ReportFormat::Text:
        out->write(TextReport::render(data).toUtf8());
        break;
    case ReportFormat::Json:
        out->write(JsonReport::render(data));
        break;
    case ReportFormat::Markdown:
        out->write(MarkdownReport::render(data).toUtf8());
        break;
    case ReportFormat::Html:
        out->write(HtmlReport::render(data).toUtf8());
        break;
    case ReportFormat::Pdf:
        PdfPrinter::writePdf(data, out, m_pageSize);
        break;
    }
}

QByteArray ReportWriter::render(const ReportData &data) const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    write(data, &buffer);
    return buffer.data();
}

bool ReportWriter::save(const ReportData &data, const QString &filePath, QString *error) const
{
    return WholeFile::write(filePath, render(data), error);
}

} // namespace prep
