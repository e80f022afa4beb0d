// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include "catalog/ChosenFigures.h"

#include "LanguageSwitcher.h"
#include "catalog/Catalog.h"
#include "checklist/Freshness.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace prep {

namespace {
constexpr qsizetype maxFactsOptions = 1000;

const QStringList actionOptions = {QStringLiteral("--list-paths"), QStringLiteral("--list-tasks"),
                                   QStringLiteral("--check"), QStringLiteral("--compare"), QStringLiteral("--verify"),
                                   QStringLiteral("--version"), QStringLiteral("--help"), QStringLiteral("-h")};

QStringList formatsFor(CommandLine::Action action)
{
    if (action == CommandLine::Action::Check || action == CommandLine::Action::Compare)
        return {QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("markdown"), QStringLiteral("html"),
                QStringLiteral("pdf")};
    return {QStringLiteral("text"), QStringLiteral("json")};
}

// "host", "host:port", "[::1]" or "[::1]:port". Returns false for anything else.
bool parseServer(const QString &text, QString *host, quint16 *port)
{
    static const QRegularExpression form(QStringLiteral(R"(^(?:\[([^\]]+)\]|([^:\[\]]+))(?::(\d{1,5}))?$)"));
    const QRegularExpressionMatch match = form.match(text);
    if (!match.hasMatch())
        return false;
    if (match.hasCaptured(3)) {
        const uint number = match.captured(3).toUInt();
        if (number == 0 || number > 65535)
            return false;
        *port = quint16(number);
    }
    *host = match.hasCaptured(1) ? match.captured(1) : match.captured(2);
    return true;
}

bool sameFile(const QString &first, const QString &second)
{
    const QFileInfo a(first);
    const QFileInfo b(second);
    if (a.absoluteFilePath() == b.absoluteFilePath())
        return true;
    return a.exists() && b.exists() && a.canonicalFilePath() == b.canonicalFilePath();
}

} // namespace

bool CommandLine::isHeadless(const QStringList &arguments)
{
    for (const QString &argument : arguments) {
        if (actionOptions.contains(argument))
            return true;
    }
    return false;
}

