// SPDX-License-Identifier: GPL-3.0-or-later
#include "HtmlReport.h"

#include "ReportText.h"
#include "SafeText.h"

#include <QFile>

namespace prep {

namespace {
QString escaped(const QString &text)
{
    return SafeText::oneLine(text, SafeText::maxShownLength, SafeText::Newline::Space).toHtmlEscaped();
}

// Several lines of one text block, each escaped.
QString lines(const QStringList &texts)
{
    QStringList escapedLines;
    for (const QString &text : texts)
        escapedLines.append(escaped(text));
    return escapedLines.join(QStringLiteral("<br/>"));
}

QString list(const char *tag, const QStringList &items)
{
    if (items.isEmpty())
        return {};
    QString html = QStringLiteral("<%1>").arg(QLatin1String(tag));
    for (const QString &item : items)
        html += QStringLiteral("<li>%1</li>").arg(escaped(item));
    return html + QStringLiteral("</%1>").arg(QLatin1String(tag));
}

// `labelWidth` in percent of the page: short labels for the header, long ones for the form.
QString factRow(const QString &label, const QString &valueHtml, int labelWidth = 28)
{
    return QStringLiteral("<tr><th width=\"%1%\">%2</th><td>%3</td></tr>")
        .arg(QString::number(labelWidth), escaped(label), valueHtml);
}

QString header(const ReportData &data)
{
    QString html = QStringLiteral("<h1>%1</h1>").arg(escaped(ReportText::documentTitle()));
    html += QStringLiteral("<table class=\"facts\" cellspacing=\"0\">");
    html += factRow(ReportText::server(), escaped(data.serverTitle()));
    html += factRow(ReportText::computer(), escaped(ReportText::machineText(data.machine)));
    if (!data.operatorName.isEmpty())
        html += factRow(ReportText::operatorName(), escaped(data.operatorName));
    QString path = escaped(ReportText::pathText(data));
    if (!data.verdictTitle.isEmpty())
        path +=
            QStringLiteral("<br/><span class=\"muted\">%1</span>")
                .arg(escaped(
                    ReportText::tr("%1: %2", "verdict: explanation").arg(data.verdictTitle, data.verdictExplanation)));
    html += factRow(ReportText::upgradePath(), path);
    html += factRow(ReportText::dateAndTime(), escaped(ReportText::dateTimeText(data.generated)));
    html += factRow(ReportText::language(), escaped(ReportText::languageName(data.language)));
    return html + QStringLiteral("</table>");
}

QString verdict(const ReportData &data)
{
    const ItemStatus look = readinessLook(data.readiness);
    return QStringLiteral("<table class=\"verdict verdict-%1\" width=\"100%\" cellspacing=\"0\"><tr><td>"
                          "<p class=\"verdict-title s-%2\">%3&nbsp;&nbsp;%4</p><p>%5</p><p class=\"muted\">%6</p>"
                          "</td></tr></table>")
        .arg(readinessId(data.readiness), statusId(look), escaped(statusGlyph(look)),
             escaped(ReportText::tr("%1: %2", "verdict: readiness")
                         .arg(ReportText::verdict(), readinessTitle(data.readiness))),
             escaped(readinessAdvice(data.readiness, data.counts)), lines(ReportText::summaryLines(data)))
        + (data.sessionNotes.isEmpty() ? QString()
                                       : QStringLiteral("<h2>%1</h2>").arg(escaped(ReportText::sessionNotesTitle()))
                 + list("ul", data.sessionNotes));
}

QString pathDetails(const ReportData &data)
{
    QString html;
    if (!data.pathSteps.isEmpty())
        html += QStringLiteral("<h2>%1</h2>").arg(escaped(ReportText::pathSteps())) + list("ol", data.pathSteps);
    if (!data.pathNotes.isEmpty())
        html += QStringLiteral("<h2>%1</h2>").arg(escaped(ReportText::pathNotes())) + list("ul", data.pathNotes);
    return html;
}

QString itemCell(const ReportItem &item)
{
    QString html = QStringLiteral("<p class=\"title\">%1</p>").arg(escaped(item.title));
    if (!item.evidence.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(lines(item.evidence));
    html += list("ul", item.details);
    if (const QString measured = ReportText::measuredText(item); !measured.isEmpty())
        html += QStringLiteral("<p class=\"muted\">%1</p>").arg(escaped(measured));
    if (!item.resultLines.isEmpty())
        html += QStringLiteral("<p class=\"muted\">%1</p>").arg(lines(item.resultLines));
    if (!item.note.isEmpty())
        html += QStringLiteral("<p class=\"note\">%1</p>").arg(escaped(ReportText::noteText(item.note)));
    if (!item.markLines.isEmpty())
        html += QStringLiteral("<p class=\"mark s-%1\">%2</p>").arg(statusId(item.status), lines(item.markLines));
    return html;
}

QString section(const ReportSection &section)
{
    QString html = QStringLiteral("<h2>%1</h2><p class=\"progress\">%2</p>")
                       .arg(escaped(section.title), escaped(section.progress));
    html += QStringLiteral("<table class=\"tasks\" width=\"100%\" cellspacing=\"0\">"
                           "<thead><tr><th width=\"6%\"></th><th>%1</th><th width=\"17%\">%2</th></tr></thead>")
                .arg(escaped(ReportText::task()), escaped(ReportText::status()));
    for (const ReportItem &item : section.items) {
        const QString status = statusId(item.status);
        html += QStringLiteral("<tr><td class=\"glyph s-%1\">%2</td><td>%3</td><td class=\"status s-%1\">%4</td></tr>")
                    .arg(status, escaped(statusGlyph(item.status)), itemCell(item), escaped(item.statusTitle));
    }
    return html + QStringLiteral("</table>");
}

QString internetInfo(const ReportData &data)
{
    if (data.internetInfo.isEmpty())
        return {};
    QString html = QStringLiteral("<h2>%1</h2><table class=\"fields\" cellspacing=\"0\">")
                       .arg(escaped(ReportText::internetInfo()));
    for (const ReportField &field : data.internetInfo)
        html += factRow(field.label, lines(field.value.split(u'\n')), 45);
    return html + QStringLiteral("</table><p class=\"muted\">%1</p>").arg(escaped(data.internetInfoNote));
}

QString cautions(const ReportData &data)
{
    if (data.cautions.isEmpty())
        return {};
    QString html = QStringLiteral("<h2>%1</h2><table class=\"cautions\" width=\"100%\" cellspacing=\"0\">")
                       .arg(escaped(ReportText::cautions()));
    for (const ReportCaution &caution : data.cautions)
        html += QStringLiteral("<tr><td><b>%1</b> %2 <span class=\"muted\">%3</span></td></tr>")
                    .arg(escaped(caution.label), escaped(caution.text),
                         escaped(ReportText::cautionTaskText(caution.taskTitle)));
    return html + QStringLiteral("</table>");
}

QString signOff()
{
    return QStringLiteral("<h2>%1</h2><p>%2</p>"
                          "<table class=\"signoff\" width=\"100%\" cellspacing=\"0\">"
                          "<tr><td class=\"line\" width=\"36%\">&nbsp;</td><td width=\"4%\"></td>"
                          "<td class=\"line\" width=\"36%\">&nbsp;</td><td width=\"4%\"></td>"
                          "<td class=\"line\" width=\"20%\">&nbsp;</td></tr>"
                          "<tr><td class=\"label\">%3</td><td></td><td class=\"label\">%4</td><td></td>"
                          "<td class=\"label\">%5</td></tr></table>")
        .arg(escaped(ReportText::signOff()), escaped(ReportText::signOffStatement()), escaped(ReportText::signedName()),
             escaped(ReportText::signature()), escaped(ReportText::signedDate()));
}
} // namespace

QString HtmlReport::styleSheet()
{
    QFile file(QStringLiteral(":/report/report.css"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString HtmlReport::body(const ReportData &data)
{
    QString body = header(data) + verdict(data) + pathDetails(data);
    for (const ReportSection &entry : data.sections)
        body += section(entry);
    return body + internetInfo(data) + cautions(data) + signOff();
}

QString HtmlReport::document(const QString &language, const QString &title, const QString &body)
{
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\"/>"
                          "<title>%2</title>\n<style>\n%3</style></head>\n<body>\n%4\n</body></html>\n")
        .arg(escaped(language), escaped(title), styleSheet(), body);
}

QString HtmlReport::render(const ReportData &data)
{
    const QString title =
        ReportText::tr("%1 — %2", "document title — server").arg(ReportText::documentTitle(), data.serverTitle());
    return document(data.language, title, body(data));
}

} // namespace prep
