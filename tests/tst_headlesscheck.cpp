// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// `prepwizard --check` as a script runs it: the real program, no display and no QT_QPA_PLATFORM,
// every exit status produced by a real case, the report in each format, and a one-line reason on
// stderr when it cannot run. No probe leaves this computer: the network probes are pointed at
// servers on 127.0.0.1.

#include "DestinationSnapshot.h"
#include "ProgramRun.h"
#include "catalog/Catalog.h"
#include "catalog/TaskIds.h"
#include "checklist/Session.h"

#include <QDir>
#include <QFileInfo>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkDatagram>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QUdpSocket>
#include <QtEndian>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace prep;

namespace {
using programrun::Run;

QJsonObject itemById(const QJsonObject &report, const QString &id)
{
    for (const QJsonValue &item : report.value(QStringLiteral("items")).toArray()) {
        if (item.toObject().value(QStringLiteral("id")).toString() == id)
            return item.toObject();
    }
    return {};
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// An SNTP server on 127.0.0.1 whose clock is an hour ahead of this computer's.
class FastClockServer : public QObject
{
public:
    FastClockServer()
    {
        m_socket.bind(QHostAddress::LocalHost, 0);
        connect(&m_socket, &QUdpSocket::readyRead, this, &FastClockServer::answer);
    }
    quint16 port() const { return m_socket.localPort(); }

private:
    void answer()
    {
        while (m_socket.hasPendingDatagrams()) {
            const QNetworkDatagram request = m_socket.receiveDatagram();
            const QByteArray asked = request.data();
            if (asked.size() < 48)
                continue;
            QByteArray reply(48, '\0');
            reply[0] = char(0x24); // no leap warning, version 4, server mode
            reply[1] = char(2);    // stratum 2
            const quint64 ahead = quint64(QDateTime::currentSecsSinceEpoch() + 3600 + 2208988800LL) << 32;
            qToBigEndian(qFromBigEndian<quint64>(asked.constData() + 40), reply.data() + 24); // originate
            qToBigEndian(ahead, reply.data() + 32);                                           // receive
            qToBigEndian(ahead, reply.data() + 40);                                           // transmit
            m_socket.writeDatagram(request.makeReply(reply));
        }
    }
    QUdpSocket m_socket;
};
} // namespace

class HeadlessCheckTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readyWhenEveryTaskIsConfirmed();
    void tasksStillToDoGiveOne();
    void anUnsupportedPathIsNeverReady_data();
    void anUnsupportedPathIsNeverReady();
    void aLaterStagesCheckWaitsForThatStage_data();
    void aLaterStagesCheckWaitsForThatStage();
    void blockerFromSnapshotGivesTwo();
    void verboseSaysWhichCheckRanHowLongAndHowItEnded();
    void clockAnHourOffGivesTwo();
    void couldNotRunGivesThreeWithOneLine_data();
    void couldNotRunGivesThreeWithOneLine();
    void damagedSessionFileIsLeftWhereItIs();
    void unwritableOutputLeavesNoFile();
    void pdfReportInSpanish();
    void pdfReadsBackLetterByLetter();
    void theDestinationsSnapshotDecidesItsRequirements_data();
    void theDestinationsSnapshotDecidesItsRequirements();
    void operatorsWordsAreEscapedInTheWebPage();
    void namedPipesAsInputAreRefusedWithoutWaiting_data();
    void namedPipesAsInputAreRefusedWithoutWaiting();
    void aNamedPipeAsOutputGetsTheReportAndStaysAPipe();
    void aDeviceAsOutputIsWrittenNotReplaced();
    void aFolderNobodyMayWriteInFailsWithTheReason();
    void aFullDiskFailsWithTheReasonAndLeavesNothing_data();
    void aFullDiskFailsWithTheReasonAndLeavesNothing();
    void noNetworkAtAllLeavesTheClockUnknownWithTheReason();
    void aSnapshotsFindingsAreAsOldAsTheSnapshot_data();
    void aSnapshotsFindingsAreAsOldAsTheSnapshot();
    void aSnapshotOfAnotherServerThanThePathIsSaid();
    void aForgedAcceptanceCannotPassAMeasuredMustFix();

private:
    Run check(const QStringList &arguments);
    QString writeSession(const QString &name, const Session &session);
    QString lowDiskSnapshot();

    QTemporaryDir m_dir;
    // A closed port on this computer: the reachability probe never leaves it.
    QString m_internetHost;
};

void HeadlessCheckTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QTcpServer closed; // a free port, then let go: nothing listens on it
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    m_internetHost = QStringLiteral("127.0.0.1:%1").arg(closed.serverPort());
}

Run HeadlessCheckTest::check(const QStringList &arguments)
{
    return programrun::run(QStringLiteral(PREPWIZARD_PATH), QStringList{QStringLiteral("--check")} + arguments);
}

QString HeadlessCheckTest::writeSession(const QString &name, const Session &session)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(QJsonDocument(session.toJson()).toJson());
    return path;
}