CommandLine CommandLine::parse(const QStringList &arguments)
{
    CommandLine line;
    auto fail = [&line](const QString &message) {
        if (line.error.isEmpty())
            line.error = message;
    };
    auto setAction = [&](Action chosen) {
        if (line.action != Action::Wizard && line.action != chosen)
            fail(tr("choose only one of --list-paths, --list-tasks, --check, --compare, --verify, --version and --help"));
        line.action = chosen;
    };
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString option = arguments.at(i);
        QString value;
        bool hasValue = false;
        if (const qsizetype equals = option.indexOf(u'='); option.startsWith(QLatin1String("--")) && equals > 0) {
            value = option.mid(equals + 1);
            option = option.left(equals);
            hasValue = true;
        }
        // An empty value ("--facts ''") is a mistake, not the option left out.
        auto takeValue = [&]() -> QString {
            if (!hasValue && i + 1 < arguments.size()) {
                value = arguments.at(++i);
                hasValue = true;
            }
            if (value.isEmpty())
                fail(tr("%1 needs a value").arg(option));
            return value;
        };
        if (option == QLatin1String("--list-paths"))
            setAction(Action::ListPaths);
        else if (option == QLatin1String("--list-tasks"))
            setAction(Action::ListTasks);
        else if (option == QLatin1String("--check"))
            setAction(Action::Check);
        else if (option == QLatin1String("--compare")) {
            setAction(Action::Compare);
            // Two files follow; "--compare=OLD NEW" takes the first from the option itself.
            QStringList files;
            if (hasValue)
                files.append(value);
            while (files.size() < 2 && i + 1 < arguments.size() && !arguments.at(i + 1).startsWith(QLatin1String("--")))
                files.append(arguments.at(++i));
            if (files.size() < 2 || files.contains(QString()))
                fail(tr("--compare needs two files: the older report or snapshot, then the newer"));
            line.compareFiles = files;
        } else if (option == QLatin1String("--verify")) {
            setAction(Action::Verify);
            line.verifyFile = takeValue();
        } else if (option == QLatin1String("--version"))
            setAction(Action::Version);
        else if (option == QLatin1String("--help") || option == QLatin1String("-h"))
            setAction(Action::Help);
        else if (option == QLatin1String("--verbose"))
            line.verbose = true;
        else if (option == QLatin1String("--lang"))
            line.language = takeValue();
        else if (option == QLatin1String("--path"))
            line.pathId = takeValue();
        else if (option == QLatin1String("--format"))
            line.format = takeValue();
        else if (option == QLatin1String("--session"))
            line.sessionFile = takeValue();
        else if (option == QLatin1String("--facts")) {
            const QString file = takeValue();
            if (!file.isEmpty() && line.factsFiles.size() < maxFactsOptions)
                line.factsFiles.append(file);
            else if (!file.isEmpty())
                fail(tr("at most %1 --facts options; put the snapshots in a folder and give --facts FOLDER").arg(maxFactsOptions));
            if (line.factsFile.isEmpty())
                line.factsFile = file;
        }
        else if (option == QLatin1String("--output"))
            line.outputFile = takeValue();
        else if (option == QLatin1String("--max-age")) {
            const QString days = takeValue();
            bool number = false;
            line.maxAgeDays = days.toInt(&number);
            if (!days.isEmpty() && (!number || line.maxAgeDays < 1 || line.maxAgeDays > Freshness::maxMaxAgeDays))
                fail(tr("--max-age needs a number of days from 1 to %1, not %2").arg(Freshness::maxMaxAgeDays).arg(days));
        } else if (option == QLatin1String("--figure")) {
            // KEY=VALUE, a whole number within the figure's bounds; anything else is refused.
            const QString given = takeValue();
            const QString key = given.section(u'=', 0, 0).trimmed();
            const ChosenFigures::Figure figure = ChosenFigures::byKey(key);
            QString why;
            if (!given.isEmpty() && (!figure.threshold || !given.contains(u'='))) {
                QStringList keys;
                for (const ChosenFigures::Figure &known : ChosenFigures::all())
                    keys.append(QLatin1String(known.threshold->key));
                fail(tr("--figure needs KEY=VALUE with KEY one of %1, not %2").arg(keys.join(QStringLiteral(", ")), given.left(60)));
            } else if (!given.isEmpty()) {
                if (const std::optional<int> number = ChosenFigures::parse(*figure.threshold, given.section(u'=', 1), &why))
                    line.figures.insert(ChosenFigures::formKey(*figure.task, *figure.threshold), QString::number(*number));
                else
                    fail(tr("--figure %1: %2").arg(key, why));
            }
        } else if (option == QLatin1String("--ntp-server")) {
            const QString server = takeValue();
            if (!server.isEmpty() && !parseServer(server, &line.probes.ntpHost, &line.probes.ntpPort))
                fail(tr("--ntp-server needs HOST or HOST:PORT, not %1").arg(server));
        } else if (option == QLatin1String("--source-time-server")) {
            const QString server = takeValue();
            if (!server.isEmpty() && !parseServer(server, &line.probes.sourceTimeHost, &line.probes.sourceTimePort))
                fail(tr("--source-time-server needs HOST or HOST:PORT, not %1").arg(server));
        } else if (option == QLatin1String("--destination-time-server")) {
            const QString server = takeValue();
            if (!server.isEmpty() && !parseServer(server, &line.probes.destinationTimeHost, &line.probes.destinationTimePort))
                fail(tr("--destination-time-server needs HOST or HOST:PORT, not %1").arg(server));
        } else if (option == QLatin1String("--destination-facts")) {
            line.destinationFactsFile = takeValue();
        } else if (option == QLatin1String("--internet-host")) {
            const QString server = takeValue();
            if (!server.isEmpty() && !parseServer(server, &line.probes.internetHost, &line.probes.internetPort))
                fail(tr("--internet-host needs HOST or HOST:PORT, not %1").arg(server));
        }
        else
            fail(tr("unknown option %1; see --help").arg(option));
    }
    if (!line.language.isEmpty() && !LanguageSwitcher::isAvailable(line.language))
        fail(tr("unknown language %1; use one of: %2")
                 .arg(line.language, LanguageSwitcher::available().join(QStringLiteral(", "))));
    if (!line.pathId.isEmpty() && !Catalog::instance().path(line.pathId))
        fail(tr("unknown upgrade path %1; valid paths: %2")
                 .arg(line.pathId, Catalog::instance().pathIds().join(QStringLiteral(", "))));
    if (line.action == Action::ListTasks && line.pathId.isEmpty())
        fail(tr("--list-tasks needs --path ID; valid paths: %1")
                 .arg(Catalog::instance().pathIds().join(QStringLiteral(", "))));
    if (line.action == Action::Check && line.pathId.isEmpty() && line.sessionFile.isEmpty())
        fail(tr("--check needs --path ID or --session FILE"));
    if (!line.format.isEmpty() && !formatsFor(line.action).contains(line.format))
        fail(tr("unknown format %1; use one of: %2")
                 .arg(line.format, formatsFor(line.action).join(QStringLiteral(", "))));
    if (line.factsFiles.size() > 1 && line.action != Action::Check)
        fail(tr("the wizard opens one snapshot; several --facts need --check"));
    if (line.factsFiles.size() > 1 && !line.sessionFile.isEmpty())
        fail(tr("--session belongs to one server; leave it out when --facts names several"));
    // The report must not replace what it is made from.
    for (const QString &input : QStringList{line.sessionFile, line.destinationFactsFile} + line.factsFiles
         + line.compareFiles) {
        if (!input.isEmpty() && !line.outputFile.isEmpty() && sameFile(input, line.outputFile))
            fail(tr("--output %1 would replace an input of the check; choose another file")
                     .arg(QDir::toNativeSeparators(line.outputFile)));
    }
    if (line.format.isEmpty())
        line.format = QStringLiteral("text");
    return line;
}

