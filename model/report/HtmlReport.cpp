// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/HtmlReport.h"

#include "report/JsonReport.h"
#include "report/ReportText.h"
#include "report/SafeText.h"

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
    if (data.isMigration())
        html += factRow(ReportText::destination(), escaped(ReportText::destinationText(data)));
    if (!data.operatorName.isEmpty())
        html += factRow(ReportText::operatorName(), escaped(data.operatorName));
    QString path = escaped(ReportText::pathText(data));
    if (!data.verdictTitle.isEmpty())
        path +=
            QStringLiteral("<br/><span class=\"muted\">%1</span>")
                .arg(escaped(
                    ReportText::tr("%1: %2", "verdict: explanation").arg(data.verdictTitle, data.verdictExplanation)));
    html += factRow(ReportText::upgradePath(), path);
    if (data.plannedDate.isValid())
        html += factRow(ReportText::plannedDate(data.isMigration()), escaped(ReportText::dateText(data.plannedDate)));
    html += factRow(ReportText::dateAndTime(), escaped(ReportText::dateTimeText(data.generated)));
    html += factRow(ReportText::language(), escaped(ReportText::languageName(data.language)));
    return html + QStringLiteral("</table>");
}

QString verdict(const ReportData &data)
{
    const ItemStatus look = readinessLook(data.readiness);
    QString html =
        QStringLiteral("<table class=\"verdict verdict-%1\" width=\"100%\" cellspacing=\"0\"><tr><td>"
                       "<p class=\"verdict-title s-%2\">%3&nbsp;&nbsp;%4</p><p>%5</p><p class=\"muted\">%6</p>"
                       "</td></tr></table>")
            .arg(readinessId(data.readiness), statusId(look), escaped(statusGlyph(look)),
                 escaped(ReportText::tr("%1: %2", "verdict: readiness")
                             .arg(ReportText::verdict(), readinessTitle(data.readiness))),
                 escaped(readinessAdvice(data.readiness, data.counts)), lines(ReportText::summaryLines(data)));
    // What is left, by name: the first page says it all to whoever receives the record.
    const QList<ReportItem> open = data.openTasks();
    if (!open.isEmpty()) {
        html += QStringLiteral("<p class=\"open-title\">%1</p><table class=\"open\" cellspacing=\"0\">")
                    .arg(escaped(ReportText::openTasksTitle(int(open.size()))));
        for (const ReportItem &item : open)
            html += QStringLiteral("<tr><td class=\"s-%1\">%2</td><td>%3</td><td class=\"s-%1\">%4</td></tr>")
                        .arg(statusId(item.status), escaped(statusGlyph(item.status)), escaped(item.title),
                             escaped(item.statusTitle));
        html += QStringLiteral("</table>");
    }
    QStringList legend;
    for (const QString &line : ReportText::statusLegend())
        legend.append(escaped(line));
    html += QStringLiteral("<p class=\"legend\"><b>%1:</b> %2</p>")
                .arg(escaped(ReportText::statusLegendTitle()), legend.join(QStringLiteral(" &middot; ")));
    if (!data.sessionNotes.isEmpty())
        html += QStringLiteral("<h2>%1</h2>").arg(escaped(ReportText::sessionNotesTitle())) + list("ul", data.sessionNotes);
    return html;
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

// The documents' order of the tasks: each step names its task and where the checklist has it.
QString order(const ReportData &data)
{
    if (data.order.isEmpty())
        return {};
    QString html = QStringLiteral("<h2 class=\"order\">%1</h2><p>%2</p><table class=\"order\" cellspacing=\"0\">")
                       .arg(escaped(data.order.title), escaped(data.order.intro));
    for (int i = 0; i < data.order.steps.size(); ++i) {
        const ReportOrderStep &step = data.order.steps.at(i);
        if (step.taskId.isEmpty())
            html += QStringLiteral("<tr><td></td><td><b>%1</b></td><td></td></tr>")
                        .arg(escaped(ReportText::orderStepText(i + 1, step)));
        else
            html += QStringLiteral("<tr><td class=\"s-%1\">%2</td><td><a href=\"#task-%3\">%4</a></td><td class=\"s-%1\">%5</td></tr>")
                        .arg(statusId(step.status), escaped(statusGlyph(step.status)), escaped(step.taskId),
                             escaped(ReportText::orderStepText(i + 1, step)), escaped(step.statusTitle));
    }
    return html + QStringLiteral("</table><p class=\"muted\">%1</p>").arg(escaped(ReportText::orderSourceText(data.order.reference)));
}

QString itemCell(const ReportItem &item)
{
    QString html = QStringLiteral("<p class=\"title\"><a name=\"task-%1\"></a>%2").arg(escaped(item.id), escaped(item.title));
    if (item.source > 0)
        html += QStringLiteral(" <span class=\"source\">%1</span>").arg(escaped(ReportText::sourceMark(item.source)));
    html += QStringLiteral("</p>");
    const QString found = ReportText::foundText(item);
    if (!found.isEmpty() || !item.evidence.isEmpty()) {
        html += QStringLiteral("<p>");
        if (!found.isEmpty())
            html += QStringLiteral("<b>%1</b> ").arg(escaped(found));
        html += lines(item.evidence) + QStringLiteral("</p>");
    }
    html += list("ul", item.details);
    if (const QString measured = ReportText::measuredText(item); !measured.isEmpty())
        html += QStringLiteral("<p class=\"muted\">%1</p>").arg(escaped(measured));
    if (!item.resultLines.isEmpty())
        html += QStringLiteral("<p class=\"muted\">%1</p>").arg(lines(item.resultLines));
    if (!item.figureLines.isEmpty())
        html += QStringLiteral("<p class=\"figure\">%1</p>").arg(lines(item.figureLines));
    if (!item.note.isEmpty())
        html += QStringLiteral("<p class=\"note\">%1</p>").arg(escaped(ReportText::noteText(item.note)));
    if (!item.markLines.isEmpty())
        html += QStringLiteral("<p class=\"mark s-%1\">%2</p>").arg(statusId(item.status), lines(item.markLines));
    if (!item.riskLines.isEmpty())
        html += QStringLiteral("<p class=\"risk\">%1</p>").arg(lines(item.riskLines));
    for (const ReportCaution &caution : item.cautions)
        html += QStringLiteral("<p class=\"caution\"><b>%1</b> %2</p>").arg(escaped(caution.label), escaped(caution.text));
    if (!item.settled())
        html += QStringLiteral("<p class=\"initials\">%1 %2</p>")
                    .arg(escaped(ReportText::initialsDate()), escaped(ReportText::blank()));
    return html;
}

QString section(const ReportSection &section, const QString &intro = {})
{
    QString html = QStringLiteral("<h2>%1</h2><p class=\"progress\">%2</p>")
                       .arg(escaped(section.title), escaped(intro.isEmpty() ? section.progress : intro));
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

QString forms(const ReportData &data)
{
    QString html;
    for (const ReportForm &form : data.forms) {
        html += QStringLiteral("<h2>%1</h2><table class=\"fields\" width=\"100%\" cellspacing=\"0\">")
                    .arg(escaped(form.title));
        for (const ReportField &field : form.fields) {
            // Every field of the form, an empty one as a line to write on.
            const QString value = field.value.isEmpty() ? escaped(ReportText::blank(40)) : lines(field.value.split(u'\n'));
            html += factRow(field.label, value, 45);
        }
        html += QStringLiteral("</table><p class=\"muted\">%1</p>").arg(escaped(form.note));
    }
    return html;
}

QString sources(const ReportData &data)
{
    if (data.sources.isEmpty())
        return {};
    QString html = QStringLiteral("<h2>%1</h2><p class=\"muted\">%2</p><table class=\"sources\" cellspacing=\"0\">")
                       .arg(escaped(ReportText::sources()), escaped(ReportText::sourcesIntro()));
    for (int i = 0; i < data.sources.size(); ++i)
        html += QStringLiteral("<tr><td class=\"muted\">%1</td><td class=\"muted\">%2</td></tr>")
                    .arg(escaped(ReportText::sourceMark(i + 1)), escaped(data.sources.at(i)));
    return html + QStringLiteral("</table>");
}

QString signatureRows(const QString &label, const QString &firstValue, const QString &secondValue)
{
    return QStringLiteral("<tr><td class=\"label\" width=\"13%\">%1</td><td class=\"line\" width=\"34%\">%2</td>"
                          "<td width=\"6%\"></td><td class=\"label\" width=\"13%\">%1</td>"
                          "<td class=\"line\" width=\"34%\">%3</td></tr>")
        .arg(escaped(label), firstValue.isEmpty() ? QStringLiteral("&nbsp;") : escaped(firstValue),
             secondValue.isEmpty() ? QStringLiteral("&nbsp;") : escaped(secondValue));
}

QString signOff(const ReportData &data)
{
    QString html = QStringLiteral("<h2>%1</h2><p>%2</p><table class=\"signoff\" width=\"100%\" cellspacing=\"0\">")
                       .arg(escaped(ReportText::signOff()),
                            escaped(ReportText::signOffStatement(data.readiness,
                                                                 data.verdictId == QLatin1String("migration"))));
    html += QStringLiteral("<tr><td colspan=\"2\" class=\"who\">%1</td><td></td><td colspan=\"2\" class=\"who\">%2</td></tr>")
                .arg(escaped(ReportText::preparedBy()), escaped(ReportText::ownerOrConsultant()));
    html += signatureRows(ReportText::signedName(), data.operatorName, {});
    html += signatureRows(ReportText::signedDate(), {}, {});
    html += signatureRows(ReportText::signature(), {}, {});
    return html + QStringLiteral("</table>");
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
    // The record's order: the first page (server, verdict, what is left), the tasks, the forms,
    // the signatures, what waits for after the upgrade, and where every task comes from.
    QString body = header(data) + verdict(data) + pathDetails(data) + order(data);
    for (const ReportSection &entry : data.sectionsBefore())
        body += section(entry);
    body += forms(data) + signOff(data);
    for (const ReportSection &entry : data.sectionsAfter())
        body += section(entry, ReportText::afterUpgradeIntro());
    body += sources(data);
    body += QStringLiteral("<p class=\"fingerprint\">%1</p>")
                .arg(escaped(ReportText::fingerprintText(JsonReport::fingerprint(data))));
    return body;
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
