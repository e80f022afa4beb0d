// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// docs/traceability.tsv: every actionable sentence of the five source documents, with the task or
// path that covers it. A row whose id is not in the catalog, whose line is outside its document or
// whose quote is not on that line fails; so does a task or path of the documents that no row cites.

#include "catalog/Catalog.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTest>

using namespace prep;

namespace {

const QString notActionable = QStringLiteral("not actionable:");
// "order:PATH": the line gives the order of the tasks on that path (CatalogOrders.cpp).
const QString orderPrefix = QStringLiteral("order:");

struct Row
{
    int tableLine = 0; // 1-based line in the table file
    QString file;
    int line = 0;
    QString quote;
    QString covers;
};

QString tablePath()
{
    return QStringLiteral(PREP_SOURCE_DIR "/docs/traceability.tsv");
}

// Reads the table; a malformed line is a row with line 0, so that its test fails with its number.
QList<Row> readTable(QString *error)
{
    QFile file(tablePath());
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("cannot open %1: %2").arg(tablePath(), file.errorString());
        return {};
    }
    QList<Row> rows;
    int number = 0;
    bool header = false;
    constexpr int maxLines = 10000;
    while (!file.atEnd() && number < maxLines) {
        const QString text = QString::fromUtf8(file.readLine()).trimmed();
        ++number;
        if (text.isEmpty() || text.startsWith(QLatin1Char('#')))
            continue;
        if (!header) { // the column names
            header = true;
            continue;
        }
        const QStringList fields = text.split(QLatin1Char('\t'));
        Row row;
        row.tableLine = number;
        if (fields.size() == 4) {
            row.file = fields.at(0);
            bool ok = false;
            row.line = fields.at(1).toInt(&ok);
            if (!ok)
                row.line = 0;
            row.quote = fields.at(2);
            row.covers = fields.at(3);
        }
        rows.append(row);
    }
    return rows;
}

QStringList coveringIds(const Row &row)
{
    if (row.covers.startsWith(notActionable))
        return {};
    return row.covers.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QString seedsDir()
{
    return QStringLiteral(PREP_SEEDS_DIR);
}

// The lines of the seed whose name starts with `prefix` ("000"), or an empty list.
QStringList seedLines(const QString &prefix)
{
    const QDir dir(seedsDir());
    const QStringList names = dir.entryList({prefix + QStringLiteral("_*.txt")}, QDir::Files);
    if (names.size() != 1)
        return {};
    QFile file(dir.filePath(names.first()));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
}

// Non-breaking spaces and runs of white space compare as one space.
QString normalized(const QString &text)
{
    return text.simplified();
}

QSet<QString> citedIds()
{
    QString error;
    QSet<QString> ids;
    for (const Row &row : readTable(&error)) {
        for (const QString &id : coveringIds(row))
            ids.insert(id);
    }
    return ids;
}

} // namespace

class TestTraceability : public QObject
{
    Q_OBJECT

private slots:
    void theTableHasRowsForEveryDocument()
    {
        QString error;
        const QList<Row> rows = readTable(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const char *file : {"000", "001", "002", "003", "004"}) {
            const auto actionable = std::count_if(rows.begin(), rows.end(), [file](const Row &row) {
                return row.file == QLatin1String(file) && !coveringIds(row).isEmpty();
            });
            QVERIFY2(actionable > 0, file);
        }
    }

    void eachRowPointsAtItsDocumentAndTheCatalog_data()
    {
        QTest::addColumn<int>("tableLine");
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("quote");
        QTest::addColumn<QString>("covers");
        QString error;
        const QList<Row> rows = readTable(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const Row &row : rows) {
            QTest::addRow("table line %d: %s:%d", row.tableLine, qPrintable(row.file), row.line)
                << row.tableLine << row.file << row.line << row.quote << row.covers;
        }
    }

