// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14, families 1 and 4: nothing lost on a full disk, and written only where asked. One
// class (WholeFile) writes the session, every report and the headless output; prepprobe has the
// same rules in plain C++. Full disks are small tmpfs mounts (root only; skipped otherwise).

#include "ProgramRun.h"
#include "SampleChecklist.h"
#include "checklist/ChecklistModel.h"
#include "checklist/SessionAutosaver.h"
#include "checklist/SessionStore.h"
#include "report/ReportWriter.h"
#include "report/WholeFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLockFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cerrno>
#include <cstring>
#include <memory>

#include <fcntl.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace prep;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeRaw(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Names in `folder`, hidden ones too.
QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                                  QDir::Name);
}

// A 256 KiB tmpfs on `folder` (room for the PDF record, about 70 KiB), filled up to `leftBytes`
// (rounded to its pages).
class FullDisk
{
public:
    explicit FullDisk(const QString &folder, qint64 leftBytes = 0) : m_folder(QFile::encodeName(folder))
    {
        QDir().mkpath(folder);
        if (::geteuid() != 0 || ::mount("tmpfs", m_folder.constData(), "tmpfs", 0, "size=256k") != 0) {
            m_why = ::geteuid() != 0 ? QStringLiteral("mounting a small tmpfs needs root (CI runs as root)")
                                     : QStringLiteral("cannot mount a tmpfs: %1")
                                           .arg(QString::fromLocal8Bit(std::strerror(errno)));
            return;
        }
        m_mounted = true;
        m_leftBytes = leftBytes;
    }
    ~FullDisk()
    {
        if (m_mounted)
            ::umount2(m_folder.constData(), MNT_DETACH);
    }
    bool mounted() const { return m_mounted; }
    QString why() const { return m_why; }
    // After what should survive has been written: fill the rest.
    void fill()
    {
        QFile filler(QFile::decodeName(m_folder) + QStringLiteral("/filler"));
        filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered);
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size()) {
        }
        if (m_leftBytes > 0)
            filler.resize(std::max<qint64>(0, filler.size() - m_leftBytes));
    }
    void makeRoom() { QFile::remove(QFile::decodeName(m_folder) + QStringLiteral("/filler")); }

private:
    QByteArray m_folder;
    QString m_why;
    qint64 m_leftBytes = 0;
    bool m_mounted = false;
};

using programrun::Run;

// `program` with `arguments`; `shellRedirect` (e.g. ">/dev/full", ">&-") applied by /bin/sh.
Run run(const QString &program, const QStringList &arguments, const QString &shellRedirect = {})
{
    if (shellRedirect.isEmpty())
        return programrun::run(program, arguments);
    return programrun::run(QStringLiteral("/bin/sh"),
                           QStringList{QStringLiteral("-c"), QStringLiteral("exec \"$0\" \"$@\" ") + shellRedirect, program}
                               + arguments);
}

const QStringList quickCheck = {QStringLiteral("--check"),         QStringLiteral("--path"),
                                QStringLiteral("sbs2003-upgrade"), QStringLiteral("--lang"),
                                QStringLiteral("en"),              QStringLiteral("--facts"),
                                QStringLiteral(PREP_FIXTURES "/snapshots/sbs2003-server.json"),
                                QStringLiteral("--internet-host"), QStringLiteral("127.0.0.1:9"),
                                QStringLiteral("--ntp-server"),    QStringLiteral("127.0.0.1:9")};

ReportData sampleReport()
{
    static ChecklistModel model;
    static bool filled = false;
    if (!filled) {
        sample::fill(&model);
        filled = true;
    }
    return ReportData::from(model, sample::machine(), sample::generated());
}

} // namespace

class TestWholeFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    // --- the class itself, one row per kind of place ---------------------------------------
    void writesOnlyWhereAsked_data();
    void writesOnlyWhereAsked();

    // --- full disks: each writer keeps the old file and says why ---------------------------
    void aFullDiskKeepsTheOldFile_data();
    void aFullDiskKeepsTheOldFile();
    void theAutosaverKeepsTheChangesAndTriesAgain();

    // --- the programs ---------------------------------------------------------------------
    void theProgramsRefuseOutputsThatAreNotTheirs_data();
    void theProgramsRefuseOutputsThatAreNotTheirs();
    void prepprobeLeavesPlantedTemporaryNamesAlone_data();
    void prepprobeLeavesPlantedTemporaryNamesAlone();
    void parallelPrepprobeRunsToOneOutputAllSucceed();
    void aStandardOutputThatCannotBeWrittenExitsWith3_data();
    void aStandardOutputThatCannotBeWrittenExitsWith3();
    void theCheckWritesToAFullDiskNeverCutShort_data();
    void theCheckWritesToAFullDiskNeverCutShort();

    // --- two wizards on one session --------------------------------------------------------
    void aSecondWindowOnOneSessionSaysWhoHasIt();
};

void TestWholeFile::writesOnlyWhereAsked_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("written"); // WholeFile::write succeeds
    QTest::addColumn<QString>("error"); // part of the reason, when it fails
    QTest::newRow("new file") << u"new"_qs << true << u""_qs;
    QTest::newRow("existing file replaced") << u"existing"_qs << true << u""_qs;
    QTest::newRow("private file stays private") << u"private"_qs << true << u""_qs;
    QTest::newRow("read-only folder") << u"read-only folder"_qs << (::geteuid() == 0) << u"Permission denied"_qs;
    QTest::newRow("missing folder") << u"missing folder"_qs << false << u"No such file or directory"_qs;
    QTest::newRow("link to a file") << u"link"_qs << false << u"symbolic link"_qs;
    QTest::newRow("dangling link") << u"dangling link"_qs << false << u"symbolic link"_qs;
    QTest::newRow("link to /dev/null") << u"link to device"_qs << false << u"symbolic link"_qs;
    QTest::newRow("folder") << u"folder"_qs << false << u"folder"_qs;
    QTest::newRow("/dev/null") << u"device"_qs << true << u""_qs;
    QTest::newRow("named pipe with a reader") << u"fifo read"_qs << true << u""_qs;
    QTest::newRow("named pipe nobody reads") << u"fifo unread"_qs << false << u"named pipe that no program reads"_qs;
    QTest::newRow("empty name") << u"empty"_qs << false << u"no file name"_qs;
    QTest::newRow("planted .tmp link") << u"planted tmp"_qs << true << u""_qs;
}

