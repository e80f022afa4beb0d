// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/TextReport.h"

#include "report/JsonReport.h"
#include "report/ReportText.h"
#include "report/SafeText.h"

namespace prep {

namespace {
QString underlined(const QString &title, QChar line)
{
    return QStringLiteral("%1\n%2\n").arg(title, QString(title.size(), line));
}

// "Label:   value", with the values of one block lined up.
QString fields(const QList<QPair<QString, QString>> &rows)
{
    qsizetype width = 0;
    for (const auto &row : rows)
        width = std::max(width, row.first.size() + 1);
    QString text;
    for (const auto &row : rows)
        text += QStringLiteral("%1 %2\n").arg((row.first.isEmpty() ? row.first : row.first + u':').leftJustified(width),
                                              SafeText::oneLine(row.second));
    return text;
}

// Every text from a machine or a file stays on its line, with its control characters shown.
QString shown(const QString &text)
{
    return SafeText::oneLine(text);
}

QString item(const ReportItem &entry)
{
    const QString indent(4, u' ');
    QString text =
        QStringLiteral("  %1 [%2] %3").arg(statusGlyph(entry.status), entry.statusTitle, shown(entry.title));
    if (entry.source > 0)
        text += u' ' + ReportText::sourceMark(entry.source);
    text += u'\n';
    if (const QString found = ReportText::foundText(entry); !found.isEmpty())
        text += indent + found + u'\n';
    for (const QString &line : entry.evidence)
        text += indent + shown(line) + u'\n';
    for (const QString &line : entry.details)
        text += indent + QStringLiteral("- ") + shown(line) + u'\n';
    if (const QString measured = ReportText::measuredText(entry); !measured.isEmpty())
        text += indent + shown(measured) + u'\n';
    for (const QString &line : entry.resultLines)
        text += indent + shown(line) + u'\n';
    for (const QString &line : entry.figureLines)
        text += indent + shown(line) + u'\n';
    if (!entry.note.isEmpty())
        text += indent + shown(ReportText::noteText(entry.note)) + u'\n';
    for (const QString &line : entry.markLines)
        text += indent + shown(line) + u'\n';
    for (const QString &line : entry.riskLines)
        text += indent + shown(line) + u'\n';
    for (const ReportCaution &caution : entry.cautions)
        text += indent + caution.label + u' ' + shown(caution.text) + u'\n';
    if (!entry.settled())
        text += indent + ReportText::initialsDate() + u' ' + ReportText::blank() + u'\n';
    return text;
}

QString section(const ReportSection &section, const QString &intro = {})
{
    QString text = u'\n'
        + underlined(ReportText::tr("%1 (%2)", "category (progress)").arg(section.title, section.progress), u'-');
    if (!intro.isEmpty())
        text += intro + u'\n';
    for (const ReportItem &entry : section.items)
        text += item(entry);
    return text;
}
} // namespace

QString TextReport::render(const ReportData &data)
{
    QString text = underlined(ReportText::documentTitle(), u'=');
    QList<QPair<QString, QString>> facts{{ReportText::server(), data.serverTitle()},
                                         {ReportText::computer(), ReportText::machineText(data.machine)}};
    if (data.isMigration())
        facts.append({ReportText::destination(), ReportText::destinationText(data)});
    if (!data.operatorName.isEmpty())
        facts.append({ReportText::operatorName(), data.operatorName});
    facts.append({ReportText::upgradePath(), ReportText::pathText(data)});
    if (!data.verdictTitle.isEmpty())
        facts.append(
            {{}, ReportText::tr("%1: %2", "verdict: explanation").arg(data.verdictTitle, data.verdictExplanation)});
    if (data.plannedDate.isValid())
        facts.append({ReportText::plannedDate(data.isMigration()), ReportText::dateText(data.plannedDate)});
    facts.append({ReportText::dateAndTime(), ReportText::dateTimeText(data.generated)});
    facts.append({ReportText::language(), ReportText::languageName(data.language)});
    text += fields(facts);

    text +=
        u'\n' +
        underlined(
            ReportText::tr("%1: %2", "verdict: readiness").arg(ReportText::verdict(), readinessTitle(data.readiness)),
            u'-');
    text += readinessAdvice(data.readiness, data.counts) + u'\n';
    for (const QString &line : ReportText::summaryLines(data))
        text += line + u'\n';
    if (const QList<ReportItem> open = data.openTasks(); !open.isEmpty()) {
        text += u'\n' + ReportText::openTasksTitle(int(open.size())) + u'\n';
        for (const ReportItem &entry : open)
            text += QStringLiteral("  %1 [%2] %3\n").arg(statusGlyph(entry.status), entry.statusTitle, shown(entry.title));
    }
    text += u'\n' + ReportText::statusLegendTitle() + u':' + u'\n';
    for (const QString &line : ReportText::statusLegend())
        text += QStringLiteral("  ") + line + u'\n';
    if (!data.sessionNotes.isEmpty()) {
        text += u'\n' + underlined(ReportText::sessionNotesTitle(), u'-');
        for (const QString &note : data.sessionNotes)
            text += QStringLiteral("  ") + shown(note) + u'\n';
    }

    if (!data.order.isEmpty()) {
        text += u'\n' + underlined(data.order.title, u'-') + data.order.intro + u'\n';
        for (int i = 0; i < data.order.steps.size(); ++i) {
            const ReportOrderStep &step = data.order.steps.at(i);
            const QString line = shown(ReportText::orderStepText(i + 1, step));
            text += step.taskId.isEmpty()
                        ? QStringLiteral("     %1\n").arg(line)
                        : QStringLiteral("  %1 %2 [%3]\n").arg(statusGlyph(step.status), line, step.statusTitle);
        }
        text += shown(ReportText::orderSourceText(data.order.reference)) + u'\n';
    }
    for (const ReportSection &entry : data.sectionsBefore())
        text += section(entry);
    for (const ReportForm &form : data.forms) {
        text += u'\n' + underlined(form.title, u'-');
        for (const ReportField &entry : form.fields)
            text += ReportText::tr("%1: %2", "form field: value")
                        .arg(shown(entry.label), entry.value.isEmpty()
                                              ? ReportText::blank(40)
                                              : shown(entry.value.split(u'\n').join(QStringLiteral("; "))))
                + u'\n';
        text += shown(form.note) + u'\n';
    }
    text += u'\n' + underlined(ReportText::signOff(), u'-');
    text += ReportText::signOffStatement(data.readiness, data.verdictId == QLatin1String("migration")) + u'\n';
    for (const QString &who : {ReportText::preparedBy(), ReportText::ownerOrConsultant()}) {
        const QString name = who == ReportText::preparedBy() && !data.operatorName.isEmpty() ? shown(data.operatorName)
                                                                                             : ReportText::blank();
        text += QStringLiteral("\n%1\n").arg(who);
        text += fields({{ReportText::signedName(), name},
                        {ReportText::signedDate(), ReportText::blank()},
                        {ReportText::signature(), ReportText::blank()}});
    }
    for (const ReportSection &entry : data.sectionsAfter())
        text += section(entry, ReportText::afterUpgradeIntro());
    if (!data.sources.isEmpty()) {
        text += u'\n' + underlined(ReportText::sources(), u'-') + ReportText::sourcesIntro() + u'\n';
        for (int i = 0; i < data.sources.size(); ++i)
            text += QStringLiteral("  %1 %2\n").arg(ReportText::sourceMark(i + 1), shown(data.sources.at(i)));
    }
    text += u'\n' + ReportText::fingerprintText(JsonReport::fingerprint(data)) + u'\n';
    return text;
}

} // namespace prep
