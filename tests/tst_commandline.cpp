// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// What scripts and technicians type: the options, the lists, and the exit status 3 with one line
// of reason for anything that cannot be used.

#include "CatalogListing.h"
#include "CommandLine.h"
#include "LanguageSwitcher.h"
#include "SampleChecklist.h"
#include "catalog/Catalog.h"
#include "report/JsonReport.h"
#include "report/ReportData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace prep;

class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    static QProcessEnvironment withoutDisplay()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_RUNTIME_DIR"})
            environment.remove(QString::fromLatin1(name));
        return environment;
    }

    struct Run
    {
        int exitCode;
        QByteArray out;
        QByteArray err;
    };

    static Run run(const QStringList &arguments)
    {
        QProcess process;
        process.setProcessEnvironment(withoutDisplay());
        process.start(QStringLiteral(PREPWIZARD_PATH), arguments);
        if (!process.waitForFinished(60000))
            qFatal("prepwizard did not finish");
        Run result{process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
#ifdef _WIN32
        // A Windows console program's text ends its lines with CR LF.
        result.out.replace("\r\n", "\n");
        result.err.replace("\r\n", "\n");
#endif
        return result;
    }

private slots:
    void initTestCase() { LanguageSwitcher().setLanguage(QStringLiteral("en")); }

    void parsesWhatScriptsType_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("action");
        QTest::addColumn<QString>("pathId");
        QTest::addColumn<QString>("format");
        QTest::newRow("nothing opens the wizard") << QStringList{} << int(CommandLine::Action::Wizard) << QString()
                                                  << QStringLiteral("text");
        QTest::newRow("list paths as json")
            << QStringList{QStringLiteral("--list-paths"), QStringLiteral("--format"), QStringLiteral("json")}
            << int(CommandLine::Action::ListPaths) << QString() << QStringLiteral("json");
        QTest::newRow("option=value form")
            << QStringList{QStringLiteral("--list-tasks"), QStringLiteral("--path=sbs2003-upgrade")}
            << int(CommandLine::Action::ListTasks) << QStringLiteral("sbs2003-upgrade") << QStringLiteral("text");
        QTest::newRow("check with pdf")
            << QStringList{QStringLiteral("--check"), QStringLiteral("--path"), QStringLiteral("bo45-to-ws2003"),
                           QStringLiteral("--format"), QStringLiteral("pdf")}
            << int(CommandLine::Action::Check) << QStringLiteral("bo45-to-ws2003") << QStringLiteral("pdf");
    }
    void parsesWhatScriptsType()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, action);
        QFETCH(QString, pathId);
        QFETCH(QString, format);
        const CommandLine line = CommandLine::parse(arguments);
        QVERIFY2(line.error.isEmpty(), qPrintable(line.error));
        QCOMPARE(int(line.action), action);
        QCOMPARE(line.pathId, pathId);
        QCOMPARE(line.format, format);
    }

    void refusesWhatCannotBeUsed_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")}
                                        << QStringLiteral("unknown option --frobnicate");
        QTest::newRow("unknown language") << QStringList{QStringLiteral("--lang"), QStringLiteral("xx")}
                                          << QStringLiteral("unknown language xx; use one of: en, es");
        QTest::newRow("unknown path") << QStringList{QStringLiteral("--path"), QStringLiteral("nt4-to-2019")}
                                      << QStringLiteral("valid paths: sbs2000-to-sbs2003,");
        QTest::newRow("tasks without a path") << QStringList{QStringLiteral("--list-tasks")}
                                              << QStringLiteral("--list-tasks needs --path");
        QTest::newRow("missing value") << QStringList{QStringLiteral("--list-tasks"), QStringLiteral("--path")}
                                       << QStringLiteral("--path needs a value");
        QTest::newRow("pdf is for --check only")
            << QStringList{QStringLiteral("--list-paths"), QStringLiteral("--format"), QStringLiteral("pdf")}
            << QStringLiteral("unknown format pdf; use one of: text, json");
        QTest::newRow("bad time server") << QStringList{QStringLiteral("--ntp-server"), QStringLiteral("a:b:c")}
                                         << QStringLiteral("--ntp-server needs HOST or HOST:PORT, not a:b:c");
        QTest::newRow("bad port") << QStringList{QStringLiteral("--internet-host"), QStringLiteral("[::1]:70000")}
                                  << QStringLiteral("--internet-host needs HOST or HOST:PORT, not [::1]:70000");
        QTest::newRow("two actions") << QStringList{QStringLiteral("--list-paths"), QStringLiteral("--version")}
                                     << QStringLiteral("choose only one");
    }
    void refusesWhatCannotBeUsed()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const CommandLine line = CommandLine::parse(arguments);
        QVERIFY2(line.error.contains(expected), qPrintable(line.error));
    }

    void listsEveryPathAsJson()
    {
        const QJsonArray paths = QJsonDocument::fromJson(CatalogListing::paths(QStringLiteral("json"))).array();
        QStringList ids;
        for (const QJsonValue &value : paths) {
            const QJsonObject path = value.toObject();
            ids.append(path.value(QStringLiteral("id")).toString());
            for (const char *field : {"source", "target", "verdict"})
                QVERIFY2(!path.value(QLatin1String(field)).toString().isEmpty(), field);
            QVERIFY(!path.value(QStringLiteral("steps")).toArray().isEmpty());
            QVERIFY(path.value(QStringLiteral("notes")).isArray());
            QVERIFY(QStringList({QStringLiteral("supported"), QStringLiteral("staged"), QStringLiteral("migration"),
                                 QStringLiteral("unsupported")})
                        .contains(path.value(QStringLiteral("verdict")).toString()));
        }
        for (const char *id : {"sbs2000-to-sbs2003", "sbs2003-upgrade", "exchange2000-to-exchange2003",
                               "bo25-to-ws2003", "bo40-to-ws2003", "bo45-to-ws2003", "sbs40-to-ws2003",
                               "sbs45-to-ws2003", "sbs2003-to-essentials", "sbs2008-to-essentials",
                               "sbs2011-to-essentials", "ws2003-to-essentials"})
            QVERIFY2(ids.contains(QLatin1String(id)), id);
    }

    void listsThePathsTasksAsJsonWithStableIdsInEveryLanguage()
    {
        const QString path = QStringLiteral("sbs2003-to-essentials");
        LanguageSwitcher languages;
        QJsonArray english;
        QJsonArray spanish;
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        english = QJsonDocument::fromJson(CatalogListing::tasks(path, QStringLiteral("json"))).array();
        QVERIFY(languages.setLanguage(QStringLiteral("es")));
        spanish = QJsonDocument::fromJson(CatalogListing::tasks(path, QStringLiteral("json"))).array();
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        QCOMPARE(english.size(), int(Catalog::instance().tasksFor(path).size()));
        QCOMPARE(spanish.size(), english.size());
        for (qsizetype i = 0; i < english.size(); ++i) {
            const QJsonObject en = english.at(i).toObject();
            const QJsonObject es = spanish.at(i).toObject();
            for (const char *field : {"id", "category", "kind"})
                QCOMPARE(es.value(QLatin1String(field)), en.value(QLatin1String(field)));
            QVERIFY(en.value(QStringLiteral("cautions")).isArray());
            QVERIFY(!en.value(QStringLiteral("source")).toString().isEmpty());
            QVERIFY2(es.value(QStringLiteral("title")) != en.value(QStringLiteral("title")),
                     qPrintable(en.value(QStringLiteral("title")).toString()));
        }
    }

    void listsWorkWithoutADisplay()
    {
        const Run listed = run({QStringLiteral("--list-paths")});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY(listed.out.contains("sbs2000-to-sbs2003  [supported]"));
        QVERIFY2(listed.err.isEmpty(), listed.err.constData());
    }

    // The wizard, not only --check, takes the servers for the clock and Internet checks.
    void theServersAreForTheWizardToo()
    {
        const CommandLine line = CommandLine::parse({QStringLiteral("--ntp-server"), QStringLiteral("127.0.0.1:1234"),
                                                     QStringLiteral("--internet-host=[::1]:8443")});
        QVERIFY2(line.error.isEmpty(), qPrintable(line.error));
        QCOMPARE(int(line.action), int(CommandLine::Action::Wizard));
        QCOMPARE(line.probes.ntpHost, QStringLiteral("127.0.0.1"));
        QCOMPARE(line.probes.ntpPort, quint16(1234));
        QCOMPARE(line.probes.internetHost, QStringLiteral("::1"));
        QCOMPARE(line.probes.internetPort, quint16(8443));
        QVERIFY(line.probes.enabled);

        const CommandLine defaults = CommandLine::parse({QStringLiteral("--ntp-server"), QStringLiteral("time.example")});
        QCOMPARE(defaults.probes.ntpPort, quint16(123));
        QCOMPARE(defaults.probes.internetHost, ProbeSettings().internetHost);
    }

    void aMistypedOptionStopsTheWizardBeforeItNeedsADisplay()
    {
        const Run refused = run({QStringLiteral("--ntp-server"), QStringLiteral("a:b:c")});
        QCOMPARE(refused.exitCode, 3);
        QCOMPARE(refused.err, QByteArray("prepwizard: --ntp-server needs HOST or HOST:PORT, not a:b:c\n"));
    }

    void anUnknownPathExitsWithStatus3AndOneLine()
    {
        const Run refused = run({QStringLiteral("--list-tasks"), QStringLiteral("--path"), QStringLiteral("nt4")});
        QCOMPARE(refused.exitCode, 3);
        QVERIFY(refused.out.isEmpty());
        QCOMPARE(refused.err.count('\n'), 1);
        QVERIFY(refused.err.startsWith("prepwizard: unknown upgrade path nt4; valid paths: "));
    }

    void anUnknownLanguageExitsWithStatus3()
    {
        const Run refused = run({QStringLiteral("--lang"), QStringLiteral("xx"), QStringLiteral("--list-paths")});
        QCOMPARE(refused.exitCode, 3);
        QCOMPARE(refused.err.count('\n'), 1);
    }

    void versionAndHelp()
    {
        const Run version = run({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out, QByteArray("prepwizard " PREP_VERSION "\n"));
        const Run help = run({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("es")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.startsWith("Uso: prepwizard"));
    }
    // --verify REPORT.json: the fingerprint recomputed says whether the report was changed since
    // it was made (0), was changed (1), or cannot be read (3), in words.
    void verifySaysWhetherAReportWasChanged()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ChecklistModel model;
        sample::fill(&model);
        const QByteArray report = JsonReport::render(ReportData::from(model, sample::machine(), sample::generated()));
        const auto saved = [&dir](const QString &name, const QByteArray &bytes) {
            const QString path = dir.filePath(name);
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
                qFatal("cannot write %s", qPrintable(path));
            return path;
        };

        const QString unchanged = saved(QStringLiteral("unchanged.json"), report);
        Run result = run({QStringLiteral("--verify"), unchanged});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains("is unchanged since it was made"), result.out.constData());
        QVERIFY(result.out.contains(QJsonDocument::fromJson(report).object().value(QStringLiteral("fingerprint")).toString().toLatin1()));
        QVERIFY(result.err.isEmpty());

        // Indented another way by a tool: the same report.
        const QString reindented =
            saved(QStringLiteral("compact.json"), QJsonDocument::fromJson(report).toJson(QJsonDocument::Compact));
        QCOMPARE(run({QStringLiteral("--verify"), reindented}).exitCode, 0);

        // "Must fix" turned into "Passed" after the report was made.
        QJsonObject object = QJsonDocument::fromJson(report).object();
        QJsonArray items = object.value(QStringLiteral("items")).toArray();
        bool edited = false;
        for (qsizetype i = 0; i < items.size() && !edited; ++i) {
            QJsonObject item = items.at(i).toObject();
            if (item.value(QStringLiteral("status")).toString() == QLatin1String("blocker")) {
                item.insert(QStringLiteral("status"), QStringLiteral("passed"));
                items.replace(i, item);
                edited = true;
            }
        }
        QVERIFY(edited);
        object.insert(QStringLiteral("items"), items);
        const QString changed = saved(QStringLiteral("changed.json"), QJsonDocument(object).toJson());
        result = run({QStringLiteral("--verify"), changed});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.out.contains("was changed after it was made"), result.out.constData());

        // A Spanish message in Spanish.
        result = run({QStringLiteral("--verify"), changed, QStringLiteral("--lang"), QStringLiteral("es")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.out.contains("se modificó después de generarse"), result.out.constData());

        // Unreadable: no file, not JSON, no fingerprint; one line on stderr.
        object.remove(QStringLiteral("fingerprint"));
        for (const QString &path : {dir.filePath(QStringLiteral("missing.json")),
                                    saved(QStringLiteral("not-json.json"), "checklist"),
                                    saved(QStringLiteral("no-fingerprint.json"), QJsonDocument(object).toJson()),
                                    dir.path()}) {
            result = run({QStringLiteral("--verify"), path});
            QCOMPARE(result.exitCode, 3);
            QVERIFY(result.out.isEmpty());
            QVERIFY2(result.err.startsWith("prepwizard: ") && result.err.count('\n') == 1, result.err.constData());
        }
    }
};

QTEST_MAIN(TestCommandLine)
#include "tst_commandline.moc"
