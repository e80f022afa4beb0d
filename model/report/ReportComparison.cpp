// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportComparison.h"

#include "report/JsonReport.h"
#include "report/MarkdownReport.h"
#include "report/PdfPrinter.h"
#include "report/ReportText.h"
#include "report/SafeText.h"

#include <QBuffer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPdfWriter>
#include <QSet>
#include <QTextDocument>

namespace prep {

namespace {
QString oneLine(const QString &text)
{
    return SafeText::oneLine(text);
}

QString htmlText(const QString &text)
{
    return SafeText::oneLine(text, SafeText::maxShownLength, SafeText::Newline::Space).toHtmlEscaped();
}

QString isoTime(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODate) : QString();
}

QString statusWithValue(ItemStatus status, const QString &measured)
{
    const QString word = statusTitle(status);
    return measured.isEmpty() ? word : ReportComparison::tr("%1 (%2)", "status (measured value)").arg(word, measured);
}
} // namespace

bool ReportComparison::sideFromReport(const QJsonObject &report, const QString &file, Side *side, QString *reason)
{
    if (report.value(QStringLiteral("schema")).toString() != QLatin1String(JsonReport::schema)) {
        *reason = tr("it is neither a Prep Wizard report in JSON nor a server snapshot");
        return false;
    }
    const QJsonValue items = report.value(QStringLiteral("items"));
    if (!items.isArray()) {
        *reason = tr("it is a Prep Wizard report without its tasks");
        return false;
    }
    if (items.toArray().size() > maxTasks) {
        *reason = tr("it holds more than %1 tasks, which no Prep Wizard report does").arg(maxTasks);
        return false;
    }
    Side result;
    result.file = file;
    const QJsonObject machine = report.value(QStringLiteral("machine")).toObject();
    result.hostName = machine.value(QStringLiteral("hostName")).toString();
    result.serverName = machine.value(QStringLiteral("name")).toString();
    result.snapshot = machine.value(QStringLiteral("source")).toString() == QLatin1String("snapshot");
    // A snapshot's findings are as old as the snapshot; this computer's, as the report.
    const QJsonValue when = result.snapshot ? machine.value(QStringLiteral("snapshotTakenAt"))
                                            : report.value(QStringLiteral("generated"));
    result.checkedAt = QDateTime::fromString(when.toString(), Qt::ISODate);
    result.pathId = report.value(QStringLiteral("path")).toObject().value(QStringLiteral("id")).toString();
    result.language = report.value(QStringLiteral("language")).toString();
    QSet<QString> seen;
    for (const QJsonValue &value : items.toArray()) {
        const QJsonObject item = value.toObject();
        Task task;
        task.id = item.value(QStringLiteral("id")).toString();
        if (task.id.isEmpty() || seen.contains(task.id)) {
            *reason = tr("a task in it has no id, or the same id as another");
            return false;
        }
        seen.insert(task.id);
        task.title = item.value(QStringLiteral("title")).toString();
        // A status this version does not know is taken as not checked, never as a result.
        if (!statusFromId(item.value(QStringLiteral("found")).toString(), &task.found) || !isCheckResult(task.found))
            task.found = ItemStatus::Pending;
        task.measured = item.value(QStringLiteral("measured")).toString();
        result.tasks.append(task);
    }
    *side = result;
    return true;
}

ReportComparison::ReportComparison(Side before, Side after) : m_before(std::move(before)), m_after(std::move(after))
{
    QMap<QString, const Task *> earlier;
    for (const Task &task : m_before.tasks)
        earlier.insert(task.id, &task);
    QSet<QString> later;
    const bool measured = comparesMeasured();
    for (const Task &task : m_after.tasks) {
        later.insert(task.id);
        const Task *old = earlier.value(task.id);
        if (!old) {
            m_onlyAfter.append(task.title.isEmpty() ? task.id : task.title);
            continue;
        }
        // A result in the first and none in the second is a difference too: the second cannot
        // say the finding is still there, nor that it is gone.
        const FindingChange change =
            isCheckResult(old->found) && !isCheckResult(task.found)
                ? FindingChange::Changed
                : findingChange(old->found, task.found, measured ? old->measured : QString(),
                                measured ? task.measured : QString());
        if (change == FindingChange::None)
            continue;
        m_differences.append({task.id, task.title.isEmpty() ? task.id : task.title, change, old->found, task.found,
                              old->measured, task.measured});
        m_counts.add(change);
    }
    for (const Task &task : m_before.tasks) {
        if (!later.contains(task.id))
            m_onlyBefore.append(task.title.isEmpty() ? task.id : task.title);
    }
}

