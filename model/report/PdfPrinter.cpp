// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfPrinter.h"

#include "HtmlReport.h"
#include "JsonReport.h"
#include "PdfMetadata.h"
#include "SafeText.h"
#include "ReportText.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFontMetricsF>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include <cmath>
#include <memory>
#include <vector>

namespace prep {

namespace {
// The report is laid out as a browser would: 96 layout units to the inch, so that the
// stylesheet's px lengths mean the same on paper as on screen. The painter scales the pages to
// the device, whatever its resolution.
constexpr int layoutDpi = 96;
// The header and footer lines.
constexpr qreal runningFontPoints = 8;
constexpr qreal ruleGap = 8; // layout units

QFont reportFont(qreal points)
{
    QFont font;
    font.setFamilies({QStringLiteral("Segoe UI"), QStringLiteral("DejaVu Sans"), QStringLiteral("Helvetica Neue"),
                      QStringLiteral("Arial")});
    font.setPointSizeF(points);
    return font;
}

// The same in layout units, for painting under the painter's scale.
QFont runningFont()
{
    QFont font = reportFont(runningFontPoints);
    font.setPixelSize(qRound(runningFontPoints * layoutDpi / 72));
    return font;
}
// The report's flow in order: its section titles and its tables.
struct FlowItem
{
    QTextBlock title;            // a section title (h2), or
    QTextTable *table = nullptr; // a table
};

// Page breaks chosen after layout: a section title never ends a page, and a table row never runs
// over a page end when it fits on one. Decided in the order the report reads, each change followed
// by a full layout, so that nothing after it is decided on a stale layout and nothing before it moves.
class PageBreaks
{
public:
    PageBreaks(QTextDocument &document, qreal pageHeight) : m_document(document), m_pageHeight(pageHeight) {}

    void apply()
    {
        for (const FlowItem &item : flow()) {
            if (item.table)
                keepRowsWhole(item.table);
            else
                keepWithSection(item.title);
        }
    }

private:
    QList<FlowItem> flow() const
    {
        QList<FlowItem> items;
        for (QTextFrame::iterator it = m_document.rootFrame()->begin(); !it.atEnd(); ++it) {
            if (auto *table = qobject_cast<QTextTable *>(it.currentFrame()))
                items.append(FlowItem{QTextBlock(), table});
            else if (it.currentBlock().blockFormat().headingLevel() == 2)
                items.append(FlowItem{it.currentBlock(), nullptr});
        }
        return items;
    }

    int pageOf(qreal y) const { return int(std::floor(y / m_pageHeight)); }
    qreal pageEnd(qreal y) const { return (pageOf(y) + 1) * m_pageHeight; }
    // Close enough to the top of its page that breaking before it would leave a page (nearly) blank.
    bool nearPageTop(qreal y) const { return y - pageOf(y) * m_pageHeight < m_pageHeight / 32; }
    // Too little of the page left under a title for its section to start there.
    bool tooLowForASection(const QRectF &title) const
    {
        return pageEnd(title.top()) - title.bottom() < m_pageHeight / 8;
    }

    void relayout() { m_document.setPageSize(m_document.pageSize()); }

    void breakBefore(const QTextBlock &title)
    {
        QTextBlockFormat format = title.blockFormat();
        if (format.pageBreakPolicy() != QTextFormat::PageBreak_Auto)
            return;
        if (nearPageTop(m_document.documentLayout()->blockBoundingRect(title).top()))
            return;
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(title).setBlockFormat(format);
        relayout();
    }

    void keepWithSection(const QTextBlock &title)
    {
        if (tooLowForASection(m_document.documentLayout()->blockBoundingRect(title)))
            breakBefore(title);
    }

    // The top and bottom of a table row's text, in document coordinates.
    QRectF rowBounds(const QTextTable *table, int row) const
    {
        QRectF bounds;
        for (int column = 0; column < table->columns(); ++column) {
            const QTextTableCell cell = table->cellAt(row, column);
            for (QTextBlock block = cell.firstCursorPosition().block(); block.isValid(); block = block.next()) {
                bounds |= m_document.documentLayout()->blockBoundingRect(block);
                if (block == cell.lastCursorPosition().block())
                    break;
            }
        }
        return bounds;
    }

