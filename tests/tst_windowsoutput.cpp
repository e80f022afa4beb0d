// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// What the whole-file writer does with the places a Windows user writes a report to: a file that is
// there (replaced whole), a read-only one and one another program holds (refused, kept as it was),
// names Windows cannot hold (refused in words), standard output (the same bytes as the file) and a
// console window (accents shown). Run natively and, cross-built, under Wine; a case that only
// Windows has skips elsewhere with its reason, and Linux's own behaviour is checked instead.

#include "report/WholeFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_WIN
#include <fcntl.h>
#include <io.h>
#include <windows.h>
#endif

using namespace prep;

namespace {
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run prepwizard(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(PREPWIZARD_PATH), arguments);
    if (!process.waitForFinished(120000))
        qFatal("prepwizard did not finish");
    Run run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

// The headless check of the fixture snapshot, its own network checks refused at once.
QStringList check(const QStringList &more)
{
    return QStringList{QStringLiteral("--check"),       QStringLiteral("--path"),
                       QStringLiteral("sbs2003-to-essentials"), QStringLiteral("--facts"),
                       QStringLiteral(PREP_FIXTURES "/snapshots/sbs2003-server.json"), QStringLiteral("--ntp-server"),
                       QStringLiteral("127.0.0.1:9"), QStringLiteral("--internet-host"), QStringLiteral("127.0.0.1:9")}
        + more;
}

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(cannot be read)");
}

bool put(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

// What a report says, without the times of its run.
QJsonObject withoutTimes(QJsonObject report)
{
    report.remove(QStringLiteral("generated"));
    report.remove(QStringLiteral("fingerprint")); // it covers the times
    QJsonArray items = report.value(QStringLiteral("items")).toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        QJsonObject item = items.at(i).toObject();
        item.remove(QStringLiteral("checkedAt"));
        items.replace(i, item);
    }
    report.insert(QStringLiteral("items"), items);
    return report;
}
} // namespace

class TestWindowsOutput : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Everything in the folder but `kept`: a temporary file left behind would be listed.
    QStringList othersThan(const QStringList &kept) const
    {
        QStringList others = QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
        for (const QString &name : kept)
            others.removeAll(name);
        return others;
    }

