// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfPrinter.h"

#include "HtmlReport.h"
#include "ReportText.h"

#include <QAbstractTextDocumentLayout>
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
// Moves a section title that would end a page, with too little of its section after it, to the
// next page. One title at a time, each after a full layout: the positions of the later ones
// depend on it.
void keepTitlesWithSections(QTextDocument &document, qreal pageHeight)
{
    const qreal sectionStart = pageHeight / 8;
    const auto pageEnd = [pageHeight](qreal y) { return (std::floor(y / pageHeight) + 1) * pageHeight; };
    QTextBlock block = document.begin();
    for (; block.isValid(); block = block.next()) {
        const QTextBlockFormat format = block.blockFormat();
        if (format.headingLevel() != 2 || format.pageBreakPolicy() != QTextFormat::PageBreak_Auto)
            continue;
        const QRectF bounds = document.documentLayout()->blockBoundingRect(block);
        if (pageEnd(bounds.top()) - bounds.bottom() >= sectionStart)
            continue;
        QTextBlockFormat moved = format;
        moved.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(block).setBlockFormat(moved);
        document.setPageSize(document.pageSize()); // lays the whole document out again
    }
}

// The top and bottom of a table row's text, in document coordinates.
QRectF rowBounds(const QTextTable *table, int row, QAbstractTextDocumentLayout *layout)
{
    QRectF bounds;
    for (int column = 0; column < table->columns(); ++column) {
        const QTextTableCell cell = table->cellAt(row, column);
        for (QTextBlock block = cell.firstCursorPosition().block(); block.isValid(); block = block.next()) {
            bounds |= layout->blockBoundingRect(block);
            if (block == cell.lastCursorPosition().block())
                break;
        }
    }
    return bounds;
}

// Starts a section (its title, then its table) on a new page.
void breakBeforeSection(const QTextTable *table)
{
    for (QTextBlock block = table->firstCursorPosition().block().previous(); block.isValid(); block = block.previous()) {
        if (block.blockFormat().headingLevel() == 2) {
            QTextBlockFormat format = block.blockFormat();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(block).setBlockFormat(format);
            return;
        }
    }
}

// Moves a table row that would run over a page end to the next page, when it fits on one: a
// task's title, note and status are read together. The row above grows down to the page end
// (blank space in its cells), so the table starts the row on the next page under its repeated
// header; a section's first row goes over with the section. One row at a time, each after a full
// layout: the rows below move with it.
void keepRowsWhole(QTextDocument &document, qreal pageHeight)
{
    const auto pageOf = [pageHeight](qreal y) { return int(std::floor(y / pageHeight)); };
    QList<QTextTable *> tables;
    for (QTextFrame *frame : document.rootFrame()->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(frame))
            tables.append(table);
    }
    for (QTextTable *table : std::as_const(tables)) {
        const int firstRow = table->format().headerRowCount();
        for (int row = firstRow; row < table->rows(); ++row) {
            const QRectF bounds = rowBounds(table, row, document.documentLayout());
            if (bounds.isEmpty() || bounds.height() >= pageHeight || pageOf(bounds.top()) == pageOf(bounds.bottom()))
                continue;
            if (row == firstRow) {
                breakBeforeSection(table);
            } else {
                const qreal pageEnd = (pageOf(bounds.top()) + 1) * pageHeight;
                for (int column = 0; column < table->columns(); ++column) {
                    QTextTableCell above = table->cellAt(row - 1, column);
                    QTextTableCellFormat format = above.format().toTableCellFormat();
                    format.setBottomPadding(format.bottomPadding() + pageEnd - bounds.top());
                    above.setFormat(format);
                }
            }
            document.setPageSize(document.pageSize()); // lays the whole document out again
        }
    }
}
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
    QImage reference(1, 1, QImage::Format_ARGB32);
    reference.setDotsPerMeterX(qRound(layoutDpi / 0.0254));
    reference.setDotsPerMeterY(qRound(layoutDpi / 0.0254));
    const QRectF paper = device->pageLayout().paintRectPixels(layoutDpi);
    const qreal width = paper.width();

    const QFont running = runningFont();
    const QFontMetricsF metrics(running, &reference);
    const qreal headerHeight = metrics.height() + 2 * ruleGap;
    const qreal footerHeight = headerHeight;
    const qreal bodyHeight = paper.height() - headerHeight - footerHeight;

    QTextDocument document;
    document.documentLayout()->setPaintDevice(&reference);
    document.setUseDesignMetrics(true);
    document.setDocumentMargin(0);
    document.setDefaultFont(reportFont(10));
    document.setHtml(HtmlReport::render(data));
    document.setPageSize(QSizeF(width, bodyHeight));
    keepTitlesWithSections(document, bodyHeight);
    keepRowsWhole(document, bodyHeight);
    const int pages = document.pageCount();

    const QString title = ReportText::documentTitle();
    const QString server = data.serverTitle();
    const QString printed = ReportText::printedOn(data.generated);
    const QColor ink(0x33, 0x4e, 0x68);

    QPainter painter(device);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal scale = device->logicalDpiY() / qreal(layoutDpi);
    painter.scale(scale, scale);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device->newPage();

        painter.setFont(running);
        painter.setPen(ink);
        const QRectF headerLine(0, 0, width, metrics.height());
        painter.drawText(headerLine, Qt::AlignLeft | Qt::AlignVCenter, title);
        painter.drawText(headerLine, Qt::AlignRight | Qt::AlignVCenter, server);
        painter.setPen(QPen(ink, 0.75));
        const qreal headerRule = metrics.height() + ruleGap / 2;
        painter.drawLine(QPointF(0, headerRule), QPointF(width, headerRule));

        const qreal footerRule = paper.height() - metrics.height() - ruleGap / 2;
        painter.drawLine(QPointF(0, footerRule), QPointF(width, footerRule));
        const QRectF footerLine(0, paper.height() - metrics.height(), width, metrics.height());
        painter.drawText(footerLine, Qt::AlignLeft | Qt::AlignVCenter, printed);
        painter.drawText(footerLine, Qt::AlignRight | Qt::AlignVCenter, ReportText::pageOf(page + 1, pages));

        painter.save();
        const QRectF bodyOnPage(0, page * bodyHeight, width, bodyHeight);
        painter.translate(0, headerHeight - bodyOnPage.top());
        painter.setClipRect(bodyOnPage);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = bodyOnPage;
        context.palette.setColor(QPalette::Text, QColor(0x1f, 0x29, 0x33));
        document.documentLayout()->draw(&painter, context);
        painter.restore();
    }
}

void PdfPrinter::writePdf(const ReportData &data, QIODevice *out, const QPageSize &pageSize)
{
    QPdfWriter writer(out);
    writer.setResolution(1200);
    writer.setTitle(
        ReportText::tr("%1 — %2", "document title — server").arg(ReportText::documentTitle(), data.serverTitle()));
    writer.setCreator(QStringLiteral("Prep Wizard"));
    writer.setPageLayout(QPageLayout(pageSize, QPageLayout::Portrait, pageMargins(), QPageLayout::Millimeter));
    print(data, &writer);
}

} // namespace prep
