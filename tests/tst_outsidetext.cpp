// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14, family 5 and the extras: text from outside is text. Control characters in a host
// name, a session's names and notes come out visible and on their own line in every report and
// in the one-line error; right-to-left and combining text still read in the PDF. Then the
// headless check where the window system is wrong, empty option values and names not in UTF-8.

#include "SampleChecklist.h"
#include "catalog/TaskIds.h"
#include "checklist/ChecklistModel.h"
#include "checklist/Session.h"
#include "report/HtmlReport.h"
#include "report/MarkdownReport.h"
#include "report/SafeText.h"
#include "report/TextReport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace prep;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run run(const QStringList &arguments, const QMap<QString, QString> &variables = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        environment.remove(QLatin1String(name));
    for (auto it = variables.begin(); it != variables.end(); ++it)
        environment.insert(it.key(), it.value());
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(PREPWIZARD_PATH), arguments);
    if (!process.waitForFinished(120000))
        qFatal("prepwizard did not end within two minutes");
    Run result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

const QStringList offline = {QStringLiteral("--internet-host"), QStringLiteral("127.0.0.1:9"),
                             QStringLiteral("--ntp-server"), QStringLiteral("127.0.0.1:9"), QStringLiteral("--lang"),
                             QStringLiteral("en")};
const QString snapshot = QStringLiteral(PREP_FIXTURES "/snapshots/sbs2003-server.json");

// Characters no report may carry raw.
bool hasRawControl(const QString &text, bool newlinesAllowed)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && !(newlinesAllowed && u == u'\n')) || (u >= 0x7f && u < 0xa0) || u == 0x2028 || u == 0x2029)
            return true;
    }
    return false;
}

// The hostile texts: each tries to end a line and forge one, or to drive a terminal.
QList<QPair<QByteArray, QString>> hostileTexts()
{
    return {
        {"newline forging a verdict", QStringLiteral("SRV\nVerdict: Ready\n")},
        {"carriage return", QStringLiteral("SRV\rVerdict: Ready")},
        {"CRLF", QStringLiteral("SRV\r\nVerdict: Ready")},
        {"terminal colour", QStringLiteral("SRV\x1b[32mREADY\x1b[0m")},
        {"terminal title", QStringLiteral("SRV\x1b]0;owned\x07")},
        {"clear screen", QStringLiteral("\x1b[2J\x1b[HVerdict: Ready")},
        {"NUL", QString::fromUtf16(u"SRV\u0000hidden", 10)},
        {"bell and backspace", QStringLiteral("SRV\x07\x08\x08\x08OK")},
        {"vertical tab and form feed", QStringLiteral("SRV\x0b\x0cVerdict: Ready")},
        {"DEL", QStringLiteral("SRV\x7f")},
        {"C1 CSI", QString::fromUtf16(u"SRV\u009b31mred")},
        {"next line U+0085", QString::fromUtf16(u"SRV\u0085Verdict: Ready")},
        {"line separator", QString::fromUtf16(u"SRV\u2028Verdict: Ready")},
        {"paragraph separator", QString::fromUtf16(u"SRV\u2029Verdict: Ready")},
    };
}

} // namespace

class TestOutsideText : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void oneLineShowsControlsVisibly_data();
    void oneLineShowsControlsVisibly();
    void aServersNameInAFileNameNamesNoOtherFolder_data();
    void aServersNameInAFileNameNamesNoOtherFolder();
    void reportsCannotBeForged_data();
    void reportsCannotBeForged();
    void thePdfReadsRightToLeftAndCombiningText_data();
    void thePdfReadsRightToLeftAndCombiningText();
    void theOneLineErrorStaysOneLine_data();
    void theOneLineErrorStaysOneLine();
    void theCheckRunsWhateverTheWindowSystem_data();
    void theCheckRunsWhateverTheWindowSystem();
    void emptyOptionValuesAreErrors_data();
    void emptyOptionValuesAreErrors();
    void fileNamesNotInUtf8AreRefusedByName_data();
    void fileNamesNotInUtf8AreRefusedByName();
};

