// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace prep {

// The document information a PDF reader shows (File ▸ Properties) and pdfinfo prints. Qt 6.4's
// QPdfWriter sets only the title and the creator; the author and the subject are added here as
// a PDF incremental update (ISO 32000-1, 7.5.6): a new information dictionary and a cross-
// reference section for it appended after the file, the bytes Qt wrote left as they are.
struct PdfMetadata
{
    QString title;
    QString author;
    QString subject;
    QString creator;

    // `pdf` with the update appended; `pdf` unchanged when it is not a PDF as Qt writes it (a
    // classic cross-reference table and a trailer).
    QByteArray appliedTo(const QByteArray &pdf) const;
    // A PDF text string: UTF-16BE with its byte order mark, written in hex, so any text is safe.
    static QByteArray textString(const QString &text);
};

} // namespace prep
