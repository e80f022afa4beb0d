// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// The clock check measured for real (docs/clock.md): prepprobe --time-server records its clock
// against a time server in the snapshot; prepwizard --check asks the Source's and the
// Destination's own time services over SNTP, or compares two snapshots measured against the
// same server. The time servers are fakes on 127.0.0.1 with chosen offsets.

#include "Collector.h"
#include "FactsJson.h"
#include "FakeSntpServer.h"
#include "ProgramRun.h"
#include "catalog/TaskIds.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUdpSocket>

using probetest::FakeSntpServer;

namespace {

using programrun::Run;

Run runProgram(const QString &program, const QStringList &arguments)
{
    return programrun::run(program, arguments);
}

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

QJsonObject itemById(const QJsonObject &report, const QString &id)
{
    for (const QJsonValue &item : report.value(QStringLiteral("items")).toArray()) {
        if (item.toObject().value(QStringLiteral("id")).toString() == id)
            return item.toObject();
    }
    return {};
}

QString evidenceOf(const QJsonObject &item)
{
    QStringList lines;
    const QJsonValue evidence = item.value(QStringLiteral("evidence"));
    if (evidence.isArray()) {
        for (const QJsonValue &line : evidence.toArray())
            lines.append(line.toString());
    } else {
        lines.append(evidence.toString());
    }
    return lines.join(QLatin1Char('\n'));
}

// A UDP port on 127.0.0.1 that nothing listens on: asking it is refused at once.
quint16 closedPort()
{
    QUdpSocket socket;
    socket.bind(QHostAddress::LocalHost, 0);
    return socket.localPort();
}

QString local(quint16 port)
{
    return QStringLiteral("127.0.0.1:%1").arg(port);
}

} // namespace

class ClockCheckTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // prepprobe on the server fixture, asking `server`; the snapshot's JSON.
    QJsonObject probeSnapshot(const QString &server, Run *run, const QString &name)
    {
        const QString output = m_dir.filePath(name);
        *run = runProgram(QStringLiteral(PREPPROBE_PATH), {QStringLiteral("--root"), QStringLiteral(PREP_FIXTURES "/linux-server"),
                                                           QStringLiteral("--time-server"), server, QStringLiteral("--output"), output});
        return QJsonDocument::fromJson(readAll(output)).object();
    }

    // The clock item of `prepwizard --check` on the Essentials path with these arguments.
    QJsonObject clockItem(const QStringList &arguments, Run *out = nullptr)
    {
        const QString output = m_dir.filePath(QStringLiteral("report.json"));
        QFile::remove(output);
        const Run run = runProgram(QStringLiteral(PREPWIZARD_PATH),
                                   QStringList{QStringLiteral("--check"), QStringLiteral("--path"), QStringLiteral("sbs2003-to-essentials"),
                                               QStringLiteral("--internet-host"), local(closedPort()), QStringLiteral("--format"),
                                               QStringLiteral("json"), QStringLiteral("--output"), output, QStringLiteral("--lang"),
                                               QStringLiteral("en")}
                                       + arguments);
        if (out)
            *out = run;
        return itemById(QJsonDocument::fromJson(readAll(output)).object(), QString(prep::taskid::net::timeSync));
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void prepprobeRecordsItsClockAgainstTheTimeServer()
    {
        FakeSntpServer server(-299); // the server is 299 s behind: this clock is 299 s ahead
        Run run;
        const QJsonObject snapshot = probeSnapshot(local(server.port()), &run, QStringLiteral("ahead.json"));
        QCOMPARE(run.err, QString());
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(server.requests(), 1);
        const QJsonObject measurement = snapshot.value(QStringLiteral("clock")).toObject().value(QStringLiteral("measurement")).toObject();
        QCOMPARE(measurement.value(QStringLiteral("server")).toString(), local(server.port()));
        QCOMPARE(measurement.value(QStringLiteral("outcome")).toString(), QStringLiteral("answered"));
        const double offset = measurement.value(QStringLiteral("offsetSeconds")).toDouble();
        QVERIFY2(offset < -298.5 && offset > -299.5, qPrintable(QString::number(offset)));
        const QDateTime measuredAt = QDateTime::fromString(measurement.value(QStringLiteral("measuredAt")).toString(), Qt::ISODate);
        QVERIFY(measuredAt.isValid());
        QVERIFY(qAbs(measuredAt.secsTo(QDateTime::currentDateTimeUtc())) < 600);
        // Still the same schema: older readers ignore the new field.
        QCOMPARE(snapshot.value(QStringLiteral("schema")).toString(), QStringLiteral("prepwizard.facts/1"));
    }

    void prepprobeRecordsAServerThatDoesNotAnswer()
    {
        Run run;
        const quint16 port = closedPort();
        const QJsonObject snapshot = probeSnapshot(local(port), &run, QStringLiteral("refused.json"));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(QStringLiteral("prepprobe: the time server 127.0.0.1:%1 gave no time (network-error").arg(port)), qPrintable(run.err));
        const QJsonObject measurement = snapshot.value(QStringLiteral("clock")).toObject().value(QStringLiteral("measurement")).toObject();
        QCOMPARE(measurement.value(QStringLiteral("outcome")).toString(), QStringLiteral("network-error"));
        QVERIFY(!measurement.value(QStringLiteral("error")).toString().isEmpty());
    }

    void prepprobeRefusesABadTimeServer_data()
    {
        QTest::addColumn<QString>("server");
        QTest::newRow("two colons") << QStringLiteral("a:b:c");
        QTest::newRow("port 0") << QStringLiteral("host:0");
        QTest::newRow("port too large") << QStringLiteral("host:65536");
        QTest::newRow("unclosed bracket") << QStringLiteral("[::1");
    }
    void prepprobeRefusesABadTimeServer()
    {
        QFETCH(QString, server);
        const Run run = runProgram(QStringLiteral(PREPPROBE_PATH), {QStringLiteral("--time-server"), server});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--time-server needs HOST or HOST:PORT")), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void theLinuxTimeZoneIsRead()
    {
        QTemporaryDir root;
        QVERIFY(QDir().mkpath(root.filePath(QStringLiteral("etc"))));
        // /etc/localtime links into the zone database.
        QVERIFY(QFile::link(QStringLiteral("/usr/share/zoneinfo/Europe/Madrid"), root.filePath(QStringLiteral("etc/localtime"))));
        prep::facts::Collector linked(root.path().toStdString());
        QCOMPARE(linked.clock().timeZone, std::string("Europe/Madrid"));
        // Without the link, Debian's /etc/timezone.
        QVERIFY(QFile::remove(root.filePath(QStringLiteral("etc/localtime"))));
        QVERIFY(writeAll(root.filePath(QStringLiteral("etc/timezone")), "America/Mexico_City\n"));
        prep::facts::Collector named(root.path().toStdString());
        const prep::facts::ClockFacts clock = named.clock();
        QCOMPARE(clock.timeZone, std::string("America/Mexico_City"));
        QVERIFY(!clock.utcOffsetKnown); // a fixture tree has no "now" offset of its own
        // This computer: the offset of this moment.
        prep::facts::Collector live("/");
        const prep::facts::ClockFacts here = live.clock();
        QVERIFY(here.utcOffsetKnown);
        QCOMPARE(here.utcOffsetMinutes, QDateTime::currentDateTime().offsetFromUtc() / 60);
    }

    void theSnapshotsClockRoundTrips()
    {
        prep::facts::Facts facts;
        facts.hostName = "SRV";
        facts.collectedAt = 1796000000;
        facts.clock.timeZone = "Romance Standard Time";
        facts.clock.utcOffsetKnown = true;
        facts.clock.utcOffsetMinutes = 60;
        prep::facts::ClockMeasurement m;
        m.server = "ntp.example.org:123";
        m.measuredAt = 1796000001;
        m.outcome = "answered";
        m.offsetSeconds = -12.5;
        m.stratum = 2;
        facts.clock.measurement = m;
        const prep::facts::Facts back = prep::facts::fromJson(prep::facts::toJson(facts));
        QCOMPARE(back.clock.timeZone, facts.clock.timeZone);
        QVERIFY(back.clock.utcOffsetKnown);
        QCOMPARE(back.clock.utcOffsetMinutes, 60);
        QVERIFY(back.clock.measurement);
        QCOMPARE(back.clock.measurement->offsetSeconds, -12.5);
        QCOMPARE(back.clock.measurement->measuredAt, m.measuredAt);
        QCOMPARE(back.clock.measurement->server, m.server);
        // A snapshot from before the clock was recorded: unknown, not an error.
        const prep::facts::Facts old = prep::facts::fromJson(R"({"schema":"prepwizard.facts/1","hostName":"OLD","collectedAt":"2026-11-21T10:00:00Z"})");
        QVERIFY(!old.clock.measurement);
        QVERIFY(!old.clock.utcOffsetKnown);
        // A damaged one says what.
        QVERIFY_THROWS_EXCEPTION(prep::facts::SnapshotError,
                                 prep::facts::fromJson(R"({"schema":"prepwizard.facts/1","hostName":"X","collectedAt":"2026-11-21T10:00:00Z","clock":{"utcOffsetMinutes":5000}})"));
        QVERIFY_THROWS_EXCEPTION(prep::facts::SnapshotError,
                                 prep::facts::fromJson(R"({"schema":"prepwizard.facts/1","hostName":"X","collectedAt":"2026-11-21T10:00:00Z","clock":{"measurement":{"server":"a","outcome":"answered"}}})"));
    }

    void theTwoTimeServicesAreAskedAndCompared_data()
    {
        QTest::addColumn<double>("sourceOffset");
        QTest::addColumn<double>("destinationOffset");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("words");
        QTest::newRow("same offset") << 120.0 << 120.0 << QStringLiteral("passed") << QStringLiteral("within the limit of 300.0 s");
        QTest::newRow("299 and -299") << 299.0 << -299.0 << QStringLiteral("blocker") << QStringLiteral("The two clocks are 598.0 s apart: more than the limit");
        QTest::newRow("301 apart") << 150.5 << -150.5 << QStringLiteral("blocker") << QStringLiteral("The two clocks are 301.0 s apart");
    }
    void theTwoTimeServicesAreAskedAndCompared()
    {
        QFETCH(double, sourceOffset);
        QFETCH(double, destinationOffset);
        QFETCH(QString, status);
        QFETCH(QString, words);
        FakeSntpServer source(sourceOffset);
        FakeSntpServer destination(destinationOffset);
        Run run;
        const QJsonObject item = clockItem({QStringLiteral("--source-time-server"), local(source.port()),
                                            QStringLiteral("--destination-time-server"), local(destination.port())}, &run);
        QCOMPARE(run.err, QString());
        QCOMPARE(item.value(QStringLiteral("status")).toString(), status);
        QCOMPARE(source.requests(), 1);
        QCOMPARE(destination.requests(), 1);
        const QString evidence = evidenceOf(item);
        QVERIFY2(evidence.contains(words), qPrintable(evidence));
        QVERIFY2(evidence.contains(QStringLiteral("Source Server 127.0.0.1: its clock is")), qPrintable(evidence));
        if (status == QLatin1String("blocker"))
            QCOMPARE(run.exitCode, 2);
    }

    void anUnreachableTimeServiceIsCouldNotCheck()
    {
        FakeSntpServer source(0);
        const quint16 closed = closedPort();
        const QJsonObject item = clockItem({QStringLiteral("--source-time-server"), local(source.port()),
                                            QStringLiteral("--destination-time-server"), local(closed)});
        QCOMPARE(item.value(QStringLiteral("status")).toString(), QStringLiteral("unknown"));
        const QString evidence = evidenceOf(item);
        QVERIFY2(evidence.contains(QStringLiteral("Destination Server 127.0.0.1: its clock could not be measured.")), qPrintable(evidence));
        // A closed UDP port answers with an ICMP error the system may or may not pass on.
        QVERIFY2(evidence.contains(QStringLiteral("The time server 127.0.0.1:%1 could not be asked").arg(closed))
                     || evidence.contains(QStringLiteral("No answer from the time server 127.0.0.1:%1 within").arg(closed)),
                 qPrintable(evidence));
    }

    void aSilentTimeServiceIsCouldNotCheck()
    {
        FakeSntpServer source(0);
        FakeSntpServer silent(0, FakeSntpServer::Mode::Silent);
        const QJsonObject item = clockItem({QStringLiteral("--source-time-server"), local(source.port()),
                                            QStringLiteral("--destination-time-server"), local(silent.port())});
        QCOMPARE(item.value(QStringLiteral("status")).toString(), QStringLiteral("unknown"));
        QVERIFY2(evidenceOf(item).contains(QStringLiteral("No answer from the time server 127.0.0.1:%1 within").arg(silent.port())),
                 qPrintable(evidenceOf(item)));
    }

    void aSourceAskedFromTheDestinationIsComparedWithThisComputer()
    {
        FakeSntpServer source(-240);
        const QJsonObject item = clockItem({QStringLiteral("--source-time-server"), local(source.port())});
        QCOMPARE(item.value(QStringLiteral("status")).toString(), QStringLiteral("passed"));
        const QString evidence = evidenceOf(item);
        QVERIFY2(evidence.contains(QStringLiteral("s behind the clock of this computer")), qPrintable(evidence));
        QVERIFY2(evidence.contains(QStringLiteral("this computer, whose clock is the reference")), qPrintable(evidence));
    }

    // Two snapshots measured against one time server: the clock of one machine is made to differ
    // by editing what it recorded, as a second machine would have; and its time zone.
    void twoSnapshotsAgainstTheSameServerAreCompared_data()
    {
        QTest::addColumn<double>("sourceOffset");
        QTest::addColumn<double>("destinationOffset");
        QTest::addColumn<int>("destinationUtcMinutes");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("words");
        QTest::newRow("same clock, same zone") << 0.0 << 0.0 << 60 << QStringLiteral("passed") << QStringLiteral("0.0 s apart");
        QTest::newRow("299 and -299") << -299.0 << 299.0 << 60 << QStringLiteral("blocker") << QStringLiteral("598.0 s apart");
        QTest::newRow("other time zone") << 0.0 << 0.0 << 0 << QStringLiteral("blocker") << QStringLiteral("The time zones differ: Romance Standard Time, UTC+01:00 on the Source Server, GMT Standard Time, UTC+00:00 on the Destination Server.");
    }
    void twoSnapshotsAgainstTheSameServerAreCompared()
    {
        QFETCH(double, sourceOffset);
        QFETCH(double, destinationOffset);
        QFETCH(int, destinationUtcMinutes);
        QFETCH(QString, status);
        QFETCH(QString, words);
        FakeSntpServer server(0);
        Run run;
        QJsonObject snapshot = probeSnapshot(local(server.port()), &run, QStringLiteral("measured.json"));
        QCOMPARE(run.exitCode, 0);
        const auto variant = [&](const QString &host, double offset, const QString &zone, int minutes) {
            QJsonObject copy = snapshot;
            copy.insert(QStringLiteral("hostName"), host);
            QJsonObject clock = copy.value(QStringLiteral("clock")).toObject();
            clock.insert(QStringLiteral("timeZone"), zone);
            clock.insert(QStringLiteral("utcOffsetMinutes"), minutes);
            QJsonObject measurement = clock.value(QStringLiteral("measurement")).toObject();
            measurement.insert(QStringLiteral("offsetSeconds"), offset);
            clock.insert(QStringLiteral("measurement"), measurement);
            copy.insert(QStringLiteral("clock"), clock);
            copy.insert(QStringLiteral("platform"), QStringLiteral("windows"));
            const QString path = m_dir.filePath(host + QStringLiteral(".json"));
            return writeAll(path, QJsonDocument(copy).toJson()) ? path : QString();
        };
        const QString sourceFile = variant(QStringLiteral("SRV-SBS"), sourceOffset, QStringLiteral("Romance Standard Time"), 60);
        const QString destinationFile = variant(QStringLiteral("SRV-NEW"), destinationOffset,
                                                destinationUtcMinutes == 60 ? QStringLiteral("Romance Standard Time") : QStringLiteral("GMT Standard Time"),
                                                destinationUtcMinutes);
        QVERIFY(!sourceFile.isEmpty() && !destinationFile.isEmpty());
        const QJsonObject item = clockItem({QStringLiteral("--facts"), sourceFile, QStringLiteral("--destination-facts"), destinationFile}, &run);
        QCOMPARE(run.err, QString());
        QCOMPARE(item.value(QStringLiteral("status")).toString(), status);
        const QString evidence = evidenceOf(item);
        QVERIFY2(evidence.contains(words), qPrintable(evidence));
        QVERIFY2(evidence.contains(QStringLiteral("Source Server SRV-SBS: its clock is")), qPrintable(evidence));
        QVERIFY2(evidence.contains(QStringLiteral("Destination Server SRV-NEW: its clock is")), qPrintable(evidence));
        QCOMPARE(server.requests(), 1); // the wizard asked no time server itself
    }

    void anUnreadableDestinationSnapshotStopsTheCheck()
    {
        const QString damaged = m_dir.filePath(QStringLiteral("damaged.json"));
        QVERIFY(writeAll(damaged, "{ not json"));
        Run run;
        clockItem({QStringLiteral("--destination-facts"), damaged}, &run);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QStringLiteral("is not a server snapshot")), qPrintable(run.err));
    }

    void aBadTimeServiceOptionExitsWithThree_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("value");
        QTest::newRow("source, two colons") << QStringLiteral("--source-time-server") << QStringLiteral("a:b:c");
        QTest::newRow("destination, port 0") << QStringLiteral("--destination-time-server") << QStringLiteral("srv:0");
    }
    void aBadTimeServiceOptionExitsWithThree()
    {
        QFETCH(QString, option);
        QFETCH(QString, value);
        Run run;
        clockItem({option, value}, &run);
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(run.err, QStringLiteral("prepwizard: %1 needs HOST or HOST:PORT, not %2\n").arg(option, value));
    }

    void theSpanishReportSaysItInSpanish()
    {
        FakeSntpServer source(299);
        FakeSntpServer destination(-299);
        const QString output = m_dir.filePath(QStringLiteral("es.json"));
        const Run run = runProgram(QStringLiteral(PREPWIZARD_PATH),
                                   {QStringLiteral("--check"), QStringLiteral("--path"), QStringLiteral("sbs2003-to-essentials"),
                                    QStringLiteral("--internet-host"), local(closedPort()), QStringLiteral("--source-time-server"),
                                    local(source.port()), QStringLiteral("--destination-time-server"), local(destination.port()),
                                    QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--output"), output,
                                    QStringLiteral("--lang"), QStringLiteral("es")});
        QCOMPARE(run.exitCode, 2);
        const QJsonObject item =
            itemById(QJsonDocument::fromJson(readAll(output)).object(), QString(prep::taskid::net::timeSync));
        const QString evidence = evidenceOf(item);
        QVERIFY2(evidence.contains(QStringLiteral("Servidor de origen 127.0.0.1")), qPrintable(evidence));
        QVERIFY2(evidence.contains(QStringLiteral("598,0 s")), qPrintable(evidence));
    }
};

QTEST_GUILESS_MAIN(ClockCheckTest)
#include "tst_clockcheck.moc"