// A snapshot's host name goes into the file names the wizard proposes (the service plan, the
// checklist): whatever it holds, the name stays one file in the folder proposed.
void TestOutsideText::aServersNameInAFileNameNamesNoOtherFolder_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("part");
    QTest::newRow("plain") << QStringLiteral("SRV-SBS") << QStringLiteral("SRV-SBS");
    QTest::newRow("up a folder") << QStringLiteral("../../etc/cron.d/x") << QStringLiteral("-..-etc-cron.d-x");
    QTest::newRow("dots first") << QStringLiteral("..hidden") << QStringLiteral("hidden");
    QTest::newRow("Windows drive") << QStringLiteral("C:\\Windows\\x") << QStringLiteral("C-Windows-x");
    QTest::newRow("network share") << QStringLiteral("\\\\host\\share") << QStringLiteral("-host-share");
    QTest::newRow("controls and newline") << QStringLiteral("a\nb\x1b[31m") << QStringLiteral("a-b-31m");
    QTest::newRow("nothing left") << QStringLiteral("...") << QStringLiteral("server");
    QTest::newRow("very long") << QString(5000, u'x') << QString(64, u'x');
}

void TestOutsideText::aServersNameInAFileNameNamesNoOtherFolder()
{
    QFETCH(QString, name);
    QFETCH(QString, part);
    const QString result = SafeText::fileNamePart(name);
    QCOMPARE(result, part);
    QCOMPARE(QFileInfo(QDir(m_dir.path()).filePath(result + QStringLiteral("-services.json"))).absolutePath(),
             QFileInfo(m_dir.path()).absoluteFilePath());
}

void TestOutsideText::oneLineShowsControlsVisibly_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    QTest::newRow("plain") << u"SRV-01"_qs << u"SRV-01"_qs;
    QTest::newRow("newline") << u"a\nb"_qs << QString::fromUtf16(u"a\u240Ab");
    QTest::newRow("carriage return") << u"a\rb"_qs << QString::fromUtf16(u"a\u240Db");
    QTest::newRow("tab") << u"a\tb"_qs << QString::fromUtf16(u"a\u2409b");
    QTest::newRow("NUL") << QString::fromUtf16(u"a\u0000b", 3) << QString::fromUtf16(u"a\u2400b");
    QTest::newRow("escape") << u"\x1b[31m"_qs << QString::fromUtf16(u"\u241B[31m");
    QTest::newRow("unit separator") << u"\x1f"_qs << QString::fromUtf16(u"\u241F");
    QTest::newRow("DEL") << u"\x7f"_qs << QString::fromUtf16(u"\u2421");
    QTest::newRow("C1 CSI") << QString::fromUtf16(u"\u009b") << u"\\x9B"_qs;
    QTest::newRow("next line") << QString::fromUtf16(u"\u0085") << u"\\x85"_qs;
    QTest::newRow("line separator") << QString::fromUtf16(u"a\u2028b") << u"a\\u2028b"_qs;
    QTest::newRow("paragraph separator") << QString::fromUtf16(u"\u2029") << u"\\u2029"_qs;
    QTest::newRow("Arabic") << QString::fromUtf16(u"خادم المكتب") << QString::fromUtf16(u"خادم المكتب");
    QTest::newRow("Hebrew and digits") << QString::fromUtf16(u"שרת 2003") << QString::fromUtf16(u"שרת 2003");
    QTest::newRow("combining accent") << QString::fromUtf16(u"Jose\u0301") << QString::fromUtf16(u"Jose\u0301");
    QTest::newRow("emoji (surrogate pair)") << QString::fromUtf16(u"\U0001F5A5 SRV") << QString::fromUtf16(u"\U0001F5A5 SRV");
    QTest::newRow("lone high surrogate") << QString(QChar(0xD800)) + u'x' << QString(QChar(0xFFFD)) + u'x';
    QTest::newRow("lone low surrogate") << QString(QChar(0xDC00)) << QString(QChar(0xFFFD));
    QTest::newRow("long text cut") << QString(SafeText::maxShownLength + 5, u'x')
                                   << QString(SafeText::maxShownLength, u'x') + QChar(0x2026);
    QTest::newRow("exactly the limit") << QString(SafeText::maxShownLength, u'y') << QString(SafeText::maxShownLength, u'y');
    QTest::newRow("cut never splits a pair")
        << QString(SafeText::maxShownLength - 1, u'z') + QString::fromUtf16(u"\U0001F5A5\U0001F5A5")
        << QString(SafeText::maxShownLength - 1, u'z') + QString::fromUtf16(u"\U0001F5A5\u2026");
    QTest::newRow("empty") << u""_qs << u""_qs;
}