bool ReportComparison::sameServer() const
{
    return m_before.hostName.compare(m_after.hostName, Qt::CaseInsensitive) == 0;
}

QString ReportComparison::sideText(const Side &side) const
{
    const QString host = side.hostName.isEmpty() ? tr("unknown server") : side.hostName;
    const QString when = ReportText::dateTimeText(side.checkedAt.toLocalTime());
    const QString text = side.snapshot ? tr("%1, snapshot taken on %2") : tr("%1, checked on %2");
    return tr("%1 (%2)", "file (server and time)")
        .arg(QDir::toNativeSeparators(side.file), side.checkedAt.isValid() ? text.arg(host, when) : host);
}

QString ReportComparison::changeLine(const Difference &difference) const
{
    return tr("%1: %2 → %3", "task: before → after")
        .arg(difference.title, statusWithValue(difference.before, difference.measuredBefore),
             statusWithValue(difference.after, difference.measuredAfter));
}

QString ReportComparison::summaryText() const
{
    if (!hasDifferences())
        return tr("Nothing changed between the two checks.");
    const int changes = int(m_differences.size());
    return tr("%n task(s) changed: %1", nullptr, changes).arg(m_counts.text());
}

QStringList ReportComparison::notes() const
{
    QStringList lines;
    if (!sameServer())
        lines.append(tr("These are two different servers (%1 and %2): compare checks of the same server to see what "
                        "changed on it.")
                         .arg(m_before.hostName, m_after.hostName));
    if (m_before.pathId != m_after.pathId)
        lines.append(tr("The two were checked for different upgrade paths (%1 and %2); only the tasks they share are "
                        "compared.")
                         .arg(m_before.pathId, m_after.pathId));
    if (!comparesMeasured())
        lines.append(tr("The two are in different languages: only the results are compared, not the measured values."));
    if (m_after.checkedAt.isValid() && m_before.checkedAt.isValid() && m_after.checkedAt < m_before.checkedAt)
        lines.append(tr("The second was checked before the first: give the older one first."));
    if (!m_onlyBefore.isEmpty())
        lines.append(tr("Only in the first: %1").arg(m_onlyBefore.join(QStringLiteral(", "))));
    if (!m_onlyAfter.isEmpty())
        lines.append(tr("Only in the second: %1").arg(m_onlyAfter.join(QStringLiteral(", "))));
    return lines;
}

QString ReportComparison::renderText() const
{
    QString text = tr("What changed between two checks") + u'\n';
    text += tr("Before: %1").arg(oneLine(sideText(m_before))) + u'\n';
    text += tr("After:  %1").arg(oneLine(sideText(m_after))) + u'\n';
    text += u'\n' + summaryText() + u'\n';
    for (const Difference &difference : m_differences)
        text += QStringLiteral("  %1  %2\n").arg(findingChangeTitle(difference.change), oneLine(changeLine(difference)));
    const QStringList lines = notes();
    if (!lines.isEmpty())
        text += u'\n';
    for (const QString &line : lines)
        text += oneLine(line) + u'\n';
    return text;
}

QString ReportComparison::renderMarkdown() const
{
    const auto e = &MarkdownReport::escaped;
    QString text = QStringLiteral("# %1\n\n").arg(e(tr("What changed between two checks")));
    text += QStringLiteral("- **%1** %2\n").arg(e(tr("Before:")), e(sideText(m_before)));
    text += QStringLiteral("- **%1** %2\n\n").arg(e(tr("After:")), e(sideText(m_after)));
    text += e(summaryText()) + QStringLiteral("\n\n");
    if (hasDifferences()) {
        text += QStringLiteral("| %1 | %2 | %3 | %4 |\n|---|---|---|---|\n")
                    .arg(e(tr("Change")), e(ReportText::task()), e(tr("Before")), e(tr("After")));
        for (const Difference &difference : m_differences)
            text += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                        .arg(e(findingChangeTitle(difference.change)), e(difference.title),
                             e(statusWithValue(difference.before, difference.measuredBefore)),
                             e(statusWithValue(difference.after, difference.measuredAfter)));
        text += u'\n';
    }
    for (const QString &line : notes())
        text += QStringLiteral("- %1\n").arg(e(line));
    return text;
}