    // The title of the section a table belongs to: the nearest before it.
    static QTextBlock titleBefore(const QTextTable *table)
    {
        for (QTextBlock block = table->firstCursorPosition().block().previous(); block.isValid();
             block = block.previous()) {
            if (block.blockFormat().headingLevel() == 2)
                return block;
        }
        return {};
    }

    // A row that runs over a page end and fits on one goes to the next page: the row above grows
    // down to the page end (blank space in its cells), and the table starts the row on the next
    // page under its repeated header. A section's first row takes the section over with it.
    void keepRowsWhole(QTextTable *table)
    {
        const int firstRow = table->format().headerRowCount();
        for (int row = firstRow; row < table->rows(); ++row) {
            const QRectF bounds = rowBounds(table, row);
            if (bounds.isEmpty() || bounds.height() >= m_pageHeight || pageOf(bounds.top()) == pageOf(bounds.bottom()))
                continue;
            if (row == firstRow) {
                if (const QTextBlock title = titleBefore(table); title.isValid())
                    breakBefore(title);
                continue;
            }
            const qreal gap = pageEnd(bounds.top()) - bounds.top();
            for (int column = 0; column < table->columns(); ++column) {
                QTextTableCell above = table->cellAt(row - 1, column);
                QTextTableCellFormat format = above.format().toTableCellFormat();
                format.setBottomPadding(format.bottomPadding() + gap);
                above.setFormat(format);
            }
            relayout();
        }
    }