void TestOutsideText::oneLineShowsControlsVisibly()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QCOMPARE(SafeText::oneLine(text), shown);
    QVERIFY(!hasRawControl(SafeText::oneLine(text), false));
    // In HTML and Markdown a line break is a space, the other controls as in plain text.
    const QString inline_ = SafeText::oneLine(text, SafeText::maxShownLength, SafeText::Newline::Space);
    QVERIFY(!hasRawControl(inline_, false));
}

void TestOutsideText::reportsCannotBeForged_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    for (const char *format : {"text", "markdown", "html"})
        for (const char *field : {"host", "server", "operator", "note", "waiver"})
            for (const auto &[name, text] : hostileTexts())
                QTest::newRow(QByteArray(format) + ", " + field + ", " + name)
                    << QString::fromLatin1(format) << QString::fromLatin1(field) << text;
}

void TestOutsideText::reportsCannotBeForged()
{
    QFETCH(QString, format);
    QFETCH(QString, field);
    QFETCH(QString, text);
    ChecklistModel model;
    sample::fill(&model);
    MachineDescription machine = sample::machine();
    if (field == u"host")
        machine.hostName = text;
    else if (field == u"server")
        model.setServerName(text);
    else if (field == u"operator")
        model.setOperatorName(text);
    else if (field == u"note")
        model.setNote(QString(taskid::pre::readGuide), text);
    else {
        // The sample has accepted this risk already: one mark at a time, so it is taken back first.
        model.withdrawMark(QString(taskid::os::stopLocalsystemServices));
        QVERIFY(model.waive(QString(taskid::os::stopLocalsystemServices), text));
    }
    const ReportData data = ReportData::from(model, machine, sample::generated());
    const QString report = format == u"text"       ? TextReport::render(data)
                           : format == u"markdown" ? MarkdownReport::render(data)
                                                   : HtmlReport::render(data);
    QVERIFY2(!hasRawControl(report, true), "a control character came out raw");
    // No line begins with the forged words: they stay on the line of the field they came in.
    for (const QString &line : report.split(u'\n'))
        QVERIFY2(!line.trimmed().startsWith(QLatin1String("Verdict: Ready")) &&
                     !line.trimmed().startsWith(QLatin1String("READY")),
                 qPrintable(line));
    // What was written is still there to read, shown.
    if (text.contains(QLatin1String("Verdict: Ready")))
        QVERIFY(report.contains(QLatin1String("Verdict: Ready")));
}

void TestOutsideText::thePdfReadsRightToLeftAndCombiningText_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected"); // what pdftotext gives back, normalised
    QTest::newRow("Arabic") << QString::fromUtf16(u"مكتب") << QString::fromUtf16(u"مكتب");
    QTest::newRow("Hebrew") << QString::fromUtf16(u"שרת") << QString::fromUtf16(u"שרת");
    QTest::newRow("combining acute") << QString::fromUtf16(u"Jose\u0301 Mari\u0301a") << QString::fromUtf16(u"José María");
    QTest::newRow("with a newline") << QStringLiteral("SRV\nVerdict: Ready") << u"SRV Verdict: Ready"_qs; // in HTML, and so the PDF, a space
}