void TestWholeFile::writesOnlyWhereAsked()
{
    QFETCH(QString, kind);
    QFETCH(bool, written);
    QFETCH(QString, error);
    const QByteArray content = "whole content\n";
    const QString victim = path(QStringLiteral("victim"));
    QVERIFY(writeRaw(victim, "the victim's own words"));
    QString target = path(QStringLiteral("out-") + QString(kind).replace(u' ', u'-'));
    std::unique_ptr<QProcess> reader;
    int heldWriter = -1; // a writer of the named pipe, held while the reader starts
    if (kind == u"existing" || kind == u"private") {
        QVERIFY(writeRaw(target, "old"));
        QVERIFY(QFile::setPermissions(target, kind == u"private" ? QFile::ReadOwner | QFile::WriteOwner
                                                                 : QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
    } else if (kind == u"read-only folder") {
        const QString folder = path(QStringLiteral("locked"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        target = folder + QStringLiteral("/out");
    } else if (kind == u"missing folder") {
        target = path(QStringLiteral("no/such/folder/out"));
    } else if (kind == u"link") {
        QVERIFY(QFile::link(victim, target));
    } else if (kind == u"dangling link") {
        QVERIFY(QFile::link(path(QStringLiteral("created-elsewhere")), target));
    } else if (kind == u"link to device") {
        QVERIFY(QFile::link(QStringLiteral("/dev/null"), target));
    } else if (kind == u"folder") {
        QVERIFY(QDir().mkpath(target));
    } else if (kind == u"device") {
        target = QStringLiteral("/dev/null");
    } else if (kind.startsWith(u"fifo")) {
        QCOMPARE(::mkfifo(QFile::encodeName(target).constData(), 0600), 0);
        if (kind == u"fifo read") {
            reader = std::make_unique<QProcess>();
            reader->start(QStringLiteral("cat"), {target});
            QVERIFY(reader->waitForStarted());
            // cat has the pipe open once a writer's open no longer fails with ENXIO. That writer
            // stays open until the write is over: closed at once, it would be the end of cat's
            // input, and cat could be gone before the write (as on a busy machine).
            for (int tries = 0; tries < 2000 && heldWriter < 0; ++tries) {
                heldWriter = ::open(QFile::encodeName(target).constData(), O_WRONLY | O_NONBLOCK);
                if (heldWriter < 0)
                    QThread::msleep(5);
            }
            QVERIFY(heldWriter >= 0);
        }
    } else if (kind == u"empty") {
        target.clear();
    } else if (kind == u"planted tmp") {
        // The name prepprobe used to take; a link planted there is neither followed nor consumed.
        QVERIFY(QFile::link(victim, target + QStringLiteral(".tmp")));
    }
    QString reason;
    const bool wrote = WholeFile::write(target, content, &reason);
    if (heldWriter >= 0)
        ::close(heldWriter);
    QCOMPARE(wrote, written);
    if (!written)
        QVERIFY2(reason.contains(error), qPrintable(reason));
    else
        QVERIFY2(reason.isEmpty(), qPrintable(reason));
    // The victim behind any link is as it was.
    QCOMPARE(readAll(victim), QByteArray("the victim's own words"));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("created-elsewhere"))));
    if (kind == u"fifo read") {
        QVERIFY(reader->waitForFinished(30000));
        QCOMPARE(reader->readAllStandardOutput(), content);
        QVERIFY(QFileInfo(target).isSymLink() == false && !QFileInfo(target).isFile());
    }
    if (written && kind != u"device" && !kind.startsWith(u"fifo")) {
        QCOMPARE(readAll(target), content);
        if (kind == u"private")
            QCOMPARE(QFileInfo(target).permissions() & (QFile::ReadOther | QFile::ReadGroup), QFileDevice::Permissions());
    }
    if (kind == u"planted tmp")
        QVERIFY(QFileInfo(target + QStringLiteral(".tmp")).isSymLink());
    // No temporary file is left beside any target.
    if (!target.isEmpty() && kind != u"device" && kind != u"missing folder") {
        const QString name = QFileInfo(target).fileName();
        const QStringList left = QDir(QFileInfo(target).absolutePath())
                                     .entryList({WholeFile::temporaryPattern(name)}, QDir::AllEntries | QDir::Hidden | QDir::System);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(u' ')));
    }
    if (kind == u"read-only folder")
        QFile::setPermissions(QFileInfo(target).absolutePath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

void TestWholeFile::aFullDiskKeepsTheOldFile_data()
{
    QTest::addColumn<QString>("writer");
    QTest::addColumn<qint64>("leftBytes"); // free space once the disk is filled
    for (const qint64 left : {qint64(0), qint64(4096)}) {
        const QByteArray suffix = left == 0 ? " (full)" : " (4 KiB left)";
        for (const char *writer : {"session", "text", "json", "markdown", "html", "pdf", "whole file"})
            QTest::newRow(QByteArray(writer) + suffix) << QString::fromLatin1(writer) << left;
    }
}

void TestWholeFile::aFullDiskKeepsTheOldFile()
{
    QFETCH(QString, writer);
    QFETCH(qint64, leftBytes);
    const QString folder = path(QStringLiteral("disk-%1-%2").arg(writer).arg(leftBytes).replace(u' ', u'-'));
    FullDisk disk(folder, leftBytes);
    if (!disk.mounted())
        QSKIP(qPrintable(disk.why()));
    const QString target = folder + QStringLiteral("/target");
    QString error;
    // Larger than what is left: a truncated file would be a lie.
    Session large;
    large.serverName = QStringLiteral("SRV");
    large.operatorName = QString(30000, u'o');
    auto save = [&]() -> bool {
        if (writer == u"session")
            return SessionStore(target).save(large, &error);
        if (writer == u"whole file")
            return WholeFile::write(target, QByteArray(30000, 'w'), &error);
        ReportFormat format = ReportFormat::Text;
        ReportWriter::formatFromId(writer, &format);
        ReportData data = sampleReport();
        data.operatorName = QString(30000, u'o');
        data.forms.append({QStringLiteral("internetInfo"), QStringLiteral("form"), {}, QString(30000, u'n')});
        return ReportWriter(format).save(data, target, &error);
    };
    const QByteArray old = "the good old file\n";
    QVERIFY(writeRaw(target, old));
    disk.fill();
    QVERIFY2(!save(), "a write larger than the free space claimed success");
    QCOMPARE(error, QStringLiteral("No space left on device"));
    QCOMPARE(readAll(target), old);
    QCOMPARE(entries(folder), (QStringList{QStringLiteral("filler"), QStringLiteral("target")}));
    disk.makeRoom();
    QVERIFY2(save(), qPrintable(error));
    QVERIFY(readAll(target) != old);
}

void TestWholeFile::theAutosaverKeepsTheChangesAndTriesAgain()
{
    const QString folder = path(QStringLiteral("autosave-disk"));
    FullDisk disk(folder);
    if (!disk.mounted())
        QSKIP(qPrintable(disk.why()));
    SessionStore store(folder + QStringLiteral("/session.json"));
    ChecklistModel model;
    SessionAutosaver autosaver(&model, &store);
    autosaver.setRetryInterval(50);
    model.setPath(sample::pathId);
    model.setServerName(QStringLiteral("SRV-BEFORE"));
    autosaver.flush();
    QVERIFY2(autosaver.lastError().isEmpty(), qPrintable(autosaver.lastError()));
    const QByteArray before = readAll(store.filePath());
    QVERIFY(before.contains("SRV-BEFORE"));

    disk.fill();
    QSignalSpy failed(&autosaver, &SessionAutosaver::saveFailed);
    QSignalSpy saved(&autosaver, &SessionAutosaver::saved);
    model.setOperatorName(QString(20000, u'x'));
    model.setServerName(QStringLiteral("SRV-AFTER"));
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 60000);
    QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("No space left on device")),
             qPrintable(failed.at(0).at(0).toString()));
    // The old file as it was, the change in memory.
    QCOMPARE(readAll(store.filePath()), before);
    QCOMPARE(model.session().serverName, QStringLiteral("SRV-AFTER"));
    // Room again: the timer's next try writes it, without another change.
    disk.makeRoom();
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 60000);
    QVERIFY(autosaver.lastError().isEmpty());
    Session loaded;
    QString reason;
    QVERIFY2(SessionStore::read(store.filePath(), &loaded, &reason), qPrintable(reason));
    QCOMPARE(loaded.serverName, QStringLiteral("SRV-AFTER"));
    QCOMPARE(failed.count(), 1); // said once per failure streak
}