private slots:
    void init()
    {
        // A fresh, empty folder for each case.
        for (const QString &name : QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System)) {
            QFile::setPermissions(m_dir.filePath(name), QFile::ReadOwner | QFile::WriteOwner);
            QFile::remove(m_dir.filePath(name));
        }
    }

    void windowsRefusesNamesItCannotHold_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("problem"); // a word of the reason; empty: the name is fine
        const QString device = QStringLiteral("keeps for a device");
        const QString character = QStringLiteral("a character that Windows does not allow");
        const QString end = QStringLiteral("ends with a dot or a space");
        QTest::newRow("CON") << QStringLiteral("CON") << device;
        QTest::newRow("con, any case") << QStringLiteral("con") << device;
        QTest::newRow("aux.txt") << QStringLiteral("aux.txt") << device;
        QTest::newRow("NUL") << QStringLiteral("NUL") << device;
        QTest::newRow("COM1") << QStringLiteral("COM1") << device;
        QTest::newRow("lpt9.report.json") << QStringLiteral("lpt9.report.json") << device;
        QTest::newRow("PRN .pdf") << QStringLiteral("PRN .pdf") << device;
        QTest::newRow("trailing dot") << QStringLiteral("report.") << end;
        QTest::newRow("trailing space") << QStringLiteral("report.json ") << end;
        for (const char *bad : {"a<b", "a>b", "c:report.json", "say\"hi\"", "a|b", "why?.json", "*.json", "a/b", "a\\b", "tab\there"})
            QTest::newRow(bad) << QString::fromLatin1(bad) << character;
        QTest::newRow("CONSOLE.txt is not CON") << QStringLiteral("CONSOLE.txt") << QString();
        QTest::newRow("COM10 is not a device") << QStringLiteral("COM10") << QString();
        QTest::newRow("nul-report.json") << QStringLiteral("nul-report.json") << QString();
        QTest::newRow("accents") << QStringLiteral("informe-configuración.pdf") << QString();
        QTest::newRow("dot first") << QStringLiteral(".prepwizard") << QString();
        QTest::newRow("plain") << QStringLiteral("report.json") << QString();
    }
    void windowsRefusesNamesItCannotHold()
    {
        QFETCH(QString, name);
        QFETCH(QString, problem);
        const QString reason = WholeFile::windowsNameProblem(name);
        if (problem.isEmpty()) {
            QVERIFY2(reason.isEmpty(), qPrintable(reason));
        } else {
            QVERIFY2(reason.contains(problem), qPrintable(reason));
            QVERIFY2(reason.contains(name), qPrintable(reason)); // says which name
        }
    }

    void aReservedNameIsRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("CON") << QStringLiteral("CON");
        QTest::newRow("aux.txt") << QStringLiteral("aux.txt");
    }
    void aReservedNameIsRefused()
    {
        QFETCH(QString, name);
        const QString target = m_dir.filePath(name);
        QString reason;
        const bool written = WholeFile::write(target, QByteArray("report\n"), &reason);
        const Run run = prepwizard(check({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--output"), target}));
#ifdef Q_OS_WIN
        QVERIFY(!written);
        QVERIFY2(reason.contains(QStringLiteral("keeps for a device")), qPrintable(reason));
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains("is a name that Windows keeps for a device"), run.err.constData());
        QCOMPARE(run.err.count('\n'), 1);
#else
        // Elsewhere an ordinary name, written as any other.
        QVERIFY2(written, qPrintable(reason));
        QVERIFY2(run.exitCode < 3, run.err.constData());
        QVERIFY(QJsonDocument::fromJson(contentOf(target)).isObject());
#endif
        QCOMPARE(othersThan({name}), QStringList());
    }

    void aReportReplacesAFileThatIsThereWhole()
    {
        const QString target = m_dir.filePath(QStringLiteral("report.json"));
        // Longer than the report: a tail left over would not be JSON.
        QVERIFY(put(target, QByteArray(400000, 'x')));
        const Run run = prepwizard(check({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--output"), target}));
        QVERIFY2(run.exitCode >= 0 && run.exitCode < 3, run.err.constData());
        QVERIFY(run.out.isEmpty());
        const QByteArray written = contentOf(target);
        QJsonParseError parsed{};
        const QJsonDocument report = QJsonDocument::fromJson(written, &parsed);
        QVERIFY2(parsed.error == QJsonParseError::NoError, qPrintable(parsed.errorString()));
        QVERIFY(!report.object().value(QStringLiteral("items")).toArray().isEmpty());
        QVERIFY(!written.contains('x' + QByteArray(100, 'x')));
        QCOMPARE(othersThan({QStringLiteral("report.json")}), QStringList());
        // Twice: the second time over the first report.
        const Run again = prepwizard(check({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--output"), target}));
        QCOMPARE(again.exitCode, run.exitCode);
        QCOMPARE(withoutTimes(QJsonDocument::fromJson(contentOf(target)).object()), withoutTimes(report.object()));
        QCOMPARE(othersThan({QStringLiteral("report.json")}), QStringList());
    }

    void aReadOnlyTarget()
    {
        const QString target = m_dir.filePath(QStringLiteral("report.json"));
        const QByteArray old("the old report\n");
        QVERIFY(put(target, old));
        QVERIFY(QFile::setPermissions(target, QFile::ReadOwner | QFile::ReadUser | QFile::ReadGroup | QFile::ReadOther));
        QString reason;
        const bool written = WholeFile::write(target, QByteArray("{}\n"), &reason);
#ifdef Q_OS_WIN
        // Windows refuses to replace it: said before any work, the old report kept.
        QVERIFY(!written);
        QVERIFY2(reason.contains(QStringLiteral("read-only")), qPrintable(reason));
        QCOMPARE(contentOf(target), old);
        const Run run = prepwizard(check({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--output"), target}));
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains("the file is read-only"), run.err.constData());
        QCOMPARE(contentOf(target), old);
#else
        // On Linux a read-only file in a folder one may write is replaced, as editors do, and keeps
        // its permissions: the folder's permission decides.
        QVERIFY2(written, qPrintable(reason));
        QCOMPARE(contentOf(target), QByteArray("{}\n"));
        QCOMPARE(QFile::permissions(target) & QFile::WriteOwner, QFile::Permissions());
#endif
        QCOMPARE(othersThan({QStringLiteral("report.json")}), QStringList());
    }

    void aFolderIsRefused()
    {
        QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("reports")));
        const QString target = m_dir.filePath(QStringLiteral("reports"));
        QString reason;
        QVERIFY(!WholeFile::write(target, QByteArray("{}\n"), &reason));
        QCOMPARE(reason, QStringLiteral("it is a folder"));
        const Run run = prepwizard(check({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--output"), target}));
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.endsWith(": it is a folder\n") || run.err.endsWith(": it is a folder\r\n"), run.err.constData());
        QVERIFY(QFileInfo(target).isDir());
        QCOMPARE(othersThan({QStringLiteral("reports")}), QStringList());
        QVERIFY(QDir(target).removeRecursively());
    }

    // A link is never written through: the file it points to stays as it was. Refused where the
    // system says it is a link (Linux; Windows, a reparse point); Wine 8 shows a link made on the
    // Linux side as an ordinary file, which is then replaced by the report, the link with it.
    void aLinkIsNeverWrittenThrough()
    {
        const QString pointed = m_dir.filePath(QStringLiteral("elsewhere.json"));
        const QString target = m_dir.filePath(QStringLiteral("report.json"));
        const QByteArray old("someone else's file\n");
        QVERIFY(put(pointed, old));
#ifdef Q_OS_WIN
        // (QFile::link makes a shortcut file on Windows, not a link.)
        const bool made = ::CreateSymbolicLinkW(QDir::toNativeSeparators(target).toStdWString().c_str(),
                                                QDir::toNativeSeparators(pointed).toStdWString().c_str(),
                                                SYMBOLIC_LINK_FLAG_ALLOW_UNPRIVILEGED_CREATE)
                          && QFileInfo::exists(target);
#else
        const bool made = QFile::link(pointed, target);
#endif
        if (!made)
            QSKIP("no symbolic link can be made here (Wine 8 makes none; Windows needs developer mode or the right to make links)");
        QString reason;
        const bool written = WholeFile::write(target, QByteArray("{}\n"), &reason);
        QCOMPARE(contentOf(pointed), old);
#ifdef Q_OS_WIN
        const DWORD attributes = ::GetFileAttributesW(QDir::toNativeSeparators(target).toStdWString().c_str());
        const bool isLink = attributes != INVALID_FILE_ATTRIBUTES && (attributes & FILE_ATTRIBUTE_REPARSE_POINT);
#else
        const bool isLink = true;
#endif
        if (isLink) {
            QVERIFY(!written);
            QCOMPARE(reason, QStringLiteral("it is a symbolic link; give the file it points to"));
        } else {
            QVERIFY2(written, qPrintable(reason));
            QCOMPARE(contentOf(target), QByteArray("{}\n"));
        }
        QFile::remove(target);
        QCOMPARE(othersThan({QStringLiteral("elsewhere.json")}), QStringList());
    }

    void aFileAnotherProgramHoldsIsNotCutShort()
    {
#ifndef Q_OS_WIN
        QSKIP("Windows only: Linux has no mandatory locks, a file open elsewhere is replaced by the rename");
#else
        const QString target = m_dir.filePath(QStringLiteral("report.json"));
        const QByteArray old("the old report\n");
        QVERIFY(put(target, old));
        // Another program's handle that shares nothing, as an editor may keep one.
        const HANDLE held = ::CreateFileW(QDir::toNativeSeparators(target).toStdWString().c_str(), GENERIC_READ, 0,
                                          nullptr, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
        QVERIFY(held != INVALID_HANDLE_VALUE);
        QString reason;
        const bool written = WholeFile::write(target, QByteArray(300000, 'n'), &reason);
        const Run run = prepwizard(check({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--output"), target}));
        ::CloseHandle(held);
        QVERIFY(!written);
        QVERIFY2(reason.contains(QStringLiteral("another program")), qPrintable(reason));
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains("another program"), run.err.constData());
        QCOMPARE(contentOf(target), old);
        QCOMPARE(othersThan({QStringLiteral("report.json")}), QStringList());
        // Once let go, written whole.
        QVERIFY2(WholeFile::write(target, QByteArray(300000, 'n'), &reason), qPrintable(reason));
        QCOMPARE(contentOf(target), QByteArray(300000, 'n'));
        QCOMPARE(othersThan({QStringLiteral("report.json")}), QStringList());
#endif
    }

    // Standard output is given the bytes of the report as they are: no CR LF added, UTF-8.
    void theReportOnStandardOutputIsTheFilesReport()
    {
        const QString target = m_dir.filePath(QStringLiteral("report.json"));
        const QStringList spanish{QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--lang"),
                                  QStringLiteral("es")};
        const Run toFile = prepwizard(check(spanish + QStringList{QStringLiteral("--output"), target}));
        const Run toOutput = prepwizard(check(spanish));
        QVERIFY2(toFile.exitCode >= 0 && toFile.exitCode < 3, toFile.err.constData());
        QCOMPARE(toOutput.exitCode, toFile.exitCode);
        QVERIFY2(toOutput.err.isEmpty(), toOutput.err.constData());
        QVERIFY(!toOutput.out.contains("\r\n"));
        QVERIFY(toOutput.out.contains("\xc3\xb3")); // ó, as UTF-8: the Spanish report's accents
        const QJsonDocument fromOutput = QJsonDocument::fromJson(toOutput.out);
        QVERIFY(fromOutput.isObject());
        QCOMPARE(withoutTimes(fromOutput.object()), withoutTimes(QJsonDocument::fromJson(contentOf(target)).object()));
        // And a text report, line by line.
        const Run text = prepwizard(check({QStringLiteral("--format"), QStringLiteral("text")}));
        QCOMPARE(text.exitCode, toFile.exitCode);
        QVERIFY(text.out.count('\n') > 20);
        QVERIFY(!text.out.contains('\r'));
    }

    // A console window is given UTF-16: the accents show whatever its code page.
    void aConsoleShowsTheAccents()
    {
#ifndef Q_OS_WIN
        QSKIP("Windows only: a terminal on Linux takes the UTF-8 bytes as they are (theReportOnStandardOutputIsTheFilesReport)");
#else
        // Wine without a display (as in CTest) makes no console: Windows error 5 there.
        if (::GetConsoleWindow() == nullptr && !::AllocConsole())
            QSKIP(qPrintable(QStringLiteral("no console window can be made here (Windows error %1)").arg(::GetLastError())));
        const HANDLE console = ::CreateFileW(L"CONOUT$", GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE,
                                             nullptr, OPEN_EXISTING, 0, nullptr);
        QVERIFY(console != INVALID_HANDLE_VALUE);
        const HANDLE screen = ::CreateConsoleScreenBuffer(GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE,
                                                          nullptr, CONSOLE_TEXTMODE_BUFFER, nullptr);
        ::CloseHandle(console);
        QVERIFY(screen != INVALID_HANDLE_VALUE);
        const int descriptor = ::_open_osfhandle(intptr_t(screen), _O_WRONLY);
        QVERIFY(descriptor >= 0);
        const QString line = QStringLiteral("Configuración del correo electrónico: sí");
        QString reason;
        QVERIFY2(WholeFile::writeAll(descriptor, line.toUtf8(), &reason), qPrintable(reason));
        wchar_t shown[64] = {};
        DWORD read = 0;
        QVERIFY(::ReadConsoleOutputCharacterW(screen, shown, DWORD(line.size()), COORD{0, 0}, &read));
        ::_close(descriptor);
        QCOMPARE(QString::fromWCharArray(shown, int(read)), line);
#endif
    }
};

QTEST_GUILESS_MAIN(TestWindowsOutput)
#include "tst_windowsoutput.moc"
