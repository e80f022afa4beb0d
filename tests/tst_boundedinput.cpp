// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14, family 3: every run ends. Snapshots are read in one pass with bounded lists; the
// Linux collector reads only ordinary files, at most 16 MiB of each, without waiting on a pipe;
// reports of a 1 MiB host name or a 1 MB note without spaces are laid out at once. Each case
// runs the real code; the CTest time limit is what "ends" is held to, and the times are printed.

#include "FactsJson.h"
#include "catalog/TaskIds.h"
#include "checklist/Session.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <sys/stat.h>
#include <unistd.h>

using namespace prep;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

std::string fixtureSnapshot()
{
    return readAll(QStringLiteral(PREP_FIXTURES "/snapshots/sbs2003-server.json")).toStdString();
}

// The fixture snapshot with `count` copies of `element` as its list `key` (a JSON pointer).
std::string withList(const std::string &pointer, std::size_t count, const nlohmann::json &element)
{
    nlohmann::json json = nlohmann::json::parse(fixtureSnapshot());
    nlohmann::json list = nlohmann::json::array();
    for (std::size_t i = 0; i < count; ++i)
        list.push_back(element);
    json[nlohmann::json::json_pointer(pointer)] = std::move(list);
    return json.dump();
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
    qint64 ms = 0;
};

Run run(const QString &program, const QStringList &arguments)
{
    QElapsedTimer clock;
    clock.start();
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForFinished(240000)) {
        process.kill();
        process.waitForFinished();
        qFatal("%s %s did not end within four minutes", qPrintable(program), qPrintable(arguments.join(u' ')));
    }
    Run result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = QString::fromUtf8(process.readAllStandardError());
    result.ms = clock.elapsed();
    return result;
}

const QStringList offline = {QStringLiteral("--internet-host"), QStringLiteral("127.0.0.1:9"),
                             QStringLiteral("--ntp-server"), QStringLiteral("127.0.0.1:9"), QStringLiteral("--lang"),
                             QStringLiteral("en")};

} // namespace

class TestBoundedInput : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void snapshotsAreReadInOnePassWithBoundedLists_data();
    void snapshotsAreReadInOnePassWithBoundedLists();
    void prepprobeReadsOnlyWhatAFileCanBe_data();
    void prepprobeReadsOnlyWhatAFileCanBe();
    void extremeNumbersPrintSensibly_data();
    void extremeNumbersPrintSensibly();
    void hugeTextsAreLaidOutAtOnce_data();
    void hugeTextsAreLaidOutAtOnce();
};