void TestWholeFile::theProgramsRefuseOutputsThatAreNotTheirs_data()
{
    QTest::addColumn<QString>("program"); // "prepwizard" or "prepprobe"
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message"); // part of stderr
    for (const char *program : {"prepwizard", "prepprobe"}) {
        const QString name = QString::fromLatin1(program);
        QTest::newRow(QByteArray(program) + ": link to a file") << name << u"link"_qs << u"symbolic link"_qs;
        QTest::newRow(QByteArray(program) + ": dangling link") << name << u"dangling"_qs << u"symbolic link"_qs;
        QTest::newRow(QByteArray(program) + ": folder") << name << u"folder"_qs << u"folder"_qs;
        QTest::newRow(QByteArray(program) + ": pipe nobody reads") << name << u"fifo"_qs << u"named pipe that no program reads"_qs;
    }
    QTest::newRow("prepwizard: output is the session") << u"prepwizard"_qs << u"session"_qs << u"would replace an input"_qs;
    QTest::newRow("prepwizard: output is the session by another path")
        << u"prepwizard"_qs << u"session other path"_qs << u"would replace an input"_qs;
    QTest::newRow("prepwizard: output is the snapshot") << u"prepwizard"_qs << u"facts"_qs << u"would replace an input"_qs;
    QTest::newRow("prepwizard: empty --output") << u"prepwizard"_qs << u"empty"_qs << u"--output needs a value"_qs;
    QTest::newRow("prepprobe: empty --output") << u"prepprobe"_qs << u"empty"_qs << u"--output needs a value"_qs;
}