// The server of tests/fixtures/snapshots, with 100 MB left on its system volume.
// The SBS 2003 fixture made a Small Business Server 2000 (Windows 2000, Exchange 2000), the server
// the "sbs2000-to-sbs2003" path starts from, with 100 MiB free on its system drive.
QString HeadlessCheckTest::lowDiskSnapshot()
{
    QJsonObject facts =
        QJsonDocument::fromJson(readAll(QStringLiteral(PREP_FIXTURES "/snapshots/sbs2003-server.json"))).object();
    QJsonObject os = facts.value(QStringLiteral("os")).toObject();
    os.insert(QStringLiteral("name"), QStringLiteral("Microsoft Windows 2000 Server"));
    os.insert(QStringLiteral("version"), QStringLiteral("5.0.2195 Service Pack 4"));
    os.insert(QStringLiteral("kernel"), QStringLiteral("5.0.2195"));
    facts.insert(QStringLiteral("os"), os);
    QJsonObject exchange = facts.value(QStringLiteral("exchange")).toObject();
    exchange.insert(QStringLiteral("version"), QStringLiteral("6.0.6249.0"));
    facts.insert(QStringLiteral("exchange"), exchange);
    QJsonArray volumes = facts.value(QStringLiteral("volumes")).toArray();
    QJsonObject system = volumes.at(0).toObject();
    system.insert(QStringLiteral("freeBytes"), 100 * 1024 * 1024);
    volumes.replace(0, system);
    facts.insert(QStringLiteral("volumes"), volumes);
    const QString path = m_dir.filePath(QStringLiteral("low-disk.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(QJsonDocument(facts).toJson());
    return path;
}

void HeadlessCheckTest::readyWhenEveryTaskIsConfirmed()
{
    // BackOffice 2.5 → Windows Server 2003 has no automatic task: the operator's word settles it.
    // The path goes through BackOffice Server 4.5 (seed 003), so 4.5's three issues are its tasks too.
    Session session;
    session.pathId = QStringLiteral("bo25-to-ws2003");
    session.operatorName = QStringLiteral("Luis");
    session.serverName = QStringLiteral("BO-SERVER");
    for (const char *id : {taskid::pre::pathCheck, taskid::pre::readGuide, taskid::pre::international,
                           taskid::app::bo45SiteServer, taskid::app::bo45WebAdmin, taskid::app::faxService}) {
        ItemState state;
        state.confirmedAt = QDateTime(QDate(2025, 3, 12), QTime(9, 30), QTimeZone::utc());
        state.note = QStringLiteral("checked");
        session.items.insert(QLatin1String(id), state);
    }
    const QString sessionFile = writeSession(QStringLiteral("ready.json"), session);
    const QString output = m_dir.filePath(QStringLiteral("ready-report.json"));

    const Run run = check({QStringLiteral("--session"), sessionFile, QStringLiteral("--format"), QStringLiteral("json"),
                           QStringLiteral("--output"), output});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.isEmpty());
    const QJsonObject report = QJsonDocument::fromJson(readAll(output)).object();
    QCOMPARE(report.value(QStringLiteral("schema")).toString(), QStringLiteral("prepwizard.report/1"));
    QCOMPARE(report.value(QStringLiteral("summary")).toObject().value(QStringLiteral("readiness")).toString(),
             QStringLiteral("ready"));
    QCOMPARE(report.value(QStringLiteral("operator")).toString(), QStringLiteral("Luis"));
    QCOMPARE(report.value(QStringLiteral("machine")).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("BO-SERVER"));
    const QJsonObject confirmed = itemById(report, QString(taskid::pre::readGuide));
    QCOMPARE(confirmed.value(QStringLiteral("status")).toString(), QStringLiteral("confirmed"));
    QCOMPARE(confirmed.value(QStringLiteral("note")).toString(), QStringLiteral("checked"));
    QCOMPARE(QDateTime::fromString(confirmed.value(QStringLiteral("confirmedAt")).toString(), Qt::ISODate),
             QDateTime(QDate(2025, 3, 12), QTime(9, 30), QTimeZone::utc()));
}

void HeadlessCheckTest::tasksStillToDoGiveOne()
{
    const Run run = check({QStringLiteral("--path"), QStringLiteral("sbs2000-to-sbs2003"), QStringLiteral("--lang"),
                           QStringLiteral("en"), QStringLiteral("--internet-host"), m_internetHost});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 1);
    const QString text = QString::fromUtf8(run.out);
    QVERIFY2(text.startsWith(QStringLiteral("Server upgrade preparation checklist\n")), qPrintable(text.left(200)));
    QVERIFY(text.contains(QStringLiteral("Verdict: Not ready yet")));
    QVERIFY(text.contains(QStringLiteral("☐ [To do] Open the detailed guide for your upgrade path")));
    // The probes ran on this computer and reported within their limits.
    QVERIFY(!text.contains(QStringLiteral("[Checking…]")));
    QVERIFY(text.contains(QStringLiteral("Make sure the hard disk has the free space that Setup needs")));
}