void TestBoundedInput::snapshotsAreReadInOnePassWithBoundedLists_data()
{
    QTest::addColumn<QByteArray>("snapshot");
    QTest::addColumn<QString>("error"); // empty: it is read
    const nlohmann::json empty = nlohmann::json::object();
    const std::size_t tooMany = facts::maxListItems + 1;
    const std::size_t million = 1000000;
    auto row = [](const char *name, const std::string &text, const char *error) {
        QTest::newRow(name) << QByteArray::fromStdString(text) << QString::fromUtf8(error);
    };
    row("a million empty services (3 MB)", withList("/services", million, empty),
        "services has more than 100000 entries, more than any real computer: the snapshot is damaged");
    row("100001 services", withList("/services", tooMany, empty), "services has more than 100000 entries");
    row("100000 services", withList("/services", facts::maxListItems, empty), "");
    row("a million programs", withList("/programs", million, empty), "programs has more than 100000 entries");
    row("a million volumes", withList("/volumes", million, empty), "volumes has more than 100000 entries");
    row("a million sessions", withList("/sessions", million, empty), "sessions has more than 100000 entries");
    row("a million processes", withList("/processes", million, empty), "processes has more than 100000 entries");
    row("a million adapters", withList("/network/adapters", million, empty),
        "network.adapters has more than 100000 entries");
    row("a million gateways", withList("/network/gateways", million, ""),
        "network.gateways has more than 100000 entries");
    row("a million problems", withList("/problems", million, "x"), "problems has more than 100000 entries");
    row("a million unknown fields' objects", withList("/unknown", million, empty), "");
    row("a million nested empty arrays", withList("/unknown", million, nlohmann::json::array()), "");
    row("100000 levels of arrays", std::string(100000, '[') + std::string(100000, ']'),
        "the snapshot nests more than 64 levels deep");
    row("brackets inside a string do not nest", [] {
        nlohmann::json json = nlohmann::json::parse(fixtureSnapshot());
        json["hostName"] = std::string(1000, '[');
        return json.dump();
    }(), "");
    row("quotes escaped inside a string", [] {
        nlohmann::json json = nlohmann::json::parse(fixtureSnapshot());
        json["hostName"] = "a\\\"[[[[" + std::string(100, '{');
        return json.dump();
    }(), "");
    row("a processor of 1e308 MHz", [] {
        nlohmann::json json = nlohmann::json::parse(fixtureSnapshot());
        json["cpu"]["maxMhz"] = 1e308;
        return json.dump();
    }(), "cpu.maxMhz must be a number from 0 to 1000000");
    row("a processor of -5 MHz", [] {
        nlohmann::json json = nlohmann::json::parse(fixtureSnapshot());
        json["cpu"]["maxMhz"] = -5;
        return json.dump();
    }(), "cpu.maxMhz must be a number from 0 to 1000000");
    row("a host name of exactly 1 MiB", [] {
        nlohmann::json json = nlohmann::json::parse(fixtureSnapshot());
        json["hostName"] = std::string(facts::maxTextBytes, 'h');
        return json.dump();
    }(), "");
}

void TestBoundedInput::snapshotsAreReadInOnePassWithBoundedLists()
{
    QFETCH(QByteArray, snapshot);
    QFETCH(QString, error);
    QElapsedTimer clock;
    clock.start();
    QString message;
    try {
        facts::fromJson(snapshot.toStdString());
    } catch (const facts::SnapshotError &refused) {
        message = QString::fromStdString(refused.what());
    }
    qInfo("%lld bytes in %lld ms", qint64(snapshot.size()), clock.elapsed());
    if (error.isEmpty())
        QVERIFY2(message.isEmpty(), qPrintable(message));
    else
        QVERIFY2(message.startsWith(error), qPrintable(message));
}

void TestBoundedInput::prepprobeReadsOnlyWhatAFileCanBe_data()
{
    QTest::addColumn<QString>("file");  // below the root
    QTest::addColumn<QString>("what");  // what is put there
    QTest::addColumn<QString>("problem"); // part of a problem the snapshot lists
    const QString notOrdinary = QStringLiteral("it is not an ordinary file");
    const QString tooLarge = QStringLiteral("it is larger than 16 MiB");
    QTest::newRow("proc/cpuinfo is /dev/zero") << u"proc/cpuinfo"_qs << u"/dev/zero"_qs << notOrdinary;
    QTest::newRow("proc/cpuinfo is /dev/urandom") << u"proc/cpuinfo"_qs << u"/dev/urandom"_qs << notOrdinary;
    QTest::newRow("proc/meminfo is /dev/zero") << u"proc/meminfo"_qs << u"/dev/zero"_qs << u""_qs;
    QTest::newRow("etc/os-release is a FIFO") << u"etc/os-release"_qs << u"fifo"_qs << notOrdinary;
    QTest::newRow("etc/hostname is a FIFO") << u"etc/hostname"_qs << u"fifo"_qs << u""_qs;
    QTest::newRow("proc/cpuinfo is a FIFO") << u"proc/cpuinfo"_qs << u"fifo"_qs << u""_qs;
    QTest::newRow("etc/os-release is a folder") << u"etc/os-release"_qs << u"folder"_qs << notOrdinary;
    QTest::newRow("dpkg status is 17 MiB of nothing") << u"var/lib/dpkg/status"_qs << u"sparse"_qs << tooLarge;
    QTest::newRow("proc/cpuinfo is 17 MiB of nothing") << u"proc/cpuinfo"_qs << u"sparse"_qs << u""_qs;
    QTest::newRow("proc/1/environ is /dev/zero") << u"proc/1/environ"_qs << u"/dev/zero"_qs << u""_qs;
    QTest::newRow("etc/os-release is /dev/tty") << u"etc/os-release"_qs << u"/dev/tty"_qs << u""_qs;
}

