// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/MarkdownReport.h"

#include "report/JsonReport.h"
#include "report/ReportText.h"
#include "report/SafeText.h"

#include <QRegularExpression>

namespace prep {

namespace {
QString bullets(const QStringList &items, const QString &indent)
{
    QString text;
    for (const QString &item : items)
        text += QStringLiteral("%1- %2\n").arg(indent, MarkdownReport::escaped(item));
    return text;
}

QString field(const QString &label, const QString &value)
{
    return QStringLiteral("- **%1:** %2\n").arg(MarkdownReport::escaped(label), MarkdownReport::escaped(value));
}

QString item(const ReportItem &entry)
{
    const auto e = &MarkdownReport::escaped;
    QString text = QStringLiteral("- %1 **%2** — %3")
                       .arg(e(statusGlyph(entry.status)), e(entry.title), e(entry.statusTitle));
    if (entry.source > 0)
        text += u' ' + e(ReportText::sourceMark(entry.source));
    text += QStringLiteral("  \n");
    const QString indent = QStringLiteral("  ");
    if (const QString found = ReportText::foundText(entry); !found.isEmpty())
        text += QStringLiteral("%1**%2**  \n").arg(indent, e(found));
    for (const QString &line : entry.evidence)
        text += QStringLiteral("%1%2  \n").arg(indent, e(line));
    if (const QString measured = ReportText::measuredText(entry); !measured.isEmpty())
        text += QStringLiteral("%1%2  \n").arg(indent, e(measured));
    for (const QString &line : entry.resultLines)
        text += QStringLiteral("%1%2  \n").arg(indent, e(line));
    for (const QString &line : entry.figureLines)
        text += QStringLiteral("%1%2  \n").arg(indent, e(line));
    if (!entry.note.isEmpty())
        text += QStringLiteral("%1*%2*  \n").arg(indent, e(ReportText::noteText(entry.note)));
    for (const QString &line : entry.markLines)
        text += QStringLiteral("%1%2  \n").arg(indent, e(line));
    for (const QString &line : entry.riskLines)
        text += QStringLiteral("%1%2  \n").arg(indent, e(line));
    for (const ReportCaution &caution : entry.cautions)
        text += QStringLiteral("%1**%2** %3  \n").arg(indent, e(caution.label), e(caution.text));
    if (!entry.settled())
        text += QStringLiteral("%1%2 %3  \n").arg(indent, e(ReportText::initialsDate()), e(ReportText::blank()));
    return text + bullets(entry.details, indent);
}

QString section(const ReportSection &section, const QString &intro = {})
{
    QString text = QStringLiteral("\n## %1\n\n%2\n\n")
                       .arg(MarkdownReport::escaped(section.title),
                            MarkdownReport::escaped(intro.isEmpty() ? section.progress : intro));
    for (const ReportItem &entry : section.items)
        text += item(entry);
    return text;
}
} // namespace

QString MarkdownReport::escaped(const QString &text)
{
    // Characters that change the page anywhere in a line (emphasis, code, links, HTML, tables,
    // entities), then what starts a list or a quote when a text begins with it.
    static const QString special = QStringLiteral("\\`*_[]<>#|~&");
    QString result;
    result.reserve(text.size() + 8);
    for (const QChar c : SafeText::oneLine(text, SafeText::maxShownLength, SafeText::Newline::Space)) {
        if (special.contains(c))
            result += u'\\';
        result += c;
    }
    static const QRegularExpression listStart(QStringLiteral("^(\\s*)([-+=]|\\d+[.)])(?=\\s|$)"));
    const QRegularExpressionMatch start = listStart.match(result);
    if (start.hasMatch())
        result.insert(start.capturedEnd() - 1, u'\\');
    return result;
}

QString MarkdownReport::render(const ReportData &data)
{
    QString text = QStringLiteral("# %1\n\n").arg(escaped(ReportText::documentTitle()));
    text += field(ReportText::server(), data.serverTitle());
    text += field(ReportText::computer(), ReportText::machineText(data.machine));
    if (data.isMigration())
        text += field(ReportText::destination(), ReportText::destinationText(data));
    if (!data.operatorName.isEmpty())
        text += field(ReportText::operatorName(), data.operatorName);
    text += field(ReportText::upgradePath(), ReportText::pathText(data));
    if (!data.verdictTitle.isEmpty()) {
        text.insert(text.size() - 1, QStringLiteral("  ")); // a line break inside the item
        text += QStringLiteral("  %1\n").arg(
            escaped(ReportText::tr("%1: %2", "verdict: explanation").arg(data.verdictTitle, data.verdictExplanation)));
    }
    if (data.plannedDate.isValid())
        text += field(ReportText::plannedDate(data.isMigration()), ReportText::dateText(data.plannedDate));
    text += field(ReportText::dateAndTime(), ReportText::dateTimeText(data.generated));
    text += field(ReportText::language(), ReportText::languageName(data.language));

    text += QStringLiteral("\n## %1\n\n")
                .arg(escaped(ReportText::tr("%1: %2", "verdict: readiness")
                                 .arg(ReportText::verdict(), readinessTitle(data.readiness))));
    text += QStringLiteral("%1\n\n").arg(escaped(readinessAdvice(data.readiness, data.counts)));
    for (const QString &line : ReportText::summaryLines(data))
        text += escaped(line) + QStringLiteral("  \n");
    if (const QList<ReportItem> open = data.openTasks(); !open.isEmpty()) {
        text += QStringLiteral("\n**%1**\n\n").arg(escaped(ReportText::openTasksTitle(int(open.size()))));
        for (const ReportItem &entry : open)
            text += QStringLiteral("- %1 %2 — %3\n")
                        .arg(escaped(statusGlyph(entry.status)), escaped(entry.title), escaped(entry.statusTitle));
    }
    text += QStringLiteral("\n*%1:*  \n").arg(escaped(ReportText::statusLegendTitle()));
    for (const QString &line : ReportText::statusLegend())
        text += escaped(line) + QStringLiteral("  \n");
    if (!data.sessionNotes.isEmpty())
        text += QStringLiteral("\n## %1\n\n").arg(escaped(ReportText::sessionNotesTitle())) + bullets(data.sessionNotes, {});
    if (!data.pathSteps.isEmpty()) {
        text += QStringLiteral("\n## %1\n\n").arg(escaped(ReportText::pathSteps()));
        for (int i = 0; i < data.pathSteps.size(); ++i)
            text += QStringLiteral("%1. %2\n").arg(i + 1).arg(escaped(data.pathSteps.at(i)));
    }
    if (!data.pathNotes.isEmpty())
        text += QStringLiteral("\n## %1\n\n").arg(escaped(ReportText::pathNotes())) + bullets(data.pathNotes, {});
    if (!data.order.isEmpty()) {
        text += QStringLiteral("\n## %1\n\n%2\n\n").arg(escaped(data.order.title), escaped(data.order.intro));
        for (int i = 0; i < data.order.steps.size(); ++i) {
            const ReportOrderStep &step = data.order.steps.at(i);
            const QString line = escaped(ReportText::orderStepText(i + 1, step));
            text += step.taskId.isEmpty() ? QStringLiteral("- %1\n").arg(line)
                                          : QStringLiteral("- %1 %2 — %3\n").arg(escaped(statusGlyph(step.status)), line, escaped(step.statusTitle));
        }
        text += u'\n' + escaped(ReportText::orderSourceText(data.order.reference)) + u'\n';
    }
    for (const ReportSection &entry : data.sectionsBefore())
        text += section(entry);
    for (const ReportForm &form : data.forms) {
        text += QStringLiteral("\n## %1\n\n").arg(escaped(form.title));
        for (const ReportField &entry : form.fields)
            text += field(entry.label, entry.value.isEmpty() ? ReportText::blank(40)
                                                             : entry.value.split(u'\n').join(QStringLiteral("; ")));
        text += QStringLiteral("\n*%1*\n").arg(escaped(form.note));
    }
    text += QStringLiteral("\n## %1\n\n%2\n\n")
                .arg(escaped(ReportText::signOff()),
                     escaped(ReportText::signOffStatement(data.readiness, data.verdictId == QLatin1String("migration"))));
    for (const QString &who : {ReportText::preparedBy(), ReportText::ownerOrConsultant()}) {
        const QString name = who == ReportText::preparedBy() && !data.operatorName.isEmpty() ? data.operatorName
                                                                                             : ReportText::blank();
        text += QStringLiteral("**%1**  \n%2: %3  \n%4: %5  \n%6: %7\n\n")
                    .arg(escaped(who), escaped(ReportText::signedName()), escaped(name),
                         escaped(ReportText::signedDate()), escaped(ReportText::blank()),
                         escaped(ReportText::signature()), escaped(ReportText::blank()));
    }
    for (const ReportSection &entry : data.sectionsAfter())
        text += section(entry, ReportText::afterUpgradeIntro());
    if (!data.sources.isEmpty()) {
        text += QStringLiteral("\n## %1\n\n%2\n\n").arg(escaped(ReportText::sources()), escaped(ReportText::sourcesIntro()));
        for (int i = 0; i < data.sources.size(); ++i)
            text += QStringLiteral("%1 %2  \n").arg(escaped(ReportText::sourceMark(i + 1)), escaped(data.sources.at(i)));
    }
    text += QStringLiteral("\n---\n\n%1\n").arg(escaped(ReportText::fingerprintText(JsonReport::fingerprint(data))));
    return text;
}

} // namespace prep