void HeadlessCheckTest::anUnsupportedPathIsNeverReady_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QString>("reason");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Verdict: Not ready")
                        << QStringLiteral("The documents say this upgrade is not supported: A direct upgrade of "
                                          "Small Business Server 4.0 and Small Business Server 4.5 to Windows Server "
                                          "2003 is not supported.");
    QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("No está listo")
                        << QStringLiteral("Los documentos indican que esta actualización no se admite: No se admite "
                                          "la actualización directa de Small Business Server 4.0 y Small Business "
                                          "Server 4.5 a Windows Server 2003.");
}

// Seed 003: "A direct upgrade of Small Business Server 4.0 and Small Business Server 4.5 to Windows
// Server 2003 is not supported." Every task answered, the check still exits 2 with the reason.
void HeadlessCheckTest::anUnsupportedPathIsNeverReady()
{
    QFETCH(QString, language);
    QFETCH(QString, verdict);
    QFETCH(QString, reason);
    Session session;
    session.pathId = QStringLiteral("sbs40-to-ws2003");
    for (const Task *task : Catalog::instance().tasksFor(session.pathId)) {
        QCOMPARE(task->kind == TaskKind::Automatic, false); // nothing for the probes of this computer to decide
        ItemState state;
        state.confirmedAt = QDateTime::currentDateTimeUtc();
        state.note = QStringLiteral("checked");
        session.items.insert(QLatin1String(task->id), state);
    }
    const QString sessionFile = writeSession(QStringLiteral("unsupported.json"), session);
    const Run run = check({QStringLiteral("--session"), sessionFile, QStringLiteral("--lang"), language});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 2);
    const QString text = QString::fromUtf8(run.out);
    QVERIFY2(text.contains(verdict + u'\n'), qPrintable(text.left(600)));
    QVERIFY2(text.contains(reason), qPrintable(text.left(1200)));

    const Run json = check({QStringLiteral("--session"), sessionFile, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(json.exitCode, 2);
    const QJsonObject summary = QJsonDocument::fromJson(json.out).object().value(QStringLiteral("summary")).toObject();
    QCOMPARE(summary.value(QStringLiteral("readiness")).toString(), QStringLiteral("not-ready"));
}

void HeadlessCheckTest::aLaterStagesCheckWaitsForThatStage_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("waits");
    QTest::newRow("BackOffice 2.5, before its 4.5 stage") << QStringLiteral("bo25-to-ws2003") << true;
    QTest::newRow("BackOffice 4.0, before its 4.5 stage") << QStringLiteral("bo40-to-ws2003") << true;
    QTest::newRow("BackOffice 4.5 itself") << QStringLiteral("bo45-to-ws2003") << false;
}