    QTextDocument &m_document;
    qreal m_pageHeight;
};
} // namespace

QPageSize PdfPrinter::defaultPageSize()
{
    return QPageSize(QLocale::system().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter
                                                                                        : QPageSize::A4);
}

QMarginsF PdfPrinter::pageMargins()
{
    return {18, 15, 18, 15};
}

void PdfPrinter::print(const ReportData &data, QPagedPaintDevice *device)
{
    printHtml(HtmlReport::render(data), data.serverTitle(), data.generated,
              ReportText::fingerprintText(JsonReport::fingerprint(data)), device);
}

void PdfPrinter::printHtml(const QString &html, const QString &corner, const QDateTime &generated,
                           const QString &fingerprint, QPagedPaintDevice *device)
{
    printHtmlParts({html}, corner, generated, fingerprint, device);
}

QFont PdfPrinter::fingerprintFont()
{
    // A little smaller than the other running lines: its 64 digits fit the width of any page.
    QFont font = runningFont();
    font.setPixelSize(qRound(font.pixelSize() * 0.85));
    // Latin text unshaped: no ligature. With Wine's fonts, "ff" became one glyph, which pdftotext
    // and a copy from a PDF viewer read as U+FB00. (Letter spacing, which also stops ligatures,
    // makes pdftotext read a space between every letter.)
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

void PdfPrinter::printHtmlParts(const QStringList &parts, const QString &corner, const QDateTime &generated,
                                const QString &fingerprint, QPagedPaintDevice *device)
{
    QImage reference(1, 1, QImage::Format_ARGB32);
    reference.setDotsPerMeterX(qRound(layoutDpi / 0.0254));
    reference.setDotsPerMeterY(qRound(layoutDpi / 0.0254));
    const QRectF paper = device->pageLayout().paintRectPixels(layoutDpi);
    const qreal width = paper.width();

    const QFont running = runningFont();
    const QFontMetricsF metrics(running, &reference);
    const qreal headerHeight = metrics.height() + 2 * ruleGap;
    // Two lines: when it was made and the page; the fingerprint of the report's JSON form.
    const qreal footerHeight = 2 * metrics.height() + 2 * ruleGap;
    const qreal bodyHeight = paper.height() - headerHeight - footerHeight;

    // Each part laid out on its own, starting on a new page: the page breaks are chosen after a
    // full layout per change, which grows with the square of a document's length.
    std::vector<std::unique_ptr<QTextDocument>> documents;
    int pages = 0;
    for (const QString &html : parts) {
        auto document = std::make_unique<QTextDocument>();
        document->documentLayout()->setPaintDevice(&reference);
        document->setUseDesignMetrics(true);
        document->setDocumentMargin(0);
        document->setDefaultFont(reportFont(10));
        document->setHtml(html);
        document->setPageSize(QSizeF(width, bodyHeight));
        PageBreaks(*document, bodyHeight).apply();
        pages += document->pageCount();
        documents.push_back(std::move(document));
    }

    const QString title = ReportText::documentTitle();
    const QString server = SafeText::oneLine(corner, 80);
    const QString printed = ReportText::madeOn(generated);
    const QFont fingerprintLineFont = fingerprintFont();
    const QColor ink(0x33, 0x4e, 0x68);

    QPainter painter(device);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal scale = device->logicalDpiY() / qreal(layoutDpi);
    painter.scale(scale, scale);
    int pageNumber = 0;
    for (const auto &document : documents) {
        for (int page = 0; page < document->pageCount(); ++page, ++pageNumber) {
            if (pageNumber > 0)
                device->newPage();

            painter.setFont(running);
            painter.setPen(ink);
            const QRectF headerLine(0, 0, width, metrics.height());
            painter.drawText(headerLine, Qt::AlignLeft | Qt::AlignVCenter, title);
            painter.drawText(headerLine, Qt::AlignRight | Qt::AlignVCenter, server);
            painter.setPen(QPen(ink, 0.75));
            const qreal headerRule = metrics.height() + ruleGap / 2;
            painter.drawLine(QPointF(0, headerRule), QPointF(width, headerRule));

            const qreal footerRule = paper.height() - 2 * metrics.height() - ruleGap / 2;
            painter.drawLine(QPointF(0, footerRule), QPointF(width, footerRule));
            const QRectF footerLine(0, paper.height() - 2 * metrics.height(), width, metrics.height());
            painter.drawText(footerLine, Qt::AlignLeft | Qt::AlignVCenter, printed);
            painter.drawText(footerLine, Qt::AlignRight | Qt::AlignVCenter, ReportText::pageOf(pageNumber + 1, pages));
            const QRectF fingerprintLine(0, paper.height() - metrics.height(), width, metrics.height());
            painter.setFont(fingerprintLineFont);
            painter.drawText(fingerprintLine, Qt::AlignLeft | Qt::AlignVCenter, fingerprint);

            painter.save();
            const QRectF bodyOnPage(0, page * bodyHeight, width, bodyHeight);
            painter.translate(0, headerHeight - bodyOnPage.top());
            painter.setClipRect(bodyOnPage);
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = bodyOnPage;
            context.palette.setColor(QPalette::Text, QColor(0x1f, 0x29, 0x33));
            document->documentLayout()->draw(&painter, context);
            painter.restore();
        }
    }
}

PdfMetadata PdfPrinter::metadata(const ReportData &data)
{
    // One line each, of a length a reader's Properties dialog shows (the operator's texts are theirs).
    constexpr qsizetype shown = 300;
    const auto line = [](const QString &text) { return SafeText::oneLine(text, shown, SafeText::Newline::Space); };
    PdfMetadata info;
    info.title = line(
        ReportText::tr("%1 — %2", "document title — server").arg(ReportText::documentTitle(), data.serverTitle()));
    info.author = data.operatorName.isEmpty() ? QStringLiteral("Prep Wizard") : line(data.operatorName);
    info.subject = line(ReportText::pdfSubject(data));
    info.creator = QStringLiteral("Prep Wizard");
    return info;
}

void PdfPrinter::writePdf(const ReportData &data, QIODevice *out, const QPageSize &pageSize)
{
    const PdfMetadata info = metadata(data);
    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&pdf);
        writer.setResolution(1200);
        writer.setTitle(info.title);
        writer.setCreator(info.creator);
        writer.setPageLayout(QPageLayout(pageSize, QPageLayout::Portrait, pageMargins(), QPageLayout::Millimeter));
        print(data, &writer);
    } // the writer ends the file when it goes
    // Qt 6.4 writes no author or subject: they are added as an update after its bytes.
    out->write(info.appliedTo(pdf.data()));
}

void PdfPrinter::writeHtmlPdf(const QStringList &parts, const QString &title, const QString &corner, const QDateTime &generated,
                              const QString &fingerprint, QIODevice *out, const QPageSize &pageSize)
{
    QPdfWriter writer(out);
    writer.setResolution(1200);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Prep Wizard"));
    writer.setPageLayout(QPageLayout(pageSize, QPageLayout::Portrait, pageMargins(), QPageLayout::Millimeter));
    printHtmlParts(parts, corner, generated, fingerprint, &writer);
}

} // namespace prep
