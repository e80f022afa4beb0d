// SPDX-License-Identifier: GPL-3.0-or-later
#include "MarkdownReport.h"

#include "ReportText.h"
#include "SafeText.h"

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
    QString text = QStringLiteral("- %1 **%2** — %3  \n")
                       .arg(e(statusGlyph(entry.status)), e(entry.title), e(entry.statusTitle));
    const QString indent = QStringLiteral("  ");
    for (const QString &line : entry.evidence)
        text += QStringLiteral("%1%2  \n").arg(indent, e(line));
    if (const QString measured = ReportText::measuredText(entry); !measured.isEmpty())
        text += QStringLiteral("%1%2  \n").arg(indent, e(measured));
    for (const QString &line : entry.resultLines)
        text += QStringLiteral("%1%2  \n").arg(indent, e(line));
    if (!entry.note.isEmpty())
        text += QStringLiteral("%1*%2*  \n").arg(indent, e(ReportText::noteText(entry.note)));
    for (const QString &line : entry.markLines)
        text += QStringLiteral("%1%2  \n").arg(indent, e(line));
    return text + bullets(entry.details, indent);
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
    if (!data.operatorName.isEmpty())
        text += field(ReportText::operatorName(), data.operatorName);
    text += field(ReportText::upgradePath(), ReportText::pathText(data));
    if (!data.verdictTitle.isEmpty()) {
        text.insert(text.size() - 1, QStringLiteral("  ")); // a line break inside the item
        text += QStringLiteral("  %1\n").arg(
            escaped(ReportText::tr("%1: %2", "verdict: explanation").arg(data.verdictTitle, data.verdictExplanation)));
    }
    text += field(ReportText::dateAndTime(), ReportText::dateTimeText(data.generated));
    text += field(ReportText::language(), ReportText::languageName(data.language));

    text += QStringLiteral("\n## %1\n\n")
                .arg(escaped(ReportText::tr("%1: %2", "verdict: readiness")
                                 .arg(ReportText::verdict(), readinessTitle(data.readiness))));
    text += QStringLiteral("%1\n\n").arg(escaped(readinessAdvice(data.readiness, data.counts)));
    for (const QString &line : ReportText::summaryLines(data))
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
    for (const ReportSection &section : data.sections) {
        text += QStringLiteral("\n## %1\n\n%2\n\n").arg(escaped(section.title), escaped(section.progress));
        for (const ReportItem &entry : section.items)
            text += item(entry);
    }
    if (!data.internetInfo.isEmpty()) {
        text += QStringLiteral("\n## %1\n\n").arg(escaped(ReportText::internetInfo()));
        for (const ReportField &entry : data.internetInfo)
            text += field(entry.label, entry.value.split(u'\n').join(QStringLiteral("; ")));
        text += QStringLiteral("\n*%1*\n").arg(escaped(data.internetInfoNote));
    }
    if (!data.cautions.isEmpty()) {
        text += QStringLiteral("\n## %1\n\n").arg(escaped(ReportText::cautions()));
        for (const ReportCaution &caution : data.cautions)
            text += QStringLiteral("- **%1** %2 %3\n")
                        .arg(escaped(caution.label), escaped(caution.text),
                             escaped(ReportText::cautionTaskText(caution.taskTitle)));
    }
    text += QStringLiteral("\n## %1\n\n%2\n\n")
                .arg(escaped(ReportText::signOff()), escaped(ReportText::signOffStatement()));
    text += QStringLiteral("%1: ______________________  %2: ______________________  %3: ____________\n")
                .arg(escaped(ReportText::signedName()), escaped(ReportText::signature()),
                     escaped(ReportText::signedDate()));
    return text;
}

} // namespace prep