void TestBoundedInput::prepprobeReadsOnlyWhatAFileCanBe()
{
    QFETCH(QString, file);
    QFETCH(QString, what);
    QFETCH(QString, problem);
    const QString root = m_dir.filePath(
        QStringLiteral("root-%1").arg(QString::fromLatin1(QTest::currentDataTag())).replace(u' ', u'-').replace(u'/', u'-'));
    QCOMPARE(QProcess::execute(QStringLiteral("cp"), {QStringLiteral("-a"), QStringLiteral(PREP_FIXTURES "/linux-server"),
                                                      root}),
             0);
    const QString target = root + u'/' + file;
    QDir().mkpath(QFileInfo(target).absolutePath());
    QFile::remove(target);
    if (what == u"fifo")
        QCOMPARE(::mkfifo(QFile::encodeName(target).constData(), 0600), 0);
    else if (what == u"folder")
        QVERIFY(QDir().mkpath(target));
    else if (what == u"sparse") {
        QFile sparse(target);
        QVERIFY(sparse.open(QIODevice::WriteOnly));
        QVERIFY(sparse.resize(17 * 1024 * 1024));
    } else
        QVERIFY(QFile::link(what, target));
    const Run result = run(QStringLiteral(PREPPROBE_PATH), {QStringLiteral("--root"), root});
    qInfo("prepprobe ended in %lld ms", result.ms);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    const QJsonObject snapshot = QJsonDocument::fromJson(result.out).object();
    QVERIFY(!snapshot.isEmpty());
    if (!problem.isEmpty()) {
        const QString problems = QString::fromUtf8(QJsonDocument(snapshot.value(QStringLiteral("problems")).toArray()).toJson());
        QVERIFY2(problems.contains(problem), qPrintable(problems));
    }
}

void TestBoundedInput::extremeNumbersPrintSensibly_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("value"); // JSON
    QTest::addColumn<QString>("shown"); // in the text report
    QTest::newRow("free space 2^64-1") << u"/volumes/0/freeBytes"_qs << u"18446744073709551615"_qs << u"8.0 EB"_qs;
    QTest::newRow("free space 2^63") << u"/volumes/0/freeBytes"_qs << u"9223372036854775808"_qs << u"8.0 EB"_qs;
    QTest::newRow("free space 2^63-1") << u"/volumes/0/freeBytes"_qs << u"9223372036854775807"_qs << u"8.0 EB"_qs;
    QTest::newRow("memory 2^64-1") << u"/memory/totalBytes"_qs << u"18446744073709551615"_qs << u"8.0 EB"_qs;
    QTest::newRow("disk size 2^64-1") << u"/volumes/0/totalBytes"_qs << u"18446744073709551615"_qs << u""_qs;
    QTest::newRow("processor 1e308 MHz") << u"/cpu/maxMhz"_qs << u"1e308"_qs << u"cpu.maxMhz must be a number from 0 to 1000000"_qs;
    QTest::newRow("processor 1000001 MHz") << u"/cpu/maxMhz"_qs << u"1000001"_qs << u"cpu.maxMhz must be a number"_qs;
    QTest::newRow("processor 1000000 MHz") << u"/cpu/maxMhz"_qs << u"1000000"_qs << u"1,000,000 MHz"_qs;
}