QString ReportComparison::renderHtml() const
{
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\"><title>%2</title>"
                                  "<style>body{font-family:sans-serif}td,th{border:1px solid #999;padding:2px 6px;"
                                  "text-align:left}table{border-collapse:collapse}</style></head><body>\n")
                       .arg(QLocale().name().left(2), htmlText(tr("What changed between two checks")));
    html += QStringLiteral("<h1>%1</h1>\n").arg(htmlText(tr("What changed between two checks")));
    html += QStringLiteral("<p><b>%1</b> %2<br/><b>%3</b> %4</p>\n")
                .arg(htmlText(tr("Before:")), htmlText(sideText(m_before)), htmlText(tr("After:")),
                     htmlText(sideText(m_after)));
    html += QStringLiteral("<p>%1</p>\n").arg(htmlText(summaryText()));
    if (hasDifferences()) {
        html += QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>\n")
                    .arg(htmlText(tr("Change")), htmlText(ReportText::task()), htmlText(tr("Before")),
                         htmlText(tr("After")));
        for (const Difference &difference : m_differences)
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>\n")
                        .arg(htmlText(findingChangeTitle(difference.change)), htmlText(difference.title),
                             htmlText(statusWithValue(difference.before, difference.measuredBefore)),
                             htmlText(statusWithValue(difference.after, difference.measuredAfter)));
        html += QStringLiteral("</table>\n");
    }
    const QStringList lines = notes();
    if (!lines.isEmpty()) {
        html += QStringLiteral("<ul>");
        for (const QString &line : lines)
            html += QStringLiteral("<li>%1</li>").arg(htmlText(line));
        html += QStringLiteral("</ul>\n");
    }
    return html + QStringLiteral("</body></html>\n");
}

QJsonObject ReportComparison::toJson() const
{
    auto side = [](const Side &s) {
        return QJsonObject{{QStringLiteral("file"), s.file},
                           {QStringLiteral("hostName"), s.hostName},
                           {QStringLiteral("path"), s.pathId},
                           {QStringLiteral("language"), s.language},
                           {QStringLiteral("source"), s.snapshot ? QStringLiteral("snapshot") : QStringLiteral("report")},
                           {QStringLiteral("checkedAt"), isoTime(s.checkedAt)}};
    };
    QJsonArray changes;
    for (const Difference &difference : m_differences)
        changes.append(QJsonObject{{QStringLiteral("id"), difference.id},
                                   {QStringLiteral("title"), difference.title},
                                   {QStringLiteral("change"), findingChangeId(difference.change)},
                                   {QStringLiteral("before"), statusId(difference.before)},
                                   {QStringLiteral("after"), statusId(difference.after)},
                                   {QStringLiteral("measuredBefore"), difference.measuredBefore},
                                   {QStringLiteral("measuredAfter"), difference.measuredAfter}});
    QJsonObject counts;
    for (const FindingChange change : allFindingChanges)
        counts.insert(findingChangeId(change), m_counts.count(change));
    return {{QStringLiteral("schema"), QStringLiteral("prepwizard.comparison/1")},
            {QStringLiteral("before"), side(m_before)},
            {QStringLiteral("after"), side(m_after)},
            {QStringLiteral("sameServer"), sameServer()},
            {QStringLiteral("measuredCompared"), comparesMeasured()},
            {QStringLiteral("counts"), counts},
            {QStringLiteral("changes"), changes},
            {QStringLiteral("onlyBefore"), QJsonArray::fromStringList(m_onlyBefore)},
            {QStringLiteral("onlyAfter"), QJsonArray::fromStringList(m_onlyAfter)},
            {QStringLiteral("notes"), QJsonArray::fromStringList(notes())},
            {QStringLiteral("exitStatus"), exitCode()}};
}

QByteArray ReportComparison::render(ReportFormat format) const
{
    switch (format) {
    case ReportFormat::Text:
        return renderText().toUtf8();
    case ReportFormat::Markdown:
        return renderMarkdown().toUtf8();
    case ReportFormat::Html:
        return renderHtml().toUtf8();
    case ReportFormat::Json:
        return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
    case ReportFormat::Pdf: {
        QByteArray pdf;
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setTitle(tr("What changed between two checks"));
        writer.setCreator(QStringLiteral("Prep Wizard"));
        writer.setPageLayout(QPageLayout(PdfPrinter::defaultPageSize(), QPageLayout::Portrait,
                                         PdfPrinter::pageMargins(), QPageLayout::Millimeter));
        QTextDocument document;
        document.setHtml(renderHtml());
        document.print(&writer);
        buffer.close();
        return pdf;
    }
    }
    return {};
}

} // namespace prep
