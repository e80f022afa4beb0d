// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/PdfPrinter.h"

#include "report/HtmlReport.h"
#include "report/JsonReport.h"
#include "report/PdfMetadata.h"
#include "report/ReportText.h"
#include "report/SafeText.h"

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

#include <algorithm>
#include <cmath>
#include <limits>
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
    // Latin text unshaped, so without ligatures: with them, pdftotext, a search or a copy from a PDF
    // viewer reads "Office" as "O\uFB03ce", and a fingerprint's "ff" as U+FB00 (Wine's fonts and
    // DejaVu both have them). Letter spacing, which also stops ligatures, makes pdftotext read a
    // space between every letter.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

// The same in layout units, for painting under the painter's scale.
QFont runningFont()
{
    QFont font = reportFont(runningFontPoints);
    font.setPixelSize(qRound(runningFontPoints * layoutDpi / 72));
    return font;
}
// A stretch of a document, top to bottom, in document coordinates.
struct Span
{
    qreal top = 0;
    qreal bottom = 0;
};

// What one page shows of a document laid out as one long page: [top, bottom), under `header` (the
// header rows of the table the page goes on with) when `repeatsHeader`.
struct PageSlice
{
    qreal top = 0;
    qreal bottom = 0;
    bool repeatsHeader = false;
    Span header;
};

