// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/FleetReport.h"

#include "report/HtmlReport.h"
#include "report/JsonReport.h"
#include "report/MarkdownReport.h"
#include "report/PdfPrinter.h"
#include "report/ReportFingerprint.h"
#include "report/ReportText.h"
#include "report/SafeText.h"
#include "report/TextReport.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace prep {

namespace {

QString isoTime(const QDateTime &when)
{
    return when.toOffsetFromUtc(when.offsetFromUtc()).toString(Qt::ISODate);
}

QString oneLine(const QString &text)
{
    return SafeText::oneLine(text);
}

QString htmlText(const QString &text)
{
    return SafeText::oneLine(text, SafeText::maxShownLength, SafeText::Newline::Space).toHtmlEscaped();
}

QString title()
{
    return FleetReport::tr("Preparation report for several servers");
}

QString serversText(int count)
{
    return FleetReport::tr("%n server(s)", nullptr, count);
}

// The words of one row of the summary table.
struct Row
{
    QString host;
    QString verdict;
    QString counts;
    QString snapshot;
    QString file;
};

Row rowOf(const FleetServer &server)
{
    Row row;
    row.file = server.file;
    if (!server.read) {
        row.host = FleetReport::tr("(unknown)", "host of a snapshot that could not be read");
        row.verdict = FleetReport::tr("Could not be read");
        row.counts = server.reason;
        return row;
    }
    const ReportData &data = server.report;
    row.host = data.machine.hostName;
    row.verdict = readinessTitle(data.readiness);
    row.counts = ReportText::countsText(data.counts);
    row.snapshot = data.machine.isSnapshot() ? ReportText::dateTimeText(data.machine.snapshotTakenAt)
                                             : FleetReport::tr("this computer, now");
    return row;
}

QStringList headings()
{
    return {FleetReport::tr("Server"), FleetReport::tr("Verdict"), FleetReport::tr("Counts"),
            FleetReport::tr("Snapshot taken"), FleetReport::tr("File")};
}

// "SRV-A · Free disk space": the host before every task's title, so that a row copied alone
// still says which server it is about.
ReportData withHostInTitles(ReportData data)
{
    for (ReportSection &section : data.sections)
        for (ReportItem &item : section.items)
            item.title = FleetReport::tr("%1 · %2", "host · task title").arg(data.machine.hostName, item.title);
    return data;
}

QString unreadText(const FleetServer &server)
{
    return FleetReport::tr("The snapshot %1 could not be read: %2").arg(server.file, server.reason);
}

QString sectionTitle(const FleetServer &server)
{
    return server.read ? FleetReport::tr("Server %1").arg(server.report.machine.hostName)
                       : FleetReport::tr("Snapshot %1").arg(server.file);
}

QString overall(const FleetReport &report)
{
    return FleetReport::tr("%1 read, %2 could not be read; exit status %3")
        .arg(report.readCount())
        .arg(report.servers.size() - report.readCount())
        .arg(report.exitStatus());
}

// --- Text ------------------------------------------------------------------------------------

QString underlined(const QString &text, QChar line)
{
    return QStringLiteral("%1\n%2\n").arg(text, QString(text.size(), line));
}

QString renderText(const FleetReport &report)
{
    QString text = underlined(title(), u'=');
    text += QStringLiteral("%1: %2\n").arg(ReportText::upgradePath(), oneLine(report.pathText));
    text += QStringLiteral("%1: %2\n").arg(ReportText::dateAndTime(), ReportText::dateTimeText(report.generated));
    text += QStringLiteral("%1: %2\n").arg(ReportText::language(), ReportText::languageName(report.language));
    text += QStringLiteral("%1: %2\n\n").arg(serversText(int(report.servers.size())), overall(report));
    // The table, columns lined up.
    QList<QStringList> rows{headings()};
    for (const FleetServer &server : report.servers) {
        const Row row = rowOf(server);
        rows.append({oneLine(row.host), oneLine(row.verdict), oneLine(row.counts), oneLine(row.snapshot), oneLine(row.file)});
    }
    QList<qsizetype> widths(5, 0);
    for (const QStringList &row : rows)
        for (int c = 0; c < 4; ++c)
            widths[c] = std::max(widths[c], std::min<qsizetype>(row[c].size(), 60));
    for (const QStringList &row : rows) {
        QString line;
        for (int c = 0; c < 5; ++c)
            line += (c < 4 ? row[c].leftJustified(widths[c]) : row[c]) + QStringLiteral("  ");
        text += line.trimmed() + u'\n';
    }
    for (const FleetServer &server : report.servers) {
        text += u'\n' + underlined(oneLine(sectionTitle(server)), u'#') + u'\n';
        text += server.read ? TextReport::render(withHostInTitles(server.report)) : oneLine(unreadText(server)) + u'\n';
    }
    return text;
}

// --- Markdown --------------------------------------------------------------------------------

QString cell(const QString &text)
{
    return MarkdownReport::escaped(text); // "|" included
}

QString renderMarkdown(const FleetReport &report)
{
    const auto e = &MarkdownReport::escaped;
    QString text = QStringLiteral("# %1\n\n").arg(e(title()));
    text += QStringLiteral("- **%1:** %2\n").arg(e(ReportText::upgradePath()), e(report.pathText));
    text += QStringLiteral("- **%1:** %2\n").arg(e(ReportText::dateAndTime()), e(ReportText::dateTimeText(report.generated)));
    text += QStringLiteral("- **%1:** %2\n").arg(e(ReportText::language()), e(ReportText::languageName(report.language)));
    text += QStringLiteral("- **%1:** %2\n\n").arg(e(serversText(int(report.servers.size()))), e(overall(report)));
    QStringList head;
    for (const QString &heading : headings())
        head.append(cell(heading));
    text += QStringLiteral("| %1 |\n|%2\n").arg(head.join(QStringLiteral(" | ")), QStringLiteral(" --- |").repeated(5));
    for (const FleetServer &server : report.servers) {
        const Row row = rowOf(server);
        text += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                    .arg(cell(row.host), cell(row.verdict), cell(row.counts), cell(row.snapshot), cell(row.file));
    }
    for (const FleetServer &server : report.servers) {
        text += QStringLiteral("\n---\n\n");
        if (server.read) {
            // Each server's report one level down, under its own heading.
            QString single = MarkdownReport::render(withHostInTitles(server.report));
            single.replace(QStringLiteral("\n#"), QStringLiteral("\n##"));
            if (single.startsWith(u'#'))
                single.prepend(u'#');
            text += QStringLiteral("# %1\n\n").arg(e(sectionTitle(server))) + single;
        } else {
            text += QStringLiteral("# %1\n\n%2\n").arg(e(sectionTitle(server)), e(unreadText(server)));
        }
    }
    return text;
}

// --- HTML and PDF ----------------------------------------------------------------------------

// The summary: title, facts and the table.
QString htmlSummary(const FleetReport &report)
{
    QString html = QStringLiteral("<h1>%1</h1><table class=\"facts\" cellspacing=\"0\">").arg(htmlText(title()));
    const auto fact = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><th width=\"28%\">%1</th><td>%2</td></tr>").arg(htmlText(label), htmlText(value));
    };
    html += fact(ReportText::upgradePath(), report.pathText);
    html += fact(ReportText::dateAndTime(), ReportText::dateTimeText(report.generated));
    html += fact(ReportText::language(), ReportText::languageName(report.language));
    html += fact(serversText(int(report.servers.size())), overall(report));
    html += QStringLiteral("</table><table class=\"tasks\" width=\"100%\" cellspacing=\"0\"><thead><tr>");
    for (const QString &heading : headings())
        html += QStringLiteral("<th>%1</th>").arg(htmlText(heading));
    html += QStringLiteral("</tr></thead>");
    for (const FleetServer &server : report.servers) {
        const Row row = rowOf(server);
        const QString look = server.read ? statusId(readinessLook(server.report.readiness)) : statusId(ItemStatus::Unknown);
        html += QStringLiteral("<tr><td>%1</td><td class=\"status s-%2\">%3</td><td>%4</td><td>%5</td><td>%6</td></tr>")
                    .arg(htmlText(row.host), look, htmlText(row.verdict), htmlText(row.counts), htmlText(row.snapshot),
                         htmlText(row.file));
    }
    return html + QStringLiteral("</table>");
}