// The figures no document gives, each with its program value and bounds, from the catalog.
QString CommandLine::figureHelp()
{
    QString text = tr("\n"
                      "Figures no document gives, which this program chose (the wizard and --check):\n"
                      "  --figure KEY=VALUE     use VALUE instead; KEY, this program's value, what is accepted:\n");
    for (const ChosenFigures::Figure &figure : ChosenFigures::all()) {
        const Threshold &t = *figure.threshold;
        text += QStringLiteral("    %1 %2 (%3–%4): %5\n")
                    .arg(QLatin1String(t.key))
                    .arg(ChosenFigures::defaultValue(t))
                    .arg(int(t.minimum))
                    .arg(int(t.maximum))
                    .arg(ChosenFigures::label(t));
    }
    return text;
}

QString CommandLine::helpText()
{
    return tr("Usage: prepwizard [options]\n"
              "Prepares a server for an upgrade or migration, step by step.\n"
              "\n"
              "Without options the wizard opens.\n"
              "  --lang en|es           language of the wizard and of every report\n"
              "  --path ID              upgrade path (see --list-paths)\n"
              "  --list-paths           print the upgrade paths\n"
              "  --list-tasks --path ID print the tasks of a path\n"
              "  --check --path ID      check this computer and print a report, without a window\n"
              "  --session FILE         the progress file: the wizard keeps the checklist in it, --check reads it\n"
              "  --facts FILE           a snapshot taken by prepprobe, checked instead of this computer\n"
              "                         (--check: several --facts, or a folder, give one report for all)\n"
              "  --compare OLD NEW      what changed between two JSON reports or snapshots (snapshots\n"
              "                         are checked on --path ID); exit status 0 nothing, 1 something\n"
              "  --format FORMAT        text or json (lists); text, json, markdown, html or pdf (--check)\n"
              "  --output FILE          write the report to FILE instead of standard output\n"
              "  --max-age DAYS         results older than this must be checked again (default 14)\n"
              "  --verbose              print on standard error which check ran, how long it took and\n"
              "                         how it ended, and each file read and written\n"
              "  --version              print the version\n"
              "  --help                 print this help\n"
              "\n"
              "Exit status of --check: 0 ready, 1 warnings or tasks still to do, 2 problems that must be\n"
              "fixed, 3 could not run.\n")
        + tr("\n"
             "On a closed network, or in tests:\n"
             "  --ntp-server HOST[:PORT]     time server for the clock check (default pool.ntp.org)\n"
             "  --internet-host HOST[:PORT]  a server that answers when the Internet is reachable\n"
             "                               (default www.microsoft.com:443)\n"
             "A PDF report needs --output FILE.\n")
        + figureHelp()
        + tr("\n"
             "  --verify REPORT.json   recompute the fingerprint of a JSON report: exit status 0\n"
             "                         unchanged, 1 changed since it was made, 3 unreadable\n"
             "\n"
             "The clock check (Windows Server Essentials) compares the Source and the Destination Server:\n"
             "  --source-time-server HOST[:PORT]       ask the Source Server's own time service (SNTP,\n"
             "                                         UDP 123); this computer is then the Destination\n"
             "  --destination-time-server HOST[:PORT]  ask the Destination Server's own time service\n"
             "  --destination-facts FILE               the Destination's snapshot (prepprobe --time-server)\n");
}

} // namespace prep