void TestOutsideText::thePdfReadsRightToLeftAndCombiningText()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    Session session;
    session.pathId = QStringLiteral("bo25-to-ws2003");
    session.operatorName = name;
    const QString sessionFile = m_dir.filePath(QStringLiteral("pdf-%1.json").arg(QString::fromLatin1(QTest::currentDataTag())));
    {
        QFile file(sessionFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(session.toJson()).toJson());
    }
    const QString pdf = m_dir.filePath(QStringLiteral("pdf-%1.pdf").arg(QString::fromLatin1(QTest::currentDataTag())));
    const Run result = run(offline + QStringList{QStringLiteral("--check"), QStringLiteral("--session"), sessionFile,
                                                 QStringLiteral("--facts"), snapshot, QStringLiteral("--format"),
                                                 QStringLiteral("pdf"), QStringLiteral("--output"), pdf});
    QVERIFY2(result.exitCode >= 0 && result.exitCode <= 2, qPrintable(result.err));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(60000));
    // pdftotext gives Arabic in its presentation forms, between direction marks: compatibility
    // normal form and no marks compare the letters.
    QString all = QString::fromUtf8(text.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    all.remove(QRegularExpression(QStringLiteral("[\\x{200E}\\x{200F}\\x{202A}-\\x{202E}]")));
    all = all.simplified();
    QVERIFY2(all.contains(expected.normalized(QString::NormalizationForm_KC)), qPrintable(all.left(2000)));
}

void TestOutsideText::theOneLineErrorStaysOneLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("shown"); // part of the line
    QTest::newRow("path with a newline") << QStringList{u"--check"_qs, u"--path"_qs, u"x\nVerdict: Ready"_qs}
                                         << QString::fromUtf16(u"x\u240AVerdict: Ready");
    QTest::newRow("snapshot name with a newline")
        << QStringList{u"--check"_qs, u"--path"_qs, u"bo25-to-ws2003"_qs, u"--facts"_qs, u"/no/such\nfile"_qs}
        << QString::fromUtf16(u"such\u240Afile");
    QTest::newRow("session name with an escape")
        << QStringList{u"--check"_qs, u"--session"_qs, u"/no/such\x1b[2Jfile"_qs} << QString::fromUtf16(u"such\u241B[2Jfile");
    QTest::newRow("format with a carriage return")
        << QStringList{u"--check"_qs, u"--path"_qs, u"bo25-to-ws2003"_qs, u"--format"_qs, u"pdf\rjson"_qs} << QString::fromUtf16(u"pdf\u240Djson");
    QTest::newRow("unknown option with a newline") << QStringList{u"--check"_qs, u"--what\never"_qs}
                                                   << QString::fromUtf16(u"--what\u240Aever");
    QTest::newRow("language with a tab") << QStringList{u"--list-paths"_qs, u"--lang"_qs, u"e\ts"_qs} << QString::fromUtf16(u"e\u2409s");
}

void TestOutsideText::theOneLineErrorStaysOneLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, shown);
    const Run result = run(offline + arguments);
    QCOMPARE(result.exitCode, 3);
    QCOMPARE(result.err.count(u'\n'), 1);
    QVERIFY(result.err.endsWith(u'\n'));
    QVERIFY2(result.err.contains(shown), qPrintable(result.err));
    QVERIFY(!hasRawControl(result.err, true));
}

void TestOutsideText::theCheckRunsWhateverTheWindowSystem_data()
{
    QTest::addColumn<QString>("platform"); // QT_QPA_PLATFORM, or empty
    QTest::addColumn<QStringList>("extra");
    QTest::newRow("xcb without a display") << u"xcb"_qs << QStringList();
    QTest::newRow("wayland without a display") << u"wayland"_qs << QStringList();
    QTest::newRow("a platform that does not exist") << u"nosuch"_qs << QStringList();
    QTest::newRow("-platform nosuch") << u""_qs << QStringList{u"-platform"_qs, u"nosuch"_qs};
    QTest::newRow("-platform xcb") << u""_qs << QStringList{u"-platform"_qs, u"xcb"_qs};
    QTest::newRow("xcb and -platform nosuch") << u"xcb"_qs << QStringList{u"-platform"_qs, u"nosuch"_qs};
    QTest::newRow("eglfs") << u"eglfs"_qs << QStringList();
    QTest::newRow("minimal") << u"minimal"_qs << QStringList();
}

