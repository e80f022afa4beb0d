// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// A task id is spelled once, in model/catalog/TaskIds.h; every other file names its constant
// (taskid::hw::freeDisk). This test reads the program's and the tests' sources and fails on a string
// literal that is a catalog task id, or a session form key made of one ("hw.free-disk/setupFolder"):
// such a literal compiles with a typo and then silently matches no task. Comments may name ids.

#include "catalog/Catalog.h"
#include "catalog/TaskIds.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace prep;

namespace {

const QString declarationFile = QStringLiteral("model/catalog/TaskIds.h");

struct Literal
{
    int line = 0;
    QString text;
    bool raw = false; // R"(...)": JSON or other text that may quote ids inside
};

// The string literals of C++ source text, comments left out. Character literals and digit
// separators (10'000) are skipped; raw strings are read to their delimiter.
QList<Literal> stringLiterals(const QString &source)
{
    QList<Literal> literals;
    int line = 1;
    const qsizetype size = source.size();
    qsizetype i = 0;
    const auto at = [&](qsizetype k) { return k < size ? source.at(k) : QChar(); };
    while (i < size) {
        const QChar c = source.at(i);
        if (c == u'\n') {
            ++line;
            ++i;
        } else if (c == u'/' && at(i + 1) == u'/') {
            while (i < size && source.at(i) != u'\n')
                ++i;
        } else if (c == u'/' && at(i + 1) == u'*') {
            const qsizetype end = source.indexOf(QStringLiteral("*/"), i + 2);
            const qsizetype stop = end < 0 ? size : end + 2;
            line += int(QStringView(source).mid(i, stop - i).count(u'\n'));
            i = stop;
        } else if (c == u'R' && at(i + 1) == u'"') {
            const qsizetype open = source.indexOf(u'(', i + 2);
            if (open < 0)
                break;
            const QString close = u')' + source.mid(i + 2, open - i - 2) + u'"';
            const qsizetype end = source.indexOf(close, open + 1);
            const qsizetype stop = end < 0 ? size : end;
            literals.append({line, source.mid(open + 1, stop - open - 1), true});
            line += int(QStringView(source).mid(i, stop - i).count(u'\n'));
            i = end < 0 ? size : end + close.size();
        } else if (c == u'"') {
            QString text;
            ++i;
            while (i < size && source.at(i) != u'"' && source.at(i) != u'\n') {
                if (source.at(i) == u'\\' && i + 1 < size)
                    text.append(source.at(i++));
                text.append(source.at(i++));
            }
            ++i;
            literals.append({line, text, false});
        } else if (c == u'\'') {
            // A digit separator when the token before it is a number.
            qsizetype start = i;
            while (start > 0 && (source.at(start - 1).isLetterOrNumber() || source.at(start - 1) == u'_'))
                --start;
            if (start < i && source.at(start).isDigit()) {
                ++i;
                continue;
            }
            ++i;
            while (i < size && source.at(i) != u'\'' && source.at(i) != u'\n')
                i += source.at(i) == u'\\' ? 2 : 1;
            ++i;
        } else {
            ++i;
        }
    }
    return literals;
}

QStringList catalogIds()
{
    QStringList ids;
    for (const Task &task : Catalog::instance().tasks())
        ids.append(QString::fromLatin1(task.id));
    return ids;
}

// The task id a literal spells, if any: the whole literal, or the task part of a form key. In a
// raw string, an id in quotes.
QString spelledId(const Literal &literal, const QStringList &ids)
{
    for (const QString &id : ids) {
        if (literal.raw) {
            if (literal.text.contains(u'"' + id + u'"') || literal.text.contains(u'"' + id + u'/'))
                return id;
        } else if (literal.text == id || literal.text.startsWith(id + u'/')) {
            return id;
        }
    }
    return {};
}

QStringList sourceFiles()
{
    QStringList files;
    const QDir root(QStringLiteral(PREP_SOURCE_DIR));
    for (const char *folder : {"app", "model", "wizard", "tests"}) {
        QDirIterator it(root.filePath(QLatin1String(folder)), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(root.relativeFilePath(it.next()));
    }
    files.sort();
    return files;
}

} // namespace

class TestTaskIdLiterals : public QObject
{
    Q_OBJECT

private slots:
    // The reader itself: literals found, comments and character literals left out.
    void theReaderFindsLiteralsAndSkipsComments()
    {
        const QString source = QStringLiteral("// \"hw.free-disk\" in a comment\n"
                                              "/* \"hw.free-disk\"\n also */ const char c = '\"'; int n = 10'000;\n"
                                              "check(QStringLiteral(\"hw.free-disk\"));\n"
                                              "key(\"net.internet-info/isp\"); other(\"hw.free-disk-2\");\n"
                                              "json(R\"({\"id\": \"data.verify-backup\"})\");\n");
        const QList<Literal> literals = stringLiterals(source);
        const QStringList ids = catalogIds();
        QStringList found;
        QList<int> lines;
        for (const Literal &literal : literals) {
            const QString id = spelledId(literal, ids);
            if (!id.isEmpty()) {
                found.append(id);
                lines.append(literal.line);
            }
        }
        QCOMPARE(found, (QStringList{taskid::hw::freeDisk, taskid::net::internetInfo, taskid::data::verifyBackup}));
        QCOMPARE(lines, (QList<int>{4, 5, 6}));
    }

    void noTaskIdIsSpelledOutsideItsDeclaration_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files = sourceFiles();
        QVERIFY2(files.contains(declarationFile), qPrintable(declarationFile));
        QVERIFY(files.size() > 100); // the whole tree was read
        for (const QString &file : files) {
            if (file != declarationFile)
                QTest::newRow(qPrintable(file)) << file;
        }
    }

    void noTaskIdIsSpelledOutsideItsDeclaration()
    {
        QFETCH(QString, file);
        QFile source(QDir(QStringLiteral(PREP_SOURCE_DIR)).filePath(file));
        QVERIFY2(source.open(QIODevice::ReadOnly), qPrintable(source.errorString()));
        const QStringList ids = catalogIds();
        QStringList spelled;
        for (const Literal &literal : stringLiterals(QString::fromUtf8(source.readAll()))) {
            const QString id = spelledId(literal, ids);
            if (!id.isEmpty())
                spelled.append(QStringLiteral("%1:%2: \"%3\" (use its constant from %4)")
                                   .arg(file)
                                   .arg(literal.line)
                                   .arg(literal.raw ? id : literal.text, declarationFile));
        }
        QVERIFY2(spelled.isEmpty(), qPrintable(spelled.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestTaskIdLiterals)
#include "tst_taskidliterals.moc"
