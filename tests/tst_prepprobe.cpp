// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// prepprobe, run as an operator or a script runs it: it writes a snapshot of this machine, and
// says in one line, with its exit status, why it could not.

#include "FactsJson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace prep::facts;
using namespace std::string_literals;

namespace QTest {
template<> char *toString(const std::string &text)
{
    return qstrdup(text.c_str());
}
} // namespace QTest

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run prepprobe(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(PREPPROBE_PATH), arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return {};
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

Facts readSnapshot(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return fromJson(file.readAll().toStdString());
}

} // namespace

class TestPrepProbe : public QObject
{
    Q_OBJECT

private slots:
    void writesASnapshotOfThisMachine()
    {
        QTemporaryDir dir;
        const QString output = dir.filePath(u"srv01.json"_qs);
        const Run run = prepprobe({u"--output"_qs, output});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.isEmpty());
        QVERIFY(run.err.isEmpty());

        const Facts facts = readSnapshot(output);
        QCOMPARE(QString::fromStdString(facts.hostName), QSysInfo::machineHostName());
        QCOMPARE(facts.cpu.logicalCores, static_cast<int>(::sysconf(_SC_NPROCESSORS_ONLN)));
        QCOMPARE(facts.collectorVersion, std::string(PREP_VERSION));
        QCOMPARE(facts.platform, "linux"s);
        QVERIFY(facts.collectedAt > 0);
        // Written beside the file and renamed: nothing is left over.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"srv01.json"_qs});
    }

    void writesToStandardOutputWithoutOutput()
    {
        const Run run = prepprobe({});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QString::fromStdString(fromJson(run.out.toStdString()).hostName), QSysInfo::machineHostName());
    }

    void replacesAnExistingSnapshot()
    {
        QTemporaryDir dir;
        const QString output = dir.filePath(u"srv01.json"_qs);
        QFile old(output);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("an older, longer, different file that must disappear entirely");
        old.close();
        QCOMPARE(prepprobe({u"--output="_qs + output}).exitCode, 0);
        QVERIFY(!readSnapshot(output).hostName.empty());
    }

    void readsAFixtureRoot()
    {
        const Run run = prepprobe({u"--root"_qs, QStringLiteral(PREP_FIXTURES "/linux-server")});
        QCOMPARE(run.exitCode, 0);
        const Facts facts = fromJson(run.out.toStdString());
        QCOMPARE(facts.hostName, "srv-oficina"s);
        QCOMPARE(facts.cpu.logicalCores, 8);
        QCOMPARE(facts.services.size(), std::size_t(10));
        QCOMPARE(facts.network.gateways, std::vector<std::string>{"192.168.16.1"});
    }

    void refusesABadOptionWithExitStatus2_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("complaint");
        QTest::newRow("unknown") << QStringList{u"--frobnicate"_qs} << u"unknown option \"--frobnicate\""_qs;
        QTest::newRow("output without file") << QStringList{u"--output"_qs} << u"--output needs a value"_qs;
        QTest::newRow("empty root") << QStringList{u"--root="_qs} << u"--root needs a value"_qs;
    }

    void refusesABadOptionWithExitStatus2()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, complaint);
        const Run run = prepprobe(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        const QString message = QString::fromUtf8(run.err);
        QCOMPARE(message.count(u'\n'), 1);
        QVERIFY2(message.contains(complaint), qPrintable(message));
        QVERIFY2(message.contains(u"valid options: --output FILE, --root DIR, --time-server HOST[:PORT], --version, --help"_qs),
                 qPrintable(message));
    }

    void aNamedPipeAsOutputGetsTheSnapshotAndStaysAPipe()
    {
        // A script reads the snapshot from a FIFO (or it is /dev/null, run as root): written
        // through, never replaced by a file.
        QTemporaryDir dir;
        const QString pipe = dir.filePath(u"snapshot-pipe"_qs);
        QCOMPARE(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
        QProcess reader;
        reader.start(u"cat"_qs, {pipe});
        QVERIFY(reader.waitForStarted());
        QCOMPARE(prepprobe({u"--output"_qs, pipe}).exitCode, 0);
        if (!reader.waitForFinished(10000))
            reader.kill(); // prepprobe never opened the pipe: the checks below say so
        QVERIFY(!fromJson(reader.readAllStandardOutput().toStdString()).hostName.empty());
        QVERIFY(QFileInfo(pipe).exists() && !QFileInfo(pipe).isFile());
    }

    void anUnwritableOutputExitsWith3AndSaysWhy()
    {
        QTemporaryDir dir;
        const QString output = dir.filePath(u"no-such-directory/srv01.json"_qs);
        const Run run = prepprobe({u"--output"_qs, output});
        QCOMPARE(run.exitCode, 3);
        const QString message = QString::fromUtf8(run.err);
        QCOMPARE(message, u"prepprobe: cannot write "_qs + output + u": No such file or directory\n"_qs);
    }

    void printsVersionAndHelp()
    {
        const Run version = prepprobe({u"--version"_qs});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out, QByteArray("prepprobe " PREP_VERSION "\n"));
        const Run help = prepprobe({u"--help"_qs});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.startsWith("Usage: prepprobe [--output FILE] [--root DIR] [--time-server HOST[:PORT]] [--version] [--help]"));
        QVERIFY(help.out.contains("--time-server HOST[:PORT]\n"));
    }
};

QTEST_GUILESS_MAIN(TestPrepProbe)
#include "tst_prepprobe.moc"