// Page ends chosen from one layout of the document, unpaginated: a text line is never cut, a
// section title never ends a page (the eighth of a page under it, and with its table's header and
// first row), and a table row never runs over a page end when it fits on one; the page after a
// break inside a table starts with that table's header rows again. Everything is measured once,
// so the document is laid out once, however many rows move (Qt's own pagination would need a
// full layout after each moved row to measure the next one).
class Pagination
{
public:
    Pagination(QTextDocument &document, qreal pageHeight) : m_document(document), m_pageHeight(pageHeight)
    {
        m_layout = document.documentLayout();
        static_cast<void>(m_layout->documentSize()); // lays the whole document out now
        QTextBlock title;
        for (QTextFrame::iterator it = document.rootFrame()->begin(); !it.atEnd(); ++it) {
            if (QTextFrame *frame = it.currentFrame()) {
                if (frame->frameFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                    m_forced.push_back(m_layout->frameBoundingRect(frame).top());
                if (auto *table = qobject_cast<QTextTable *>(frame))
                    addTable(table, title);
                else
                    addBlocks(frame->firstPosition(), frame->lastPosition());
                title = QTextBlock();
                continue;
            }
            const QTextBlock block = it.currentBlock();
            if (block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                m_forced.push_back(m_layout->blockBoundingRect(block).top());
            const Span text = addBlock(block);
            if (block.blockFormat().headingLevel() == 2 && text.bottom > text.top) {
                title = block;
                // Room under a title for its section to start there.
                m_groups.push_back({text.top, std::min(text.bottom + pageHeight / 8, text.top + pageHeight)});
            }
        }
        std::sort(m_forced.begin(), m_forced.end());
    }

    std::vector<PageSlice> pages() const
    {
        const std::vector<Span> wholeGroups = merged({&m_lines, &m_rows, &m_groups});
        const std::vector<Span> wholeRows = merged({&m_lines, &m_rows});
        const std::vector<Span> lines = merged({&m_lines});
        std::vector<PageSlice> pages;
        PageSlice page;
        while (page.top < m_end - 0.5) {
            const qreal room = m_pageHeight - (page.repeatsHeader ? page.header.bottom - page.header.top : 0);
            const qreal limit = page.top + room;
            qreal end = m_end;
            if (const auto forced = std::upper_bound(m_forced.begin(), m_forced.end(), page.top + 0.5);
                forced != m_forced.end() && *forced <= std::min(limit, m_end))
                end = *forced;
            else if (limit < m_end) {
                end = breakBefore(wholeGroups, page.top, limit);
                if (end <= page.top + 0.5)
                    end = breakBefore(wholeRows, page.top, limit);
                if (end <= page.top + 0.5)
                    end = breakBefore(lines, page.top, limit);
                if (end <= page.top + 0.5)
                    end = limit; // a line taller than a page
            }
            page.bottom = end;
            pages.push_back(page);
            PageSlice next;
            next.top = end;
            for (const Table &table : m_tables) {
                if (table.header.bottom > table.header.top && end >= table.header.bottom - 0.5 && end < table.textBottom) {
                    next.repeatsHeader = true;
                    next.header = table.header;
                }
            }
            page = next;
        }
        if (pages.empty())
            pages.push_back(PageSlice{});
        return pages;
    }

private:
    struct Table
    {
        Span header;            // its header rows
        qreal textBottom = 0;   // the bottom of its last line
    };

    // The lines of one block, and their extent.
    Span addBlock(const QTextBlock &block)
    {
        const QTextLayout *layout = block.layout();
        if (!block.isVisible() || !layout || layout->lineCount() == 0)
            return {};
        const qreal top = m_layout->blockBoundingRect(block).top();
        Span extent{top + layout->lineAt(0).y(), top};
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            const Span span{top + line.y(), top + line.y() + line.height()};
            if (span.bottom <= span.top)
                continue;
            m_lines.push_back(span);
            extent.bottom = std::max(extent.bottom, span.bottom);
            m_end = std::max(m_end, span.bottom);
        }
        return extent;
    }

    Span addBlocks(int from, int to)
    {
        Span extent{std::numeric_limits<qreal>::max(), std::numeric_limits<qreal>::lowest()};
        for (QTextBlock block = m_document.findBlock(from); block.isValid() && block.position() <= to;
             block = block.next()) {
            const Span span = addBlock(block);
            if (span.bottom > span.top) {
                extent.top = std::min(extent.top, span.top);
                extent.bottom = std::max(extent.bottom, span.bottom);
            }
        }
        return extent;
    }

    // Each row whole when it fits on a page under the header; the header with the first row; the
    // section's title with both.
    void addTable(QTextTable *table, const QTextBlock &title)
    {
        const int rows = table->rows();
        const QRectF frame = m_layout->frameBoundingRect(table);
        std::vector<Span> text(rows, Span{std::numeric_limits<qreal>::max(), std::numeric_limits<qreal>::lowest()});
        std::vector<qreal> cellTop(rows, std::numeric_limits<qreal>::max());
        Table entry;
        entry.textBottom = frame.top();
        for (int row = 0; row < rows; ++row) {
            for (int column = 0; column < table->columns(); ++column) {
                const QTextTableCell cell = table->cellAt(row, column);
                if (cell.row() != row || cell.column() != column)
                    continue;
                const Span span = addBlocks(cell.firstPosition(), cell.lastPosition());
                if (span.bottom <= span.top)
                    continue;
                const QTextTableCellFormat format = cell.format().toTableCellFormat();
                text[row].top = std::min(text[row].top, span.top);
                text[row].bottom = std::max(text[row].bottom, span.bottom);
                cellTop[row] = std::min(cellTop[row], span.top - format.topPadding() - format.topBorder());
                entry.textBottom = std::max(entry.textBottom, span.bottom);
            }
        }
        // Where each row starts: its cells' top edge, between the row above's text and its own.
        std::vector<qreal> edge(rows + 1, frame.top());
        qreal above = frame.top();
        for (int row = 0; row < rows; ++row) {
            if (text[row].bottom < text[row].top) { // an empty row
                edge[row] = above;
                continue;
            }
            edge[row] = std::clamp(cellTop[row], std::min(above, text[row].top), text[row].top);
            above = text[row].bottom;
        }
        edge[rows] = std::max(above, frame.bottom());
        const int headerRows = std::min(table->format().headerRowCount(), rows - 1);
        const qreal headerHeight = headerRows > 0 ? edge[headerRows] - edge[0] : 0;
        if (headerRows > 0)
            entry.header = {edge[0], edge[headerRows]};
        const int firstRow = std::max(headerRows, 0);
        for (int row = firstRow; row < rows; ++row) {
            const Span span{row == firstRow ? edge[0] : edge[row], edge[row + 1]};
            if (span.bottom - span.top <= m_pageHeight - (row == firstRow ? 0 : headerHeight))
                m_rows.push_back(span);
        }
        if (title.isValid() && rows > firstRow) {
            const Span group{m_layout->blockBoundingRect(title).top(), edge[firstRow + 1]};
            if (group.bottom - group.top <= m_pageHeight)
                m_groups.push_back(group);
        }
        m_tables.push_back(entry);
    }

    // The stretches no page end may cut, overlapping ones joined; sorted.
    static std::vector<Span> merged(std::initializer_list<const std::vector<Span> *> lists)
    {
        std::vector<Span> all;
        for (const std::vector<Span> *list : lists)
            all.insert(all.end(), list->begin(), list->end());
        std::sort(all.begin(), all.end(), [](const Span &a, const Span &b) { return a.top < b.top; });
        std::vector<Span> joined;
        for (const Span &span : all) {
            if (!joined.empty() && span.top < joined.back().bottom - 0.01)
                joined.back().bottom = std::max(joined.back().bottom, span.bottom);
            else
                joined.push_back(span);
        }
        return joined;
    }

    // The lowest page end at or above `limit` that cuts none of `spans`.
    static qreal breakBefore(const std::vector<Span> &spans, qreal top, qreal limit)
    {
        auto it = std::upper_bound(spans.begin(), spans.end(), limit,
                                   [](qreal y, const Span &span) { return y < span.top; });
        if (it == spans.begin())
            return limit;
        --it; // the last stretch that starts at or above the limit
        if (it->bottom <= limit)
            return limit;
        return it->top > top ? it->top : top;
    }

    QTextDocument &m_document;
    QAbstractTextDocumentLayout *m_layout = nullptr;
    qreal m_pageHeight;
    std::vector<Span> m_lines;  // every line of text
    std::vector<Span> m_rows;   // table rows that fit on a page
    std::vector<Span> m_groups; // titles with what must follow them
    std::vector<qreal> m_forced; // page breaks the document asks for
    std::vector<Table> m_tables;
    qreal m_end = 0; // the bottom of the last line
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

    // Each part laid out on its own, once, starting on a new page.
    std::vector<std::unique_ptr<QTextDocument>> documents;
    std::vector<std::vector<PageSlice>> slices;
    int pages = 0;
    for (const QString &html : parts) {
        auto document = std::make_unique<QTextDocument>();
        document->documentLayout()->setPaintDevice(&reference);
        document->setUseDesignMetrics(true);
        document->setDocumentMargin(0);
        document->setDefaultFont(reportFont(10));
        // One long page, the pages cut from it; its width set first, so that the text is laid out
        // once, at that width (setHtml lays out whatever width the document has).
        document->setTextWidth(width);
        document->setHtml(html);
        slices.push_back(Pagination(*document, bodyHeight).pages());
        pages += int(slices.back().size());
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
    for (std::size_t part = 0; part < documents.size(); ++part) {
        QTextDocument *document = documents[part].get();
        for (std::size_t page = 0; page < slices[part].size(); ++page, ++pageNumber) {
            const PageSlice &slice = slices[part][page];
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
            painter.translate(0, headerHeight);
            const auto drawPart = [&](const Span &area) {
                painter.save();
                painter.translate(0, -area.top);
                painter.setClipRect(QRectF(0, area.top, width, area.bottom - area.top));
                QAbstractTextDocumentLayout::PaintContext context;
                // Lines that only touch the page's top or bottom edge belong to the page beside it.
                context.clip = QRectF(0, area.top + 0.5, width, std::max<qreal>(0, area.bottom - area.top - 1));
                context.palette.setColor(QPalette::Text, QColor(0x1f, 0x29, 0x33));
                document->documentLayout()->draw(&painter, context);
                painter.restore();
            };
            if (slice.repeatsHeader) {
                drawPart(slice.header);
                painter.translate(0, slice.header.bottom - slice.header.top);
            }
            drawPart({slice.top, slice.bottom});
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