    void eachRowPointsAtItsDocumentAndTheCatalog()
    {
        QFETCH(int, tableLine);
        QFETCH(QString, file);
        QFETCH(int, line);
        QFETCH(QString, quote);
        QFETCH(QString, covers);
        QVERIFY2(line > 0 && !file.isEmpty() && !quote.trimmed().isEmpty() && !covers.isEmpty(),
                 qPrintable(QStringLiteral("table line %1 needs four tab-separated fields").arg(tableLine)));

        // Covered by ids of the catalog, or said why not.
        if (covers.startsWith(notActionable)) {
            QVERIFY2(covers.size() > notActionable.size() + 3, "“not actionable:” needs a reason");
        } else {
            const Catalog &catalog = Catalog::instance();
            for (const QString &id : covers.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                if (id.startsWith(orderPrefix)) {
                    const UpgradePath *path = catalog.path(id.mid(orderPrefix.size()));
                    QVERIFY2(path && !path->order.isEmpty(),
                             qPrintable(QStringLiteral("“%1” names no path with an order (CatalogOrders.cpp)").arg(id)));
                    continue;
                }
                QVERIFY2(catalog.task(id) || catalog.path(id),
                         qPrintable(QStringLiteral("“%1” is neither a task nor a path of the catalog").arg(id)));
            }
        }

        if (!QDir(seedsDir()).exists())
            QSKIP(qPrintable(QStringLiteral("The source documents are not at %1 (configure-time path "
                                            "${PROJECT_SOURCE_DIR}/../shared/seeds): quotes not compared.")
                                 .arg(seedsDir())));
        const QStringList lines = seedLines(file);
        QVERIFY2(!lines.isEmpty(), qPrintable(QStringLiteral("no single seed %1_*.txt in %2").arg(file, seedsDir())));
        QVERIFY2(line <= lines.size(),
                 qPrintable(QStringLiteral("line %1 is beyond the %2 lines of seed %3").arg(line).arg(lines.size()).arg(file)));
        const QString text = normalized(lines.at(line - 1));
        QVERIFY2(text.contains(normalized(quote)),
                 qPrintable(QStringLiteral("seed %1 line %2 does not contain “%3”; it reads “%4”").arg(file).arg(line).arg(quote, text)));
    }

    void everyTaskFromTheDocumentsCitesALine_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("externalOnly");
        for (const Task &task : Catalog::instance().tasks())
            QTest::newRow(task.id) << QString::fromLatin1(task.id) << task.externalOnly;
    }

    void everyTaskFromTheDocumentsCitesALine()
    {
        QFETCH(QString, id);
        QFETCH(bool, externalOnly);
        const bool cited = citedIds().contains(id);
        if (externalOnly && !cited)
            return; // the catalog says no document has it, and the table agrees
        QVERIFY2(cited, qPrintable(QStringLiteral("task %1 cites no line of the documents in %2").arg(id, tablePath())));
    }

    void everyPathCitesALine_data()
    {
        QTest::addColumn<QString>("id");
        for (const UpgradePath &path : Catalog::instance().paths())
            QTest::newRow(path.id) << QString::fromLatin1(path.id);
    }

    void everyPathCitesALine()
    {
        QFETCH(QString, id);
        QVERIFY2(citedIds().contains(id), qPrintable(QStringLiteral("path %1 cites no line of the documents").arg(id)));
    }

    // The order of the Summary's "Day of the upgrade" (and of every report) is the documents': each
    // path that has one cites the lines that give it.
    void everyOrderCitesALine_data()
    {
        QTest::addColumn<QString>("id");
        for (const UpgradePath &path : Catalog::instance().paths()) {
            if (!path.order.isEmpty())
                QTest::newRow(path.id) << QString::fromLatin1(path.id);
        }
    }

    void everyOrderCitesALine()
    {
        QFETCH(QString, id);
        QVERIFY2(citedIds().contains(orderPrefix + id),
                 qPrintable(QStringLiteral("the order of path %1 cites no line of the documents").arg(id)));
    }
};

QTEST_GUILESS_MAIN(TestTraceability)
#include "tst_traceability.moc"