// One server's section, under its own title.
QString htmlSection(const FleetServer &server)
{
    return QStringLiteral("<h1>%1</h1>").arg(htmlText(sectionTitle(server)))
        + (server.read ? HtmlReport::body(withHostInTitles(server.report))
                       : QStringLiteral("<p>%1</p>").arg(htmlText(unreadText(server))));
}

QString htmlBody(const FleetReport &report)
{
    QString html = htmlSummary(report);
    for (const FleetServer &server : report.servers)
        html += QStringLiteral("<div style=\"page-break-before: always\"></div>") + htmlSection(server);
    return html;
}

// --- JSON ------------------------------------------------------------------------------------

// With its fingerprint, as a report about one server has it (ReportFingerprint).
QJsonObject fleetJson(const FleetReport &report)
{
    QJsonArray servers;
    for (const FleetServer &server : report.servers) {
        QJsonObject entry{{QStringLiteral("file"), server.file},
                          {QStringLiteral("read"), server.read},
                          {QStringLiteral("exitStatus"), server.exitStatus()}};
        if (!server.read) {
            entry.insert(QStringLiteral("reason"), server.reason);
            servers.append(entry);
            continue;
        }
        const ReportData &data = server.report;
        entry.insert(QStringLiteral("hostName"), data.machine.hostName);
        entry.insert(QStringLiteral("readiness"), readinessId(data.readiness));
        entry.insert(QStringLiteral("readinessTitle"), readinessTitle(data.readiness));
        if (data.machine.isSnapshot())
            entry.insert(QStringLiteral("snapshotTakenAt"), isoTime(data.machine.snapshotTakenAt));
        QJsonObject single = JsonReport::toJson(data);
        QJsonArray items;
        for (const QJsonValue &value : single.value(QStringLiteral("items")).toArray()) {
            QJsonObject item = value.toObject();
            item.insert(QStringLiteral("host"), data.machine.hostName);
            items.append(item);
        }
        single.insert(QStringLiteral("items"), items);
        entry.insert(QStringLiteral("counts"), single.value(QStringLiteral("summary")).toObject().value(QStringLiteral("counts")));
        entry.insert(QStringLiteral("report"), single);
        servers.append(entry);
    }
    QJsonObject object{{QStringLiteral("schema"), QLatin1String(FleetReport::schema)},
                             {QStringLiteral("generated"), isoTime(report.generated)},
                             {QStringLiteral("language"), report.language},
                             {QStringLiteral("path"), report.pathText},
                             {QStringLiteral("summary"),
                              QJsonObject{{QStringLiteral("servers"), int(report.servers.size())},
                                          {QStringLiteral("read"), report.readCount()},
                                          {QStringLiteral("unread"), int(report.servers.size()) - report.readCount()},
                                          {QStringLiteral("exitStatus"), report.exitStatus()}}},
                             {QStringLiteral("servers"), servers}};
    object.insert(QLatin1String(ReportFingerprint::member), ReportFingerprint::of(object));
    return object;
}

} // namespace