// Seed 003 line 30: Site Server comes with BackOffice Server 4.5. On a path through 4.5, the
// server's facts are of the server before that stage: its Site Server and Fax Service checks
// wait ("Check this again after the BackOffice Server 4.5 stage") and never suggest that the
// task does not apply; on BackOffice Server 4.5 itself they read the facts.
void HeadlessCheckTest::aLaterStagesCheckWaitsForThatStage()
{
    QFETCH(QString, path);
    QFETCH(bool, waits);
    const Run run = check({QStringLiteral("--path"), path, QStringLiteral("--facts"),
                           QStringLiteral(PREP_FIXTURES "/snapshots/sbs2003-server.json"), QStringLiteral("--format"),
                           QStringLiteral("json"), QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY2(run.exitCode == 1, qPrintable(run.err));
    const QJsonObject report = QJsonDocument::fromJson(run.out).object();
    for (const char *id : {taskid::app::bo45SiteServer, taskid::app::faxService}) {
        const QJsonObject item = itemById(report, QLatin1String(id));
        QCOMPARE(item.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
        const QString evidence = QString::fromUtf8(QJsonDocument(item.value(QStringLiteral("evidence")).toArray()).toJson());
        QCOMPARE(evidence.contains(QStringLiteral("Check this again after the BackOffice Server 4.5 stage")), waits);
        QCOMPARE(evidence.contains(QStringLiteral("does not apply")), !waits);
    }
}

void HeadlessCheckTest::blockerFromSnapshotGivesTwo()
{
    const Run run = check({QStringLiteral("--path"), QStringLiteral("sbs2000-to-sbs2003"), QStringLiteral("--facts"),
                           lowDiskSnapshot(), QStringLiteral("--format"), QStringLiteral("json"),
                           QStringLiteral("--lang"), QStringLiteral("es")});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 2);
    const QJsonObject report = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(report.value(QStringLiteral("language")).toString(), QStringLiteral("es"));
    QCOMPARE(report.value(QStringLiteral("summary")).toObject().value(QStringLiteral("readiness")).toString(),
             QStringLiteral("not-ready"));
    QCOMPARE(report.value(QStringLiteral("summary")).toObject().value(QStringLiteral("exitStatus")).toInt(), 2);
    const QJsonObject machine = report.value(QStringLiteral("machine")).toObject();
    QCOMPARE(machine.value(QStringLiteral("source")).toString(), QStringLiteral("snapshot"));
    QCOMPARE(machine.value(QStringLiteral("hostName")).toString(), QStringLiteral("SRV-SBS"));
    QCOMPARE(QDateTime::fromString(machine.value(QStringLiteral("snapshotTakenAt")).toString(), Qt::ISODate),
             QDateTime(QDate(2025, 11, 21), QTime(9, 30), QTimeZone::utc()));
    const QJsonObject disk = itemById(report, QString(taskid::hw::freeDisk));
    QCOMPARE(disk.value(QStringLiteral("status")).toString(), QStringLiteral("blocker"));
    QVERIFY(!disk.value(QStringLiteral("evidence")).toArray().isEmpty());
    QVERIFY(!disk.value(QStringLiteral("measured")).toString().isEmpty());
}

// --verbose (or QT_LOGGING_RULES="prep.*=true"): each check with its ending and time, each file
// written; without it, nothing on standard error.
void HeadlessCheckTest::verboseSaysWhichCheckRanHowLongAndHowItEnded()
{
    const QString output = m_dir.filePath(QStringLiteral("verbose-report.json"));
    const QStringList arguments{QStringLiteral("--path"), QStringLiteral("sbs2000-to-sbs2003"), QStringLiteral("--facts"),
                                lowDiskSnapshot(), QStringLiteral("--format"), QStringLiteral("json"),
                                QStringLiteral("--output"), output};
    const Run quiet = check(arguments);
    QCOMPARE(quiet.exitCode, 2);
    QCOMPARE(quiet.err, QString());

    const Run verbose = check(arguments + QStringList{QStringLiteral("--verbose")});
    QCOMPARE(verbose.exitCode, 2);
    const QString freeDisk = QString(taskid::hw::freeDisk);
    QVERIFY2(verbose.err.contains(QStringLiteral("prep.probes: %1: started on a snapshot").arg(freeDisk)), qPrintable(verbose.err));
    const QRegularExpression ended(QStringLiteral("prep\\.probes: %1: blocker in \\d+ ms").arg(QRegularExpression::escape(freeDisk)));
    QVERIFY2(ended.match(verbose.err).hasMatch(), qPrintable(verbose.err));
    QVERIFY2(verbose.err.contains(QStringLiteral("prep.files: wrote %1: ").arg(QDir::toNativeSeparators(output))), qPrintable(verbose.err));
    // One line per message: no line of it is empty or carries a control character.
    for (const QString &line : verbose.err.split(u'\n', Qt::SkipEmptyParts)) {
        QVERIFY2(line.startsWith(QLatin1String("prep.")), qPrintable(line));
        QVERIFY2(std::none_of(line.begin(), line.end(), [](QChar c) { return c.unicode() < 0x20; }), qPrintable(line));
    }

    // Qt's own switch does the same, one category at a time.
    qputenv("QT_LOGGING_RULES", "prep.files=true");
    const Run files = check(arguments);
    qunsetenv("QT_LOGGING_RULES");
    QVERIFY2(files.err.contains(QStringLiteral("prep.files: wrote")), qPrintable(files.err));
    QVERIFY2(!files.err.contains(QStringLiteral("prep.probes")), qPrintable(files.err));
}

void HeadlessCheckTest::clockAnHourOffGivesTwo()
{
    FastClockServer ntp;
    QVERIFY(ntp.port() != 0);
    const QString output = m_dir.filePath(QStringLiteral("clock.json"));
    const Run run = check({QStringLiteral("--path"), QStringLiteral("sbs2003-to-essentials"),
                           QStringLiteral("--ntp-server"), QStringLiteral("127.0.0.1:%1").arg(ntp.port()),
                           QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--output"), output});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 2);
    const QJsonObject clock =
        itemById(QJsonDocument::fromJson(readAll(output)).object(), QString(taskid::net::timeSync));
    QCOMPARE(clock.value(QStringLiteral("status")).toString(), QStringLiteral("blocker"));
}

void HeadlessCheckTest::couldNotRunGivesThreeWithOneLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("reason");
    const QString path = QStringLiteral("--path");
    const QString bo25 = QStringLiteral("bo25-to-ws2003");
    QTest::newRow("unknown path") << QStringList{path, QStringLiteral("nt4-to-ws2003")}
                                  << QStringLiteral("unknown upgrade path nt4-to-ws2003");
    QTest::newRow("session file missing")
        << QStringList{QStringLiteral("--session"), m_dir.filePath(QStringLiteral("none.json"))}
        << QStringLiteral("cannot read the session file %1")
               .arg(QDir::toNativeSeparators(m_dir.filePath(QStringLiteral("none.json"))));
    QTest::newRow("output folder missing")
        << QStringList{path, bo25, QStringLiteral("--output"), m_dir.filePath(QStringLiteral("no/such/folder/r.txt"))}
        << QStringLiteral("cannot write %1")
               .arg(QDir::toNativeSeparators(m_dir.filePath(QStringLiteral("no/such/folder/r.txt"))));
    QTest::newRow("facts file missing") << QStringList{path, bo25, QStringLiteral("--facts"),
                                                       m_dir.filePath(QStringLiteral("none-facts.json"))}
                                        << m_dir.filePath(QStringLiteral("none-facts.json"));
    QTest::newRow("pdf to the terminal") << QStringList{path, bo25, QStringLiteral("--format"), QStringLiteral("pdf")}
                                         << QStringLiteral("--output");
    QTest::newRow("bad time server") << QStringList{path, bo25, QStringLiteral("--ntp-server"), QStringLiteral("a:b:c")}
                                     << QStringLiteral("--ntp-server");
    QTest::newRow("unknown format") << QStringList{path, bo25, QStringLiteral("--format"), QStringLiteral("docx")}
                                    << QStringLiteral("unknown format docx");
}

void HeadlessCheckTest::couldNotRunGivesThreeWithOneLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, reason);
    const Run run = check(arguments + QStringList{QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(run.exitCode, 3);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.startsWith(QStringLiteral("prepwizard: ")) && run.err.endsWith(u'\n') && run.err.count(u'\n') == 1,
             qPrintable(run.err));
    QVERIFY2(run.err.contains(reason), qPrintable(run.err));
}

void HeadlessCheckTest::damagedSessionFileIsLeftWhereItIs()
{
    const QString path = m_dir.filePath(QStringLiteral("damaged.json"));
    const QByteArray damaged = "{\"schema\": \"prepwizard.session/1\", \"items\": {";
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(damaged);
    }
    const Run run = check({QStringLiteral("--session"), path, QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(QStringLiteral("it is damaged or incomplete")), qPrintable(run.err));
    // Headless never moves the operator's file aside, as the wizard does.
    QCOMPARE(readAll(path), damaged);
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("damaged*")}, QDir::Files),
             QStringList{QStringLiteral("damaged.json")});
}