void TestWholeFile::theProgramsRefuseOutputsThatAreNotTheirs()
{
    QFETCH(QString, program);
    QFETCH(QString, kind);
    QFETCH(QString, message);
    const QString folder = path(QStringLiteral("refuse-%1-%2").arg(program, kind).replace(u' ', u'-'));
    QVERIFY(QDir().mkpath(folder));
    const QString victim = folder + QStringLiteral("/victim");
    QVERIFY(writeRaw(victim, "mine"));
    QString output = folder + QStringLiteral("/out");
    QStringList arguments = program == u"prepwizard" ? quickCheck : QStringList();
    if (kind == u"link")
        QVERIFY(QFile::link(victim, output));
    else if (kind == u"dangling")
        QVERIFY(QFile::link(folder + QStringLiteral("/elsewhere"), output));
    else if (kind == u"folder")
        QVERIFY(QDir().mkpath(output));
    else if (kind == u"fifo")
        QCOMPARE(::mkfifo(QFile::encodeName(output).constData(), 0600), 0);
    else if (kind.startsWith(u"session")) {
        Session session;
        session.pathId = QStringLiteral("bo25-to-ws2003");
        QVERIFY(writeRaw(victim, QJsonDocument(session.toJson()).toJson()));
        arguments += {QStringLiteral("--session"), victim};
        output = kind == u"session" ? victim : folder + QStringLiteral("/./sub/../victim");
        QVERIFY(QDir().mkpath(folder + QStringLiteral("/sub")));
    } else if (kind == u"facts") {
        const QString facts = folder + QStringLiteral("/facts.json");
        QVERIFY(QFile::copy(QStringLiteral(PREP_FIXTURES "/snapshots/sbs2003-server.json"), facts));
        arguments += {QStringLiteral("--facts"), facts};
        output = facts;
    } else if (kind == u"empty") {
        output.clear();
    }
    const QByteArray before = readAll(kind == u"facts" ? output : victim);
    arguments += {QStringLiteral("--output"), output};
    const Run result = run(program == u"prepwizard" ? QStringLiteral(PREPWIZARD_PATH) : QStringLiteral(PREPPROBE_PATH),
                           arguments);
    QCOMPARE(result.exitCode, program == u"prepprobe" && kind == u"empty" ? 2 : 3);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QCOMPARE(result.err.count(u'\n'), 1);
    QCOMPARE(readAll(kind == u"facts" ? output : victim), before);
    QVERIFY(!QFileInfo::exists(folder + QStringLiteral("/elsewhere")));
}

void TestWholeFile::prepprobeLeavesPlantedTemporaryNamesAlone_data()
{
    QTest::addColumn<QString>("planted");
    QTest::newRow("a link at <output>.tmp") << u"link"_qs;
    QTest::newRow("the user's own <output>.tmp") << u"file"_qs;
    QTest::newRow("a folder at <output>.tmp") << u"folder"_qs;
    QTest::newRow("a pipe at <output>.tmp") << u"fifo"_qs;
}

void TestWholeFile::prepprobeLeavesPlantedTemporaryNamesAlone()
{
    QFETCH(QString, planted);
    const QString folder = path(QStringLiteral("planted-") + planted);
    QVERIFY(QDir().mkpath(folder));
    const QString output = folder + QStringLiteral("/snapshot.json");
    const QString tmp = output + QStringLiteral(".tmp");
    const QString victim = folder + QStringLiteral("/victim");
    QVERIFY(writeRaw(victim, "mine"));
    if (planted == u"link")
        QVERIFY(QFile::link(victim, tmp));
    else if (planted == u"file")
        QVERIFY(writeRaw(tmp, "my notes"));
    else if (planted == u"folder")
        QVERIFY(QDir().mkpath(tmp));
    else
        QCOMPARE(::mkfifo(QFile::encodeName(tmp).constData(), 0600), 0);
    const Run result = run(QStringLiteral(PREPPROBE_PATH),
                           {QStringLiteral("--root"), QStringLiteral(PREP_FIXTURES "/linux-server"),
                            QStringLiteral("--output"), output});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(QJsonDocument::fromJson(readAll(output)).isObject());
    QCOMPARE(readAll(victim), QByteArray("mine"));
    if (planted == u"file")
        QCOMPARE(readAll(tmp), QByteArray("my notes"));
    QVERIFY(QFileInfo::exists(tmp) || QFileInfo(tmp).isSymLink());
    QCOMPARE(entries(folder).size(), 3);
}

