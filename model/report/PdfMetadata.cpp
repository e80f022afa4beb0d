// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/PdfMetadata.h"

#include <QRegularExpression>

#include <algorithm>

namespace prep {

namespace {
// The last trailer's numbers: /Size, /Root and /Info references, and where the last cross-
// reference section starts. Read from the end of the file, as a PDF reader does.
struct Trailer
{
    qint64 size = -1;
    QByteArray root; // "1 0 R"
    QByteArray info; // "2 0 R", or empty
    qint64 startXref = -1;
};

bool readTrailer(const QByteArray &pdf, Trailer *trailer)
{
    // The tail holds "trailer << … >> startxref N %%EOF": a bounded look at the last 4 KiB.
    const QByteArray tail = pdf.right(4096);
    const qsizetype at = tail.lastIndexOf("trailer");
    const qsizetype start = tail.lastIndexOf("startxref");
    if (at < 0 || start < at)
        return false;
    const QString dictionary = QString::fromLatin1(tail.mid(at, start - at));
    static const QRegularExpression size(QStringLiteral("/Size\\s+(\\d+)"));
    static const QRegularExpression root(QStringLiteral("/Root\\s+(\\d+\\s+\\d+\\s+R)"));
    static const QRegularExpression info(QStringLiteral("/Info\\s+(\\d+\\s+\\d+\\s+R)"));
    static const QRegularExpression number(QStringLiteral("startxref\\s+(\\d+)"));
    const QRegularExpressionMatch sizeMatch = size.match(dictionary);
    const QRegularExpressionMatch rootMatch = root.match(dictionary);
    const QRegularExpressionMatch startMatch = number.match(QString::fromLatin1(tail.mid(start)));
    if (!sizeMatch.hasMatch() || !rootMatch.hasMatch() || !startMatch.hasMatch())
        return false;
    trailer->size = sizeMatch.captured(1).toLongLong();
    trailer->root = rootMatch.captured(1).toLatin1();
    trailer->info = info.match(dictionary).captured(1).toLatin1();
    trailer->startXref = startMatch.captured(1).toLongLong();
    return trailer->size > 0 && trailer->startXref > 0 && trailer->startXref < pdf.size();
}

// The creation date Qt wrote in the information dictionary, kept in the new one.
QByteArray creationDate(const QByteArray &pdf, const QByteArray &infoReference)
{
    if (infoReference.isEmpty())
        return {};
    const QByteArray header = infoReference.left(infoReference.size() - 1).trimmed() + " obj";
    const qsizetype at = pdf.lastIndexOf(header);
    if (at < 0)
        return {};
    const qsizetype end = pdf.indexOf("endobj", at);
    const QByteArray object = pdf.mid(at, end < 0 ? 1024 : std::min<qsizetype>(end - at, 4096));
    static const QRegularExpression date(QStringLiteral("/CreationDate\\s*(\\([^)]*\\))"));
    return date.match(QString::fromLatin1(object)).captured(1).toLatin1();
}
} // namespace

QByteArray PdfMetadata::textString(const QString &text)
{
    QByteArray hex("<FEFF");
    for (const QChar c : text)
        hex += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return hex + '>';
}

QByteArray PdfMetadata::appliedTo(const QByteArray &pdf) const
{
    Trailer trailer;
    if (!pdf.startsWith("%PDF-") || !readTrailer(pdf, &trailer))
        return pdf;
    QByteArray out = pdf;
    if (!out.endsWith('\n'))
        out += '\n';
    const qint64 object = trailer.size; // a new object number, after every one in the file
    const qint64 objectAt = out.size();
    out += QByteArray::number(object) + " 0 obj\n<<\n";
    const auto entry = [&out](const char *key, const QString &value) {
        if (!value.isEmpty())
            out += QByteArray("/") + key + ' ' + textString(value) + '\n';
    };
    entry("Title", title);
    entry("Author", author);
    entry("Subject", subject);
    entry("Creator", creator);
    if (const QByteArray date = creationDate(pdf, trailer.info); !date.isEmpty())
        out += "/CreationDate " + date + '\n';
    out += ">>\nendobj\n";
    const qint64 xrefAt = out.size();
    out += "xref\n" + QByteArray::number(object) + " 1\n"
        + QByteArray::number(objectAt).rightJustified(10, '0') + " 00000 n\r\n";
    out += "trailer\n<<\n/Size " + QByteArray::number(object + 1) + "\n/Root " + trailer.root + "\n/Info "
        + QByteArray::number(object) + " 0 R\n/Prev " + QByteArray::number(trailer.startXref) + "\n>>\n";
    out += "startxref\n" + QByteArray::number(xrefAt) + "\n%%EOF\n";
    return out;
}

} // namespace prep