void HeadlessCheckTest::unwritableOutputLeavesNoFile()
{
    // A folder where the report should go: nothing can be written over it.
    const QString output = m_dir.filePath(QStringLiteral("report-folder"));
    QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("report-folder")));
    const Run run = check({QStringLiteral("--path"), QStringLiteral("bo25-to-ws2003"), QStringLiteral("--output"),
                           output, QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.startsWith(QStringLiteral("prepwizard: cannot write %1: ").arg(QDir::toNativeSeparators(output))),
             qPrintable(run.err));
    QVERIFY(QFileInfo(output).isDir());
    QCOMPARE(QDir(output).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
}

void HeadlessCheckTest::pdfReportInSpanish()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QFAIL("pdftotext (poppler-utils) is needed: installer/dependencies.sh installs it for the tests");
    const QString output = m_dir.filePath(QStringLiteral("informe.pdf"));
    const Run run = check({QStringLiteral("--path"), QStringLiteral("bo25-to-ws2003"), QStringLiteral("--lang"),
                           QStringLiteral("es"), QStringLiteral("--format"), QStringLiteral("pdf"),
                           QStringLiteral("--output"), output});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 1);
    QVERIFY(readAll(output).startsWith("%PDF-"));
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), output, QStringLiteral("-")});
    QVERIFY(pdftotext.waitForFinished(60000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
    QVERIFY2(text.contains(QStringLiteral("Antes de empezar")), qPrintable(text.left(400)));
    QVERIFY(text.contains(QStringLiteral("Abra la guía detallada de su ruta de actualización")));
}

// What pdftotext, a search or a copy from a PDF viewer gets from the report is its text letter by
// letter: "Office", not "O" U+FB03 "ce" (the fonts of Debian and of Wine have such ligatures).
void HeadlessCheckTest::pdfReadsBackLetterByLetter()
{
    const QString output = m_dir.filePath(QStringLiteral("letters.pdf"));
    const Run run = check({QStringLiteral("--path"), QStringLiteral("sbs2003-to-essentials"), QStringLiteral("--facts"),
                           QStringLiteral(PREP_FIXTURES "/snapshots/sbs2003-server.json"), QStringLiteral("--format"),
                           QStringLiteral("pdf"), QStringLiteral("--output"), output, QStringLiteral("--internet-host"),
                           m_internetHost});
    QCOMPARE(run.err, QString());
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                                                  output, QStringLiteral("-")});
    QVERIFY(pdftotext.waitForFinished(60000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    QVERIFY2(text.simplified().contains(QStringLiteral("Migrate email to Microsoft Office 365")), qPrintable(text.right(600)));
    for (const QChar c : text)
        QVERIFY2(c.unicode() < 0xFB00 || c.unicode() > 0xFB06, qPrintable(QStringLiteral("U+%1").arg(c.unicode(), 4, 16)));
}

void HeadlessCheckTest::theDestinationsSnapshotDecidesItsRequirements_data()
{
    QTest::addColumn<bool>("is64Bit");
    QTest::addColumn<double>("memoryGiB");
    QTest::addColumn<QString>("status");
    QTest::newRow("a 32-bit Destination") << false << 16.0 << QStringLiteral("blocker");
    QTest::newRow("too little memory") << true << 1.0 << QStringLiteral("blocker");
    QTest::newRow("enough of everything") << true << 16.0 << QStringLiteral("passed");
}

// A migration to Windows Server Essentials installs it on the Destination Server: with that
// server's snapshot (--destination-facts), its figures decide, whatever the Source has.
void HeadlessCheckTest::theDestinationsSnapshotDecidesItsRequirements()
{
    QFETCH(bool, is64Bit);
    QFETCH(double, memoryGiB);
    QFETCH(QString, status);
    const QJsonObject facts = destinationSnapshot(QStringLiteral("SRV-NEW"), is64Bit, memoryGiB);
    const QString destination = m_dir.filePath(QStringLiteral("destination.json"));
    QFile file(destination);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(facts).toJson());
    file.close();

    const Run run = check({QStringLiteral("--path"), QStringLiteral("sbs2003-to-essentials"), QStringLiteral("--facts"),
                           QStringLiteral(PREP_FIXTURES "/snapshots/sbs2003-server.json"), QStringLiteral("--destination-facts"),
                           destination, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--internet-host"),
                           m_internetHost, QStringLiteral("--ntp-server"), QStringLiteral("127.0.0.1:9")});
    QVERIFY2(run.exitCode == 1 || run.exitCode == 2, qPrintable(run.err));
    const QJsonObject report = QJsonDocument::fromJson(run.out).object();
    // Named beside the Source, as the window's reports name it.
    const QJsonObject named = report.value(QStringLiteral("destination")).toObject();
    QCOMPARE(named.value(QStringLiteral("hostName")).toString(), QStringLiteral("SRV-NEW"));
    QCOMPARE(named.value(QStringLiteral("source")).toString(), QStringLiteral("snapshot"));
    QVERIFY(!named.value(QStringLiteral("snapshotTakenAt")).toString().isEmpty());
    const QJsonObject item = itemById(report, QString(taskid::hw::requirements));
    QCOMPARE(item.value(QStringLiteral("status")).toString(), status);
    const QString evidence = QString::fromUtf8(QJsonDocument(item.value(QStringLiteral("evidence")).toArray()).toJson());
    QVERIFY2(evidence.contains(QStringLiteral("these are the figures of its snapshot, SRV-NEW")), qPrintable(evidence));
}