void TestWholeFile::parallelPrepprobeRunsToOneOutputAllSucceed()
{
    const QString output = path(QStringLiteral("parallel.json"));
    std::vector<std::unique_ptr<QProcess>> runs;
    for (int i = 0; i < 6; ++i) {
        runs.push_back(std::make_unique<QProcess>());
        runs.back()->start(QStringLiteral(PREPPROBE_PATH),
                           {QStringLiteral("--root"), QStringLiteral(PREP_FIXTURES "/linux-server"),
                            QStringLiteral("--output"), output});
    }
    for (auto &process : runs) {
        QVERIFY(process->waitForFinished(120000));
        QCOMPARE(process->exitCode(), 0);
        QVERIFY2(process->readAllStandardError().isEmpty(), "a parallel run failed");
    }
    QVERIFY(QJsonDocument::fromJson(readAll(output)).isObject());
    QCOMPARE(entries(m_dir.path()).filter(QStringLiteral("parallel")), QStringList{QStringLiteral("parallel.json")});
}

void TestWholeFile::aStandardOutputThatCannotBeWrittenExitsWith3_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("redirect");
    QTest::addColumn<QString>("reason");
    const QStringList probe = {QStringLiteral("--root"), QStringLiteral(PREP_FIXTURES "/linux-server")};
    const QString wizard = QStringLiteral(PREPWIZARD_PATH);
    const QString prepprobe = QStringLiteral(PREPPROBE_PATH);
    const QString full = QStringLiteral(">/dev/full");
    const QString closed = QStringLiteral(">&-");
    const QString noSpace = QStringLiteral("No space left on device");
    const QString badDescriptor = QStringLiteral("Bad file descriptor");
    QTest::newRow("check, text, full") << wizard << quickCheck << full << noSpace;
    QTest::newRow("check, json, full") << wizard << quickCheck + QStringList{u"--format"_qs, u"json"_qs} << full << noSpace;
    QTest::newRow("check, markdown, closed")
        << wizard << quickCheck + QStringList{u"--format"_qs, u"markdown"_qs} << closed << badDescriptor;
    QTest::newRow("check, html, closed") << wizard << quickCheck + QStringList{u"--format"_qs, u"html"_qs} << closed << badDescriptor;
    QTest::newRow("--version, full") << wizard << QStringList{u"--version"_qs} << full << noSpace;
    QTest::newRow("--help, closed") << wizard << QStringList{u"--help"_qs} << closed << badDescriptor;
    QTest::newRow("--list-paths, full") << wizard << QStringList{u"--list-paths"_qs} << full << noSpace;
    QTest::newRow("--list-tasks json, full")
        << wizard << QStringList{u"--list-tasks"_qs, u"--path"_qs, u"bo25-to-ws2003"_qs, u"--format"_qs, u"json"_qs} << full << noSpace;
    QTest::newRow("prepprobe, full") << prepprobe << probe << full << noSpace;
    QTest::newRow("prepprobe, closed") << prepprobe << probe << closed << badDescriptor;
}

void TestWholeFile::aStandardOutputThatCannotBeWrittenExitsWith3()
{
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    QFETCH(QString, redirect);
    QFETCH(QString, reason);
    const Run result = run(program, arguments, redirect);
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains(QStringLiteral("standard output")) && result.err.contains(reason),
             qPrintable(result.err));
    QCOMPARE(result.err.count(u'\n'), 1);
}

