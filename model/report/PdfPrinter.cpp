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