void HeadlessCheckTest::operatorsWordsAreEscapedInTheWebPage()
{
    Session session;
    session.pathId = QStringLiteral("bo25-to-ws2003");
    session.operatorName = QStringLiteral("<b>x</b>");
    ItemState state;
    state.confirmedAt = QDateTime::currentDateTime();
    state.note = QStringLiteral("<img src=x onerror=alert(1)>");
    session.items.insert(QString(taskid::pre::readGuide), state);
    const Run run = check({QStringLiteral("--session"), writeSession(QStringLiteral("markup.json"), session),
                           QStringLiteral("--format"), QStringLiteral("html")});
    QCOMPARE(run.exitCode, 1);
    const QString html = QString::fromUtf8(run.out);
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY(!html.contains(QStringLiteral("<b>x</b>")));
    QVERIFY(!html.contains(QStringLiteral("<img")));
    QVERIFY(html.contains(QStringLiteral("&lt;b&gt;x&lt;/b&gt;")));
    QVERIFY(html.contains(QStringLiteral("&lt;img src=x onerror=alert(1)&gt;")));
}

void HeadlessCheckTest::namedPipesAsInputAreRefusedWithoutWaiting_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("reason");
    QTest::newRow("session") << QStringLiteral("--session") << QStringLiteral("cannot read the session file %1: it is not an ordinary file");
    QTest::newRow("snapshot") << QStringLiteral("--facts") << QStringLiteral("%1 is not a server snapshot: it is not an ordinary file");
}