void TestWholeFile::theCheckWritesToAFullDiskNeverCutShort_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<qint64>("leftBytes");
    for (const qint64 left : {qint64(0), qint64(4096), qint64(12288)})
        for (const char *format : {"text", "json", "markdown", "html", "pdf"})
            QTest::newRow(QByteArray(format) + " with " + QByteArray::number(left) + " bytes left")
                << QString::fromLatin1(format) << left;
}

void TestWholeFile::theCheckWritesToAFullDiskNeverCutShort()
{
    QFETCH(QString, format);
    QFETCH(qint64, leftBytes);
    const QString folder = path(QStringLiteral("check-disk-%1-%2").arg(format).arg(leftBytes));
    FullDisk disk(folder, leftBytes);
    if (!disk.mounted())
        QSKIP(qPrintable(disk.why()));
    const QString output = folder + QStringLiteral("/report");
    QVERIFY(writeRaw(output, "the report of yesterday"));
    disk.fill();
    // A long operator name makes every report larger than what is left.
    Session session;
    session.pathId = QStringLiteral("bo25-to-ws2003");
    session.operatorName = QString(900, u'o');
    session.serverName = QString(900, u's');
    const QString sessionFile = path(QStringLiteral("session-%1-%2.json").arg(format).arg(leftBytes));
    QVERIFY(writeRaw(sessionFile, QJsonDocument(session.toJson()).toJson()));
    const Run result = run(QStringLiteral(PREPWIZARD_PATH),
                           quickCheck + QStringList{QStringLiteral("--session"), sessionFile, QStringLiteral("--format"),
                                                    format, QStringLiteral("--output"), output});
    const QByteArray written = readAll(output);
    if (result.exitCode == 3) {
        QCOMPARE(result.err, QStringLiteral("prepwizard: cannot write %1: No space left on device\n").arg(output));
        QCOMPARE(written, QByteArray("the report of yesterday"));
    } else {
        // It fitted: then it is whole.
        QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
        if (format == u"json")
            QVERIFY(QJsonDocument::fromJson(written).isObject());
        else if (format == u"html")
            QVERIFY(written.trimmed().endsWith("</html>"));
        else if (format == u"pdf")
            QVERIFY(written.trimmed().endsWith("%%EOF"));
        else
            QVERIFY(written.size() > 900);
    }
    QCOMPARE(entries(folder), (QStringList{QStringLiteral("filler"), QStringLiteral("report")}));
}

void TestWholeFile::aSecondWindowOnOneSessionSaysWhoHasIt()
{
    const QString file = path(QStringLiteral("shared/session.json"));
    SessionStore first(file);
    QString message;
    QVERIFY2(first.lock(&message), qPrintable(message));
    Session mine;
    mine.serverName = QStringLiteral("FIRST");
    QString error;
    QVERIFY2(first.save(mine, &error), qPrintable(error));

    SessionStore second(file);
    QVERIFY(!second.lock(&message));
    QVERIFY2(message.contains(QString::number(QCoreApplication::applicationPid())), qPrintable(message));
    QVERIFY(message.contains(QStringLiteral("another Prep Wizard")));
    Session loaded;
    QString ignored;
    QCOMPARE(second.load(&loaded, &ignored), SessionStore::LoadResult::Loaded);
    QCOMPARE(loaded.serverName, QStringLiteral("FIRST"));
    Session theirs;
    theirs.serverName = QStringLiteral("SECOND");
    QVERIFY(!second.save(theirs, &error));
    QCOMPARE(error, message);
    QVERIFY(!second.remove());
    Session after;
    QVERIFY(SessionStore::read(file, &after, &ignored));
    QCOMPARE(after.serverName, QStringLiteral("FIRST"));

    // A lock left by a process that is gone is taken over.
    const QString stale = path(QStringLiteral("stale/session.json"));
    QVERIFY(QDir().mkpath(QFileInfo(stale).absolutePath()));
    QVERIFY(writeRaw(stale + QStringLiteral(".lock"), "999999999\nprepwizard\n" + QSysInfo::machineHostName().toUtf8() + "\n"));
    SessionStore third(stale);
    QVERIFY2(third.lock(&message), qPrintable(message));
}

QTEST_MAIN(TestWholeFile)
#include "tst_wholefile.moc"