void TestBoundedInput::extremeNumbersPrintSensibly()
{
    QFETCH(QString, pointer);
    QFETCH(QString, value);
    QFETCH(QString, shown);
    nlohmann::json json = nlohmann::json::parse(fixtureSnapshot());
    json[nlohmann::json::json_pointer(pointer.toStdString())] = nlohmann::json::parse(value.toStdString());
    const QString file = m_dir.filePath(QStringLiteral("extreme-%1.json").arg(QString::fromLatin1(QTest::currentDataTag())).replace(u' ', u'-'));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QByteArray::fromStdString(json.dump()));
    }
    const Run result = run(QStringLiteral(PREPWIZARD_PATH),
                           offline + QStringList{QStringLiteral("--check"), QStringLiteral("--path"),
                                                 QStringLiteral("sbs2003-to-essentials"), QStringLiteral("--facts"), file});
    const QString report = QString::fromUtf8(result.out) + result.err;
    QVERIFY2(!report.contains(QStringLiteral("-1 bytes")) && !report.contains(QString::fromUtf16(u"−1 bytes")),
             qPrintable(report));
    QVERIFY(!QRegularExpression(QStringLiteral("[-−]\\d[\\d,.]* ?(bytes|[KMGTPE]i?B|MHz)")).match(report).hasMatch());
    QVERIFY2(report.contains(shown), qPrintable(report));
}

void TestBoundedInput::hugeTextsAreLaidOutAtOnce_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("field"); // "host" in the snapshot, "note" or "operator" in the session
    for (const char *format : {"pdf", "text", "markdown", "html", "json"})
        for (const char *field : {"host", "note", "operator"})
            QTest::newRow(QByteArray(format) + ", 1 MiB " + field) << QString::fromLatin1(format)
                                                                   << QString::fromLatin1(field);
}

void TestBoundedInput::hugeTextsAreLaidOutAtOnce()
{
    QFETCH(QString, format);
    QFETCH(QString, field);
    const QString huge(1024 * 1024, u'W'); // no space to break at
    QJsonObject facts = QJsonDocument::fromJson(readAll(QStringLiteral(PREP_FIXTURES "/snapshots/sbs2003-server.json"))).object();
    if (field == u"host")
        facts.insert(QStringLiteral("hostName"), huge);
    const QString snapshot = m_dir.filePath(QStringLiteral("huge-%1-%2.json").arg(format, field));
    {
        QFile file(snapshot);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(facts).toJson());
    }
    QStringList arguments = offline + QStringList{QStringLiteral("--check"), QStringLiteral("--path"),
                                                  QStringLiteral("bo25-to-ws2003"), QStringLiteral("--facts"), snapshot,
                                                  QStringLiteral("--format"), format};
    if (field != u"host") {
        Session session;
        session.pathId = QStringLiteral("bo25-to-ws2003");
        if (field == u"note")
            session.items[QString(taskid::pre::readGuide)].note = huge;
        else
            session.operatorName = huge;
        const QString sessionFile = m_dir.filePath(QStringLiteral("huge-%1-%2-session.json").arg(format, field));
        QFile file(sessionFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(session.toJson()).toJson());
        arguments += {QStringLiteral("--session"), sessionFile};
    }
    const QString output = m_dir.filePath(QStringLiteral("huge-%1-%2.out").arg(format, field));
    arguments += {QStringLiteral("--output"), output};
    const Run result = run(QStringLiteral(PREPWIZARD_PATH), arguments);
    qInfo("%s in %lld ms", QTest::currentDataTag(), result.ms);
    QVERIFY2(result.exitCode >= 0 && result.exitCode <= 2, qPrintable(result.err));
    const QByteArray report = readAll(output);
    QVERIFY(!report.isEmpty());
    if (format == u"json")
        QVERIFY(report.contains(huge.toUtf8())); // kept whole
    else if (format != u"pdf")
        QVERIFY(!report.contains(QByteArray(2000, 'W'))); // shown shortened
    if (format != u"pdf") // compressed there
        QVERIFY(report.contains(QByteArray(900, 'W')));
}

QTEST_MAIN(TestBoundedInput)
#include "tst_boundedinput.moc"