void TestOutsideText::theCheckRunsWhateverTheWindowSystem()
{
    QFETCH(QString, platform);
    QFETCH(QStringList, extra);
    QMap<QString, QString> variables;
    if (!platform.isEmpty())
        variables.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
    for (const char *format : {"text", "pdf"}) {
        const QString output = m_dir.filePath(QStringLiteral("platform-%1.%2").arg(QString::fromLatin1(QTest::currentDataTag()), QLatin1String(format)).replace(u' ', u'-'));
        const Run result = run(offline + extra + QStringList{QStringLiteral("--check"), QStringLiteral("--path"),
                                                             QStringLiteral("bo25-to-ws2003"), QStringLiteral("--facts"),
                                                             snapshot, QStringLiteral("--format"), QLatin1String(format),
                                                             QStringLiteral("--output"), output},
                               variables);
        QVERIFY2(result.exitCode >= 0 && result.exitCode <= 2, qPrintable(result.err));
        QVERIFY(!readAll(output).isEmpty());
    }
}

void TestOutsideText::emptyOptionValuesAreErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    for (const char *option : {"--facts", "--session", "--output", "--path", "--format", "--lang", "--ntp-server",
                               "--internet-host", "--source-time-server", "--destination-time-server", "--destination-facts"}) {
        const QString name = QString::fromLatin1(option);
        QTest::newRow(QByteArray(option) + " \"\"")
            << QStringList{u"--check"_qs, u"--path"_qs, u"bo25-to-ws2003"_qs, name, u""_qs} << name + QStringLiteral(" needs a value");
        QTest::newRow(QByteArray(option) + "=")
            << QStringList{u"--check"_qs, u"--path"_qs, u"bo25-to-ws2003"_qs, name + u'='} << name + QStringLiteral(" needs a value");
    }
    QTest::newRow("--facts at the end") << QStringList{u"--check"_qs, u"--path"_qs, u"bo25-to-ws2003"_qs, u"--facts"_qs}
                                        << u"--facts needs a value"_qs;
}

void TestOutsideText::emptyOptionValuesAreErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
}

void TestOutsideText::fileNamesNotInUtf8AreRefusedByName_data()
{
    QTest::addColumn<QString>("option");
    for (const char *option : {"--facts", "--session", "--output"})
        QTest::newRow(option) << QString::fromLatin1(option);
}

void TestOutsideText::fileNamesNotInUtf8AreRefusedByName()
{
    QFETCH(QString, option);
    // "café.json" in Latin-1, through the shell so that the argument is these very bytes: refused
    // with the bytes shown, never opened or written under a mangled name.
    const QString folder = m_dir.filePath(QStringLiteral("latin1-") + option.mid(2));
    QVERIFY(QDir().mkpath(folder));
    QProcess process;
    process.setWorkingDirectory(folder);
    process.start(QStringLiteral("/bin/sh"),
                  {QStringLiteral("-c"),
                   QStringLiteral("exec \"$0\" --check --path bo25-to-ws2003 %1 \"$(printf 'caf\\351.json')\"").arg(option),
                   QStringLiteral(PREPWIZARD_PATH)});
    QVERIFY(process.waitForFinished(120000));
    QCOMPARE(process.exitCode(), 3);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(err, QStringLiteral("prepwizard: caf\\xe9.json is not text in this system's encoding (UTF-8); rename "
                                 "the file or use another name\n"));
    QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
}

QTEST_MAIN(TestOutsideText)
#include "tst_outsidetext.moc"
