// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/PdfMetadata.h"
#include "report/ReportData.h"

#include <QFont>
#include <QMarginsF>
#include <QPageSize>
#include <QStringList>

class QIODevice;
class QPagedPaintDevice;

namespace prep {

// Lays the HTML checklist out on pages, for a PDF file or a printer: the report's title and the
// server at the top of every page, "Page 1 of 3" at the bottom.
class PdfPrinter
{
public:
    // Letter where the system measures in US units, A4 everywhere else.
    static QPageSize defaultPageSize();
    // The margins the report is designed for, in millimetres.
    static QMarginsF pageMargins();

    // Paints every page on `device` (a QPdfWriter, or a QPrinter from the print dialog or preview).
    static void print(const ReportData &data, QPagedPaintDevice *device);
    // Title, author (the operator, else Prep Wizard), subject (server, path, verdict).
    static PdfMetadata metadata(const ReportData &data);
    // Writes the whole PDF to `out`, with its metadata.
    static void writePdf(const ReportData &data, QIODevice *out, const QPageSize &pageSize = defaultPageSize());
    // The footer's fingerprint line, in layout units: each letter a glyph of its own (no "ff"
    // ligature), so that what is read or copied off the page is the 64 digits --verify compares.
    static QFont fingerprintFont();

    // Any report as HTML (the report about several servers): `corner` at the top right of every
    // page, `fingerprint` (ReportText::fingerprintText) in every footer.
    static void printHtml(const QString &html, const QString &corner, const QDateTime &generated,
                          const QString &fingerprint, QPagedPaintDevice *device);
    // Several HTML documents, each from a new page, numbered as one ("Page 7 of 40").
    static void printHtmlParts(const QStringList &parts, const QString &corner, const QDateTime &generated,
                               const QString &fingerprint, QPagedPaintDevice *device);
    static void writeHtmlPdf(const QStringList &parts, const QString &title, const QString &corner, const QDateTime &generated,
                             const QString &fingerprint, QIODevice *out, const QPageSize &pageSize = defaultPageSize());
};

} // namespace prep