int FleetServer::exitStatus() const
{
    return read ? readinessExitCode(report.readiness) : 3;
}

int FleetReport::readCount() const
{
    return int(std::count_if(servers.begin(), servers.end(), [](const FleetServer &s) { return s.read; }));
}

int FleetReport::exitStatus() const
{
    if (readCount() == 0)
        return 3;
    int worst = 0;
    for (const FleetServer &server : servers)
        worst = std::max(worst, server.read ? server.exitStatus() : 1);
    return worst;
}

QByteArray FleetReport::render(ReportFormat format, const QPageSize &pageSize) const
{
    switch (format) {
    case ReportFormat::Text:
        return renderText(*this).toUtf8();
    case ReportFormat::Markdown:
        return renderMarkdown(*this).toUtf8();
    case ReportFormat::Json:
        return QJsonDocument(fleetJson(*this)).toJson(QJsonDocument::Indented);
    case ReportFormat::Html:
        return HtmlReport::document(language, title(), htmlBody(*this)).toUtf8();
    case ReportFormat::Pdf: {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        // Each server from a new page, laid out on its own.
        QStringList parts{HtmlReport::document(language, title(), htmlSummary(*this))};
        for (const FleetServer &server : servers)
            parts.append(HtmlReport::document(language, title(), htmlSection(server)));
        const QString fingerprint = fleetJson(*this).value(QLatin1String(ReportFingerprint::member)).toString();
        PdfPrinter::writeHtmlPdf(parts, title(), serversText(int(servers.size())), generated,
                                 ReportText::fingerprintText(fingerprint), &buffer,
                                 pageSize.isValid() ? pageSize : PdfPrinter::defaultPageSize());
        return buffer.data();
    }
    }
    return {};
}

} // namespace prep