void HeadlessCheckTest::namedPipesAsInputAreRefusedWithoutWaiting()
{
    QFETCH(QString, option);
    QFETCH(QString, reason);
    // Nothing ever writes to it: opening it to read would wait for ever.
    const QString pipe = m_dir.filePath(QStringLiteral("input-") + option.mid(2));
    QCOMPARE(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
    const Run run = check({QStringLiteral("--path"), QStringLiteral("bo25-to-ws2003"), option, pipe,
                           QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(run.exitCode, 3);
    QCOMPARE(run.err, QStringLiteral("prepwizard: ") + reason.arg(QDir::toNativeSeparators(pipe)) + u'\n');
}

void HeadlessCheckTest::aNamedPipeAsOutputGetsTheReportAndStaysAPipe()
{
    // A script reads the report from a FIFO: written to, never replaced by a file.
    const QString pipe = m_dir.filePath(QStringLiteral("report-pipe"));
    QCOMPARE(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
    QProcess reader;
    reader.start(QStringLiteral("cat"), {pipe});
    QVERIFY(reader.waitForStarted());
    const Run run = check({QStringLiteral("--path"), QStringLiteral("bo25-to-ws2003"), QStringLiteral("--format"),
                           QStringLiteral("json"), QStringLiteral("--output"), pipe, QStringLiteral("--lang"),
                           QStringLiteral("en")});
    if (!reader.waitForFinished(10000))
        reader.kill(); // the program never opened the pipe: the checks below say so
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    const QJsonObject report = QJsonDocument::fromJson(reader.readAllStandardOutput()).object();
    QCOMPARE(report.value(QStringLiteral("schema")).toString(), QStringLiteral("prepwizard.report/1"));
    QVERIFY(QFileInfo(pipe).exists() && !QFileInfo(pipe).isFile());
}

void HeadlessCheckTest::aDeviceAsOutputIsWrittenNotReplaced()
{
    // `--output /dev/null` run as root: the report goes nowhere, /dev/null stays a device. Tried on
    // a null device made in the test's folder, not on the system's.
    if (::geteuid() != 0)
        QSKIP("making a device node needs root (CI runs as root)");
    const QString device = m_dir.filePath(QStringLiteral("null"));
    QCOMPARE(::mknod(QFile::encodeName(device).constData(), S_IFCHR | 0666, makedev(1, 3)), 0);
    const Run run = check({QStringLiteral("--path"), QStringLiteral("bo25-to-ws2003"), QStringLiteral("--output"),
                           device, QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    struct stat status = {};
    QCOMPARE(::stat(QFile::encodeName(device).constData(), &status), 0);
    QVERIFY(S_ISCHR(status.st_mode));
}

void HeadlessCheckTest::aFolderNobodyMayWriteInFailsWithTheReason()
{
    // Not even root may make a file in /proc; a chmod'ed folder would not stop root.
    const QString output = QStringLiteral("/proc/prepwizard-report.txt");
    const Run run = check({QStringLiteral("--path"), QStringLiteral("bo25-to-ws2003"), QStringLiteral("--output"),
                           output, QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(run.exitCode, 3);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.err, QStringLiteral("prepwizard: cannot write /proc/prepwizard-report.txt: No such file or directory\n"));
    QVERIFY(!QFileInfo::exists(output));
}

void HeadlessCheckTest::aFullDiskFailsWithTheReasonAndLeavesNothing_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("pdf") << QStringLiteral("pdf");
    QTest::newRow("text") << QStringLiteral("text");
}

void HeadlessCheckTest::aFullDiskFailsWithTheReasonAndLeavesNothing()
{
    QFETCH(QString, format);
    if (::geteuid() != 0)
        QSKIP("mounting a small tmpfs as a full disk needs root (CI runs as root)");
    const QString disk = m_dir.filePath(QStringLiteral("full-disk-") + format);
    QVERIFY(QDir().mkpath(disk));
    QVERIFY2(::mount("tmpfs", QFile::encodeName(disk).constData(), "tmpfs", 0, "size=64k") == 0,
             qPrintable(QStringLiteral("cannot mount a tmpfs on %1: %2").arg(disk, QString::fromLocal8Bit(std::strerror(errno)))));
    const auto unmount = qScopeGuard([&] { ::umount2(QFile::encodeName(disk).constData(), MNT_DETACH); });
    {
        // Fill it to the last byte.
        QFile filler(disk + QStringLiteral("/filler"));
        QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size()) {
        }
    }
    const QString output = disk + QStringLiteral("/report.") + format;
    const Run run = check({QStringLiteral("--path"), QStringLiteral("bo25-to-ws2003"), QStringLiteral("--format"), format,
                           QStringLiteral("--output"), output, QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(run.exitCode, 3);
    QCOMPARE(run.err, QStringLiteral("prepwizard: cannot write %1: No space left on device\n").arg(output));
    QCOMPARE(QDir(disk).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("filler")});
}

void HeadlessCheckTest::noNetworkAtAllLeavesTheClockUnknownWithTheReason()
{
    // No name resolves (RFC 6761: nothing under .invalid does) and nothing answers.
    const QString output = m_dir.filePath(QStringLiteral("offline.json"));
    const Run run = check({QStringLiteral("--path"), QStringLiteral("sbs2003-to-essentials"), QStringLiteral("--ntp-server"),
                           QStringLiteral("ntp.invalid"), QStringLiteral("--internet-host"), m_internetHost,
                           QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--output"), output,
                           QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 1);
    const QJsonObject clock =
        itemById(QJsonDocument::fromJson(readAll(output)).object(), QString(taskid::net::timeSync));
    QCOMPARE(clock.value(QStringLiteral("status")).toString(), QStringLiteral("unknown"));
    const QJsonArray evidence = clock.value(QStringLiteral("evidence")).toArray();
    QVERIFY2(evidence.first().toString().endsWith(QStringLiteral(": its clock could not be measured.")), qPrintable(evidence.first().toString()));
    QCOMPARE(evidence.at(1).toString(), QStringLiteral("The name of the time server ntp.invalid could not be resolved."));
}


void HeadlessCheckTest::aSnapshotsFindingsAreAsOldAsTheSnapshot_data()
{
    QTest::addColumn<QString>("maxAge"); // --max-age; empty: the default of 14 days
    QTest::addColumn<bool>("stale");
    QTest::newRow("default limit") << QString() << true;
    QTest::newRow("ten years") << QStringLiteral("3650") << false;
}

void HeadlessCheckTest::aSnapshotsFindingsAreAsOldAsTheSnapshot()
{
    QFETCH(QString, maxAge);
    QFETCH(bool, stale);
    // The fixture was taken on 2025-11-21: far more than 14 days before any run of this test.
    QStringList arguments{QStringLiteral("--path"), QStringLiteral("sbs2000-to-sbs2003"), QStringLiteral("--facts"),
                          lowDiskSnapshot(), QStringLiteral("--format"),
                          QStringLiteral("json"), QStringLiteral("--internet-host"), m_internetHost};
    if (!maxAge.isEmpty())
        arguments << QStringLiteral("--max-age") << maxAge;
    const Run run = check(arguments);
    QCOMPARE(run.err, QString());
    const QJsonObject report = QJsonDocument::fromJson(run.out).object();
    const QJsonObject disk = itemById(report, QString(taskid::hw::freeDisk));
    QCOMPARE(QDateTime::fromString(disk.value(QStringLiteral("checkedAt")).toString(), Qt::ISODate),
             QDateTime(QDate(2025, 11, 21), QTime(9, 30), QTimeZone::utc()));
    QVERIFY(disk.value(QStringLiteral("ageDays")).toInt() >= 365);
    QCOMPARE(disk.value(QStringLiteral("stale")).toBool(), stale);
    const QJsonObject summary = report.value(QStringLiteral("summary")).toObject();
    QCOMPARE(summary.value(QStringLiteral("stale")).toInt() > 0, stale);
    QCOMPARE(summary.value(QStringLiteral("maxAgeDays")).toInt(), maxAge.isEmpty() ? 14 : maxAge.toInt());
    QVERIFY(summary.value(QStringLiteral("readiness")).toString() != QStringLiteral("ready"));
}

// An SBS 2003 snapshot checked on the SBS 2000 path: the check runs, and the technician is told, on
// standard error in the language asked for, which paths start from that server.
void HeadlessCheckTest::aSnapshotOfAnotherServerThanThePathIsSaid()
{
    const Run run = check({QStringLiteral("--path"), QStringLiteral("sbs2000-to-sbs2003"), QStringLiteral("--facts"),
                           QStringLiteral(PREP_FIXTURES "/snapshots/sbs2003-server.json"), QStringLiteral("--format"),
                           QStringLiteral("json"), QStringLiteral("--lang"), QStringLiteral("es"),
                           QStringLiteral("--internet-host"), m_internetHost});
    QVERIFY2(run.exitCode == 1 || run.exitCode == 2, qPrintable(run.err));
    QVERIFY(QJsonDocument::fromJson(run.out).isObject()); // the report, whole
    QVERIFY2(run.err.startsWith(QStringLiteral("prepwizard: La instantánea de SRV-SBS muestra Windows Small Business "
                                               "Server 2003 5.2.3790 Service Pack 2, con Exchange 6.5.7638.1, pero esta "
                                               "ruta parte de Small Business Server 2000.")),
             qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("Las rutas que parten de él: ")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("Windows Small Business Server 2003 a Windows Server Essentials")),
             qPrintable(run.err));
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1); // one line
}

void HeadlessCheckTest::aForgedAcceptanceCannotPassAMeasuredMustFix()
{
    // A session that says the free disk passed every time and accepts a "Must fix" for ever.
    Session session;
    session.pathId = QStringLiteral("sbs2000-to-sbs2003");
    ItemState forged;
    forged.finding.status = ItemStatus::Passed;
    forged.finding.checkedAt = QDateTime::currentDateTimeUtc();
    forged.waiverReason = QStringLiteral("trust me");
    forged.waivedAt = QDateTime::currentDateTimeUtc();
    forged.waivedUntil = QDate(2999, 1, 1);
    forged.markedOn = ItemStatus::Blocker;
    forged.history = {{QDateTime::currentDateTimeUtc().addDays(-1), ItemStatus::Passed, {}}};
    session.items.insert(QString(taskid::hw::freeDisk), forged);
    const Run run = check({QStringLiteral("--session"), writeSession(QStringLiteral("forged.json"), session),
                           QStringLiteral("--facts"), lowDiskSnapshot(), QStringLiteral("--format"),
                           QStringLiteral("json"), QStringLiteral("--max-age"), QStringLiteral("3650")});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 2);
    const QJsonObject report = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(itemById(report, QString(taskid::hw::freeDisk)).value(QStringLiteral("status")).toString(),
             QStringLiteral("blocker"));
    QVERIFY(!report.value(QStringLiteral("summary")).toObject().value(QStringLiteral("sessionNotes")).toArray().isEmpty());
}

QTEST_MAIN(HeadlessCheckTest)
#include "tst_headlesscheck.moc"
