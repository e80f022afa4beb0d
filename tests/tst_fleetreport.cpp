// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// Many servers in one report (docs/multi-server.md): prepwizard --check with several --facts, or
// --facts FOLDER, writes a summary table and a section per server, every row naming its host; a
// damaged snapshot is a row with its reason and the others still go in; the exit status is the
// worst of them, 3 only when none could be read.

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "ProgramRun.h"
#include "catalog/TaskIds.h"

#include <sys/stat.h>

namespace {

using programrun::Run;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

} // namespace

class FleetReportTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_internetHost;
    QString m_first;   // SRV-SBS
    QString m_second;  // SRV-NEW, with a full system volume
    QString m_damaged;

    Run check(const QStringList &arguments)
    {
        return programrun::run(QStringLiteral(PREPWIZARD_PATH),
                               QStringList{QStringLiteral("--check"), QStringLiteral("--path"),
                                           QStringLiteral("sbs2003-to-essentials"), QStringLiteral("--internet-host"),
                                           m_internetHost, QStringLiteral("--ntp-server"), QStringLiteral("127.0.0.1:9")}
                                   + arguments);
    }

    static QString pdfText(const QString &file)
    {
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), file, QStringLiteral("-")});
        if (!pdftotext.waitForFinished(60000))
            return {};
        return QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        m_internetHost = QStringLiteral("127.0.0.1:%1").arg(closed.serverPort());
        const QByteArray original = readAll(QStringLiteral(PREP_FIXTURES "/snapshots/sbs2003-server.json"));
        QVERIFY(!original.isEmpty());
        m_first = m_dir.filePath(QStringLiteral("a-sbs.json"));
        QVERIFY(writeAll(m_first, original));
        // A second server: another name, and 1 GiB of memory.
        QJsonObject other = QJsonDocument::fromJson(original).object();
        other.insert(QStringLiteral("hostName"), QStringLiteral("SRV-NEW"));
        QJsonObject memory = other.value(QStringLiteral("memory")).toObject();
        memory.insert(QStringLiteral("totalBytes"), 1073741824.0);
        other.insert(QStringLiteral("memory"), memory);
        m_second = m_dir.filePath(QStringLiteral("c-new.json"));
        QVERIFY(writeAll(m_second, QJsonDocument(other).toJson()));
        m_damaged = m_dir.filePath(QStringLiteral("b-damaged.json"));
        QVERIFY(writeAll(m_damaged, "{\"schema\": \"prepwizard.facts/1\", \"hostName\": "));
    }

    void oneJsonReportForSeveralServersWithADamagedOne()
    {
        const Run single = check({QStringLiteral("--facts"), m_first, QStringLiteral("--format"), QStringLiteral("json")});
        const Run other = check({QStringLiteral("--facts"), m_second, QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY(single.exitCode >= 0 && single.exitCode < 3);
        QVERIFY(other.exitCode >= 0 && other.exitCode < 3);

        const Run run = check({QStringLiteral("--facts"), m_first, QStringLiteral("--facts"), m_damaged, QStringLiteral("--facts"),
                               m_second, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(run.err, QString());
        QCOMPARE(run.exitCode, std::max({single.exitCode, other.exitCode, 1}));
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(report.value(QStringLiteral("schema")).toString(), QStringLiteral("prepwizard.fleet-report/1"));
        const QJsonObject summary = report.value(QStringLiteral("summary")).toObject();
        QCOMPARE(summary.value(QStringLiteral("servers")).toInt(), 3);
        QCOMPARE(summary.value(QStringLiteral("read")).toInt(), 2);
        QCOMPARE(summary.value(QStringLiteral("unread")).toInt(), 1);
        QCOMPARE(summary.value(QStringLiteral("exitStatus")).toInt(), run.exitCode);
        const QJsonArray servers = report.value(QStringLiteral("servers")).toArray();
        QCOMPARE(servers.size(), 3);
        // In the order given.
        QCOMPARE(servers.at(0).toObject().value(QStringLiteral("hostName")).toString(), QStringLiteral("SRV-SBS"));
        QCOMPARE(servers.at(2).toObject().value(QStringLiteral("hostName")).toString(), QStringLiteral("SRV-NEW"));
        const QJsonObject damaged = servers.at(1).toObject();
        QCOMPARE(damaged.value(QStringLiteral("read")).toBool(), false);
        QCOMPARE(damaged.value(QStringLiteral("exitStatus")).toInt(), 3);
        QCOMPARE(damaged.value(QStringLiteral("file")).toString(), QDir::toNativeSeparators(m_damaged));
        QVERIFY2(damaged.value(QStringLiteral("reason")).toString().contains(QStringLiteral("is not a server snapshot")),
                 qPrintable(damaged.value(QStringLiteral("reason")).toString()));
        // Each server as --check alone says it; every row names its host.
        QCOMPARE(servers.at(0).toObject().value(QStringLiteral("exitStatus")).toInt(), single.exitCode);
        QCOMPARE(servers.at(2).toObject().value(QStringLiteral("exitStatus")).toInt(), other.exitCode);
        for (const int index : {0, 2}) {
            const QJsonObject server = servers.at(index).toObject();
            QVERIFY(server.value(QStringLiteral("snapshotTakenAt")).toString().startsWith(QStringLiteral("2025-11-21T")));
            const QJsonArray items = server.value(QStringLiteral("report")).toObject().value(QStringLiteral("items")).toArray();
            QVERIFY(items.size() > 10);
            for (const QJsonValue &item : items)
                QCOMPARE(item.toObject().value(QStringLiteral("host")).toString(), server.value(QStringLiteral("hostName")).toString());
        }
        // The small memory of the second server is in its own finding, not in the first's.
        const auto requirements = [&](int index) {
            for (const QJsonValue &item : servers.at(index).toObject().value(QStringLiteral("report")).toObject().value(QStringLiteral("items")).toArray())
                if (item.toObject().value(QStringLiteral("id")).toString() == QString(prep::taskid::hw::requirements))
                    return QJsonDocument(item.toObject().value(QStringLiteral("evidence")).toArray()).toJson();
            return QByteArray();
        };
        QVERIFY(!requirements(0).isEmpty());
        QVERIFY2(requirements(0) != requirements(2), requirements(0).constData());
        QVERIFY2(requirements(2).contains("Memory: 1.0 GB."),
                 requirements(2).constData());
    }

    // The report about several servers carries a fingerprint too, and --verify checks it.
    void theFleetReportHasAFingerprintThatVerifies()
    {
        const Run run = check({QStringLiteral("--facts"), m_first, QStringLiteral("--facts"), m_second,
                               QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--lang"),
                               QStringLiteral("en")});
        QVERIFY(run.exitCode >= 0 && run.exitCode < 3);
        QJsonObject report = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(report.value(QStringLiteral("fingerprint")).toString().size(), 64);
        const auto verify = [&](const QByteArray &bytes) {
            const QString file = m_dir.filePath(QStringLiteral("fleet.json"));
            QFile out(file);
            if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
                return -1;
            out.close();
            QProcess process;
            process.start(QStringLiteral(PREPWIZARD_PATH), {QStringLiteral("--verify"), file});
            return process.waitForFinished(60000) ? process.exitCode() : -1;
        };
        QCOMPARE(verify(run.out), 0);
        report.insert(QStringLiteral("path"), QStringLiteral("another path"));
        QCOMPARE(verify(QJsonDocument(report).toJson()), 1);
    }

    void onePdfReportForSeveralServers()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QFAIL("pdftotext (poppler-utils) is needed: installer/dependencies.sh installs it for the tests");
        const QString output = m_dir.filePath(QStringLiteral("servers.pdf"));
        const Run run = check({QStringLiteral("--facts"), m_first, QStringLiteral("--facts"), m_damaged, QStringLiteral("--facts"), m_second,
                               QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--output"), output,
                               QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(run.err, QString());
        QVERIFY(run.exitCode == 1 || run.exitCode == 2);
        QVERIFY(readAll(output).startsWith("%PDF-"));
        const QString text = pdfText(output);
        QVERIFY2(text.contains(QStringLiteral("Preparation report for several servers")), qPrintable(text.left(600)));
        QVERIFY2(text.contains(QStringLiteral("3 servers")), qPrintable(text.left(600)));
        QVERIFY2(text.contains(QStringLiteral("Could not be read")), qPrintable(text.left(1200)));
        QVERIFY(text.contains(QStringLiteral("Server SRV-SBS")));
        QVERIFY(text.contains(QStringLiteral("Server SRV-NEW")));
        QVERIFY2(text.contains(QStringLiteral("SRV-NEW · ")), qPrintable(text.left(2000)));
        QVERIFY(text.contains(QStringLiteral("b-damaged.json")));
        // Each server from a new page, the pages numbered as one document.
        QProcess raw;
        raw.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), output, QStringLiteral("-")});
        QVERIFY(raw.waitForFinished(60000));
        const QStringList pages = QString::fromUtf8(raw.readAllStandardOutput()).split(u'\f', Qt::SkipEmptyParts);
        QVERIFY(pages.size() > 3);
        QStringList starts;
        for (qsizetype i = 0; i < pages.size(); ++i) {
            const QStringList lines = pages.at(i).split(u'\n');
            QVERIFY2(lines.size() > 3 && lines.at(1).endsWith(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages.size())),
                     qPrintable(lines.value(1)));
            // The footer's second line: the fingerprint of the whole report's JSON form.
            QVERIFY2(lines.at(2).startsWith(QStringLiteral("Fingerprint (SHA-256): ")), qPrintable(lines.at(2)));
            if (lines.at(3).startsWith(QStringLiteral("Server ")) || lines.at(3).startsWith(QStringLiteral("Snapshot ")))
                starts.append(lines.at(3));
        }
        // (The damaged one's long path wraps, and pdftotext writes "fl" as a ligature.)
        QCOMPARE(starts.size(), 3);
        QCOMPARE(starts.at(0), QStringLiteral("Server SRV-SBS"));
        QVERIFY2(starts.at(1).startsWith(QStringLiteral("Snapshot /")), qPrintable(starts.at(1)));
        QCOMPARE(starts.at(2), QStringLiteral("Server SRV-NEW"));
        QVERIFY2(pages.first().contains(QStringLiteral("Preparation report for several servers")), qPrintable(pages.first()));
    }

    void theSpanishPdfSaysItInSpanish()
    {
        const QString output = m_dir.filePath(QStringLiteral("servidores.pdf"));
        const Run run = check({QStringLiteral("--facts"), m_first, QStringLiteral("--facts"), m_damaged, QStringLiteral("--format"),
                               QStringLiteral("pdf"), QStringLiteral("--output"), output, QStringLiteral("--lang"), QStringLiteral("es")});
        QCOMPARE(run.err, QString());
        const QString text = pdfText(output);
        QVERIFY2(text.contains(QStringLiteral("Informe de preparación de varios servidores")), qPrintable(text.left(600)));
        QVERIFY2(text.contains(QStringLiteral("No se pudo leer")), qPrintable(text.left(1200)));
        QVERIFY(text.contains(QStringLiteral("Servidor SRV-SBS")));
    }

    void everyFormatHasTheTableAndTheHosts_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("table");
        QTest::newRow("text") << QStringLiteral("text") << QStringLiteral("Server");
        QTest::newRow("markdown") << QStringLiteral("markdown") << QStringLiteral("| Server | Verdict | Counts | Snapshot taken | File |");
        QTest::newRow("html") << QStringLiteral("html") << QStringLiteral("<th>Server</th><th>Verdict</th>");
    }
    void everyFormatHasTheTableAndTheHosts()
    {
        QFETCH(QString, format);
        QFETCH(QString, table);
        const Run run = check({QStringLiteral("--facts"), m_first, QStringLiteral("--facts"), m_damaged, QStringLiteral("--facts"), m_second,
                               QStringLiteral("--format"), format, QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(run.err, QString());
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(out.contains(table), qPrintable(out.left(1500)));
        QVERIFY(out.contains(QStringLiteral("Preparation report for several servers")));
        QVERIFY(out.contains(QStringLiteral("Could not be read")));
        // Every task line of each server's section names its host.
        QVERIFY2(out.count(QStringLiteral("SRV-SBS · ")) > 10, qPrintable(out.left(3000)));
        QCOMPARE(out.count(QStringLiteral("SRV-SBS · ")), out.count(QStringLiteral("SRV-NEW · ")));
        if (format == QLatin1String("html"))
            QVERIFY(out.startsWith(QStringLiteral("<!DOCTYPE html>")));
    }

    void aFolderGivesEverySnapshotInItByName()
    {
        const QString folder = m_dir.filePath(QStringLiteral("site"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::copy(m_second, folder + QStringLiteral("/20-new.json")));
        QVERIFY(QFile::copy(m_first, folder + QStringLiteral("/10-sbs.json")));
        QVERIFY(QFile::copy(m_damaged, folder + QStringLiteral("/15-damaged.json")));
        QVERIFY(QFile::link(m_first, folder + QStringLiteral("/30-link.json")));
        QCOMPARE(::mkfifo(QFile::encodeName(folder + QStringLiteral("/40-pipe.json")).constData(), 0600), 0);
        QVERIFY(writeAll(folder + QStringLiteral("/notes.txt"), "not a snapshot"));
        QVERIFY(QDir().mkpath(folder + QStringLiteral("/old.json")));
        const Run run = check({QStringLiteral("--facts"), folder + u'/', QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.err, QString());
        QVERIFY(run.exitCode == 1 || run.exitCode == 2);
        const QJsonArray servers = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("servers")).toArray();
        QStringList files;
        for (const QJsonValue &server : servers)
            files.append(QFileInfo(server.toObject().value(QStringLiteral("file")).toString()).fileName());
        QCOMPARE(files, (QStringList{QStringLiteral("10-sbs.json"), QStringLiteral("15-damaged.json"), QStringLiteral("20-new.json"),
                                     QStringLiteral("30-link.json"), QStringLiteral("40-pipe.json")}));
        QCOMPARE(servers.at(0).toObject().value(QStringLiteral("read")).toBool(), true);
        QCOMPARE(servers.at(2).toObject().value(QStringLiteral("read")).toBool(), true);
        QCOMPARE(servers.at(1).toObject().value(QStringLiteral("read")).toBool(), false);
        QVERIFY2(servers.at(3).toObject().value(QStringLiteral("reason")).toString().contains(QStringLiteral("symbolic link")),
                 qPrintable(servers.at(3).toObject().value(QStringLiteral("reason")).toString()));
        QVERIFY2(servers.at(4).toObject().value(QStringLiteral("reason")).toString().contains(QStringLiteral("not an ordinary file")),
                 qPrintable(servers.at(4).toObject().value(QStringLiteral("reason")).toString()));
    }

    void noneReadableIsThree()
    {
        const QString folder = m_dir.filePath(QStringLiteral("broken"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::copy(m_damaged, folder + QStringLiteral("/a.json")));
        QVERIFY(QFile::copy(m_damaged, folder + QStringLiteral("/b.json")));
        const Run run = check({QStringLiteral("--facts"), folder, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(run.err, QStringLiteral("prepwizard: none of the 2 snapshots could be read\n"));
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("summary")).toObject().value(QStringLiteral("read")).toInt(), 0);
        // An empty folder holds none either.
        const QString empty = m_dir.filePath(QStringLiteral("empty"));
        QVERIFY(QDir().mkpath(empty));
        QCOMPARE(check({QStringLiteral("--facts"), empty}).exitCode, 3);
    }

    void aHostileHostNameIsEscapedEverywhere()
    {
        QJsonObject hostile = QJsonDocument::fromJson(readAll(m_first)).object();
        hostile.insert(QStringLiteral("hostName"), QStringLiteral("<img src=x onerror=alert(1)>|*x*\u001b[31m"));
        const QString file = m_dir.filePath(QStringLiteral("hostile.json"));
        QVERIFY(writeAll(file, QJsonDocument(hostile).toJson()));
        const QStringList both{QStringLiteral("--facts"), m_first, QStringLiteral("--facts"), file, QStringLiteral("--lang"), QStringLiteral("en")};
        const QString html = QString::fromUtf8(check(both + QStringList{QStringLiteral("--format"), QStringLiteral("html")}).out);
        QVERIFY(html.contains(QStringLiteral("&lt;img src=x onerror=alert(1)&gt;")));
        QVERIFY(!html.contains(QStringLiteral("<img")));
        const QByteArray text = check(both + QStringList{QStringLiteral("--format"), QStringLiteral("text")}).out;
        QVERIFY(!text.contains('\x1b'));
        const QString markdown = QString::fromUtf8(check(both + QStringList{QStringLiteral("--format"), QStringLiteral("markdown")}).out);
        // Markdown: every special character escaped, so the table row keeps its six bars.
        QVERIFY(!markdown.contains(QRegularExpression(QStringLiteral("(?<!\\\\)<img"))));
        bool row = false;
        for (const QString &line : markdown.split(u'\n')) {
            if (line.startsWith(QStringLiteral("| \\<img"))) {
                row = true;
                QCOMPARE(line.count(QRegularExpression(QStringLiteral("(?<!\\\\)\\|"))), 6);
            }
        }
        QVERIFY(row);
    }

    void severalSnapshotsRefuseASessionFile()
    {
        const Run run = check({QStringLiteral("--facts"), m_first, QStringLiteral("--facts"), m_second, QStringLiteral("--session"),
                               m_dir.filePath(QStringLiteral("session.json")), QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QStringLiteral("--session belongs to one server")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(FleetReportTest)
#include "tst_fleetreport.moc"
