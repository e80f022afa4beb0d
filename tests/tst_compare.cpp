// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// `prepwizard --compare OLD NEW` as a technician runs it: the real program, no display, two
// snapshots of one server taken a week apart that differ in several ways, the same comparison from
// the two JSON reports, every format, both languages, and a clear exit status 3 for what cannot be
// compared. No probe leaves this computer: the network probes are pointed at 127.0.0.1.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include "ProgramRun.h"
#include "catalog/TaskIds.h"

namespace {
using programrun::Run;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonObject fixture()
{
    return QJsonDocument::fromJson(readAll(QStringLiteral(PREP_FIXTURES "/snapshots/sbs2003-server.json"))).object();
}

QJsonObject changeById(const QJsonObject &comparison, const QString &id)
{
    for (const QJsonValue &change : comparison.value(QStringLiteral("changes")).toArray()) {
        if (change.toObject().value(QStringLiteral("id")).toString() == id)
            return change.toObject();
    }
    return {};
}
} // namespace

class CompareTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void twoSnapshotsThatDifferSayEachChange();
    void theSameSnapshotTwiceChangesNothing();
    void twoReportsCompareAsTheirSnapshotsDo();
    void everyFormatAndBothLanguages_data();
    void everyFormatAndBothLanguages();
    void twoDifferentServersAreSaidToBeSo();
    void textFromTheFilesIsShownSafely();
    void whatCannotBeComparedGivesThreeWithOneLine_data();
    void whatCannotBeComparedGivesThreeWithOneLine();

private:
    Run run(const QStringList &arguments) const;
    QString write(const QString &name, const QJsonObject &object) const;
    QString report(const QString &snapshot, const QString &name) const;

    QTemporaryDir m_dir;
    QTcpServer m_internet; // answers as "the Internet" does, on 127.0.0.1
    QString m_old;         // the server a week ago: its system disk nearly full, an agent running
    QString m_new;         // the same server now: space freed, the agent gone, another program installed
    const QString m_path = QStringLiteral("sbs2000-to-sbs2003");
};

void CompareTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_internet.listen(QHostAddress::LocalHost));
    QJsonObject before = fixture();
    QJsonArray volumes = before.value(QStringLiteral("volumes")).toArray();
    QJsonObject system = volumes.at(0).toObject();
    system.insert(QStringLiteral("freeBytes"), 100.0 * 1024 * 1024);
    volumes.replace(0, system);
    before.insert(QStringLiteral("volumes"), volumes);
    before.insert(QStringLiteral("collectedAt"), QStringLiteral("2025-11-14T09:30:00Z"));
    m_old = write(QStringLiteral("old.json"), before);

    QJsonObject after = fixture();
    volumes = after.value(QStringLiteral("volumes")).toArray();
    system = volumes.at(0).toObject();
    system.insert(QStringLiteral("freeBytes"), 3.0 * 1024 * 1024 * 1024);
    volumes.replace(0, system);
    after.insert(QStringLiteral("volumes"), volumes);
    QJsonArray services;
    for (const QJsonValue &service : after.value(QStringLiteral("services")).toArray()) {
        if (service.toObject().value(QStringLiteral("name")).toString() != QLatin1String("McShield"))
            services.append(service);
    }
    after.insert(QStringLiteral("services"), services);
    m_new = write(QStringLiteral("new.json"), after);
}

Run CompareTest::run(const QStringList &arguments) const
{
    QStringList all = arguments;
    // Nothing leaves this computer: no time server answers (the clock cannot be checked) and
    // "the Internet" is a port here.
    all << QStringLiteral("--ntp-server") << QStringLiteral("127.0.0.1:9") << QStringLiteral("--internet-host")
        << QStringLiteral("127.0.0.1:%1").arg(m_internet.serverPort());
    return programrun::run(QStringLiteral(PREPWIZARD_PATH), all);
}

QString CompareTest::write(const QString &name, const QJsonObject &object) const
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(object).toJson()) < 0)
        qFatal("cannot write a test file");
    return path;
}

// The JSON report --check writes on a snapshot.
QString CompareTest::report(const QString &snapshot, const QString &name) const
{
    const QString path = m_dir.filePath(name);
    const Run check = run({QStringLiteral("--check"), QStringLiteral("--path"), m_path, QStringLiteral("--facts"),
                           snapshot, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--output"),
                           path, QStringLiteral("--max-age"), QStringLiteral("3650"), QStringLiteral("--lang"),
                           QStringLiteral("en")});
    if (check.exitCode == 3)
        qFatal("prepwizard --check failed: %s", qPrintable(check.err));
    return path;
}

void CompareTest::twoSnapshotsThatDifferSayEachChange()
{
    const Run compared = run({QStringLiteral("--compare"), m_old, m_new, QStringLiteral("--path"), m_path,
                              QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--lang"),
                              QStringLiteral("en")});
    QCOMPARE(compared.exitCode, 1);
    QVERIFY2(compared.err.isEmpty(), qPrintable(compared.err));
    const QJsonObject comparison = QJsonDocument::fromJson(compared.out).object();
    QCOMPARE(comparison.value(QStringLiteral("schema")).toString(), QStringLiteral("prepwizard.comparison/1"));
    QCOMPARE(comparison.value(QStringLiteral("exitStatus")).toInt(), 1);
    QVERIFY(comparison.value(QStringLiteral("sameServer")).toBool());
    QCOMPARE(comparison.value(QStringLiteral("before")).toObject().value(QStringLiteral("checkedAt")).toString(),
             QStringLiteral("2025-11-14T09:30:00Z"));
    QCOMPARE(comparison.value(QStringLiteral("after")).toObject().value(QStringLiteral("checkedAt")).toString(),
             QStringLiteral("2025-11-21T09:30:00Z"));

    // The disk: a "Must fix" then, no longer one now.
    const QJsonObject disk = changeById(comparison, QString(prep::taskid::hw::freeDisk));
    QCOMPARE(disk.value(QStringLiteral("before")).toString(), QStringLiteral("blocker"));
    QCOMPARE(disk.value(QStringLiteral("after")).toString(), QStringLiteral("passed"));
    QCOMPARE(disk.value(QStringLiteral("change")).toString(), QStringLiteral("fixed"));
    QVERIFY(!disk.value(QStringLiteral("measuredBefore")).toString().isEmpty());
    QVERIFY(disk.value(QStringLiteral("measuredBefore")) != disk.value(QStringLiteral("measuredAfter")));

    // Every change listed is a real one, counted once.
    const QJsonArray changes = comparison.value(QStringLiteral("changes")).toArray();
    QVERIFY2(changes.size() >= 2, qPrintable(QString::fromUtf8(compared.out)));
    int counted = 0;
    const QJsonObject counts = comparison.value(QStringLiteral("counts")).toObject();
    for (auto it = counts.begin(); it != counts.end(); ++it)
        counted += it.value().toInt();
    QCOMPARE(counted, changes.size());
    for (const QJsonValue &value : changes) {
        const QJsonObject change = value.toObject();
        QVERIFY(change.value(QStringLiteral("before")) != change.value(QStringLiteral("after"))
                || change.value(QStringLiteral("measuredBefore")) != change.value(QStringLiteral("measuredAfter")));
    }
    // Two services ran as Local System a week ago; the antivirus agent is gone now.
    const QJsonObject services = changeById(comparison, QString(prep::taskid::os::stopLocalsystemServices));
    QCOMPARE(services.value(QStringLiteral("change")).toString(), QStringLiteral("changed"));
    QCOMPARE(services.value(QStringLiteral("measuredBefore")).toString(), QStringLiteral("2 services"));
    QCOMPARE(services.value(QStringLiteral("measuredAfter")).toString(), QStringLiteral("1 service"));

    // The technician's text says both sides, with the server and the snapshots' days.
    const Run text = run({QStringLiteral("--compare"), m_old, m_new, QStringLiteral("--path"), m_path,
                          QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(text.exitCode, 1);
    const QString out = QString::fromUtf8(text.out);
    QVERIFY2(out.contains(QStringLiteral("Before: ") + QDir::toNativeSeparators(m_old)), qPrintable(out));
    QVERIFY(out.contains(QStringLiteral("SRV-SBS, snapshot taken on")));
    // The days in words, however the language orders them.
    QVERIFY2(out.contains(QRegularExpression(QStringLiteral("14 November 2025|November 14, 2025"))), qPrintable(out));
    QVERIFY(out.contains(QRegularExpression(QStringLiteral("21 November 2025|November 21, 2025"))));
    QVERIFY(out.contains(QStringLiteral("Must fix")));
    QVERIFY(out.contains(QStringLiteral("task(s) changed")) || out.contains(QStringLiteral("tasks changed")));
}

void CompareTest::theSameSnapshotTwiceChangesNothing()
{
    const Run compared = run({QStringLiteral("--compare"), m_new, m_new, QStringLiteral("--path"), m_path,
                              QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(compared.exitCode, 0);
    QVERIFY2(QString::fromUtf8(compared.out).contains(QStringLiteral("Nothing changed between the two checks.")),
             compared.out.constData());
}

void CompareTest::twoReportsCompareAsTheirSnapshotsDo()
{
    const QString oldReport = report(m_old, QStringLiteral("old-report.json"));
    const QString newReport = report(m_new, QStringLiteral("new-report.json"));
    const QStringList json = {QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--lang"),
                              QStringLiteral("en")};
    const Run fromReports = run(QStringList{QStringLiteral("--compare"), oldReport, newReport} + json);
    const Run fromSnapshots =
        run(QStringList{QStringLiteral("--compare"), m_old, m_new, QStringLiteral("--path"), m_path} + json);
    QCOMPARE(fromReports.exitCode, 1);
    const QJsonObject a = QJsonDocument::fromJson(fromReports.out).object();
    const QJsonObject b = QJsonDocument::fromJson(fromSnapshots.out).object();
    QCOMPARE(a.value(QStringLiteral("changes")), b.value(QStringLiteral("changes")));
    QCOMPARE(a.value(QStringLiteral("before")).toObject().value(QStringLiteral("source")).toString(),
             QStringLiteral("snapshot"));
    // A report and a snapshot: the snapshot is checked on the report's path, no --path needed.
    const Run mixed = run(QStringList{QStringLiteral("--compare"), oldReport, m_new} + json);
    QCOMPARE(mixed.exitCode, 1);
    QCOMPARE(QJsonDocument::fromJson(mixed.out).object().value(QStringLiteral("changes")),
             a.value(QStringLiteral("changes")));
}

void CompareTest::everyFormatAndBothLanguages_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");
    QTest::newRow("markdown, English") << QStringLiteral("markdown") << QStringLiteral("en")
                                       << QStringLiteral("| Change | Task | Before | After |");
    QTest::newRow("html, English") << QStringLiteral("html") << QStringLiteral("en")
                                   << QStringLiteral("<th>Change</th>");
    QTest::newRow("text, Spanish") << QStringLiteral("text") << QStringLiteral("es")
                                   << QStringLiteral("Qué cambió entre dos comprobaciones");
    QTest::newRow("html, Spanish") << QStringLiteral("html") << QStringLiteral("es") << QStringLiteral("<th>Cambio</th>");
    QTest::newRow("pdf, English") << QStringLiteral("pdf") << QStringLiteral("en")
                                  << QStringLiteral("What changed between two checks");
    QTest::newRow("pdf, Spanish") << QStringLiteral("pdf") << QStringLiteral("es") << QStringLiteral("Antes:");
}

void CompareTest::everyFormatAndBothLanguages()
{
    QFETCH(QString, format);
    QFETCH(QString, language);
    QFETCH(QString, expected);
    QStringList arguments = {QStringLiteral("--compare"), m_old,  m_new, QStringLiteral("--path"), m_path,
                             QStringLiteral("--format"), format, QStringLiteral("--lang"), language};
    const QString pdf = m_dir.filePath(QStringLiteral("compare-%1.pdf").arg(language));
    if (format == QLatin1String("pdf"))
        arguments << QStringLiteral("--output") << pdf;
    const Run compared = run(arguments);
    QCOMPARE(compared.exitCode, 1);
    QString out = QString::fromUtf8(compared.out);
    if (format == QLatin1String("pdf")) {
        QVERIFY(readAll(pdf).startsWith("%PDF-"));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        out = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    }
    QVERIFY2(out.contains(expected), qPrintable(out));
    QVERIFY(out.contains(QStringLiteral("SRV-SBS")));
}

void CompareTest::twoDifferentServersAreSaidToBeSo()
{
    QJsonObject other = fixture();
    other.insert(QStringLiteral("hostName"), QStringLiteral("SRV-OTHER"));
    const QString otherFile = write(QStringLiteral("other.json"), other);
    const Run compared = run({QStringLiteral("--compare"), m_new, otherFile, QStringLiteral("--path"), m_path,
                              QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY2(QString::fromUtf8(compared.out).contains(QStringLiteral("These are two different servers (SRV-SBS and SRV-OTHER)")),
             compared.out.constData());
}

void CompareTest::textFromTheFilesIsShownSafely()
{
    // A forged report: a task title with a terminal escape, a newline and markup.
    QJsonObject forged{
        {QStringLiteral("schema"), QStringLiteral("prepwizard.report/1")},
        {QStringLiteral("language"), QStringLiteral("en")},
        {QStringLiteral("machine"), QJsonObject{{QStringLiteral("hostName"), QStringLiteral("SRV-SBS")}}},
        {QStringLiteral("path"), QJsonObject{{QStringLiteral("id"), m_path}}},
        {QStringLiteral("items"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QString(prep::taskid::hw::freeDisk)},
                                {QStringLiteral("title"), QStringLiteral("Disk\x1b[2J\nok <b>x</b>")},
                                {QStringLiteral("found"), QStringLiteral("passed")}}}}};
    const QString forgedFile = write(QStringLiteral("forged.json"), forged);
    const Run text = run({QStringLiteral("--compare"), m_old, forgedFile, QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(text.exitCode, 1);
    QVERIFY(!text.out.contains('\x1b'));
    QVERIFY2(text.out.contains("Disk\xe2\x90\x9b[2J\xe2\x90\x8aok"), text.out.constData()); // ␛ and ␊
    const Run html = run({QStringLiteral("--compare"), m_old, forgedFile, QStringLiteral("--format"),
                          QStringLiteral("html"), QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY(!html.out.contains("<b>x</b>"));
    QVERIFY(html.out.contains("&lt;b&gt;x&lt;/b&gt;"));
    // An unknown result word is not taken as a result: never a pass.
    forged.insert(QStringLiteral("items"),
                  QJsonArray{QJsonObject{{QStringLiteral("id"), QString(prep::taskid::hw::freeDisk)},
                                         {QStringLiteral("found"), QStringLiteral("definitely-ok")}}});
    const Run unknown = run({QStringLiteral("--compare"), m_old, write(QStringLiteral("unknown.json"), forged),
                             QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonObject disk =
        changeById(QJsonDocument::fromJson(unknown.out).object(), QString(prep::taskid::hw::freeDisk));
    QCOMPARE(disk.value(QStringLiteral("before")).toString(), QStringLiteral("blocker"));
    QCOMPARE(disk.value(QStringLiteral("after")).toString(), QStringLiteral("pending"));
    QCOMPARE(disk.value(QStringLiteral("change")).toString(), QStringLiteral("changed"));
}

void CompareTest::whatCannotBeComparedGivesThreeWithOneLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("reason");
    const QString missing = m_dir.filePath(QStringLiteral("missing.json"));
    const QString damaged = m_dir.filePath(QStringLiteral("damaged.json"));
    QFile file(damaged);
    if (!file.open(QIODevice::WriteOnly) || file.write("{\"schema\": \"prepwizard.report/1\", \"items\": [") < 0)
        qFatal("cannot write a test file");
    QTest::newRow("one file") << QStringList{QStringLiteral("--compare"), m_old}
                              << QStringLiteral("--compare needs two files");
    QTest::newRow("missing file") << QStringList{QStringLiteral("--compare"), m_old, missing, QStringLiteral("--path"),
                                                 m_path}
                                  << QStringLiteral("there is no such file");
    QTest::newRow("damaged file") << QStringList{QStringLiteral("--compare"), m_old, damaged, QStringLiteral("--path"),
                                                 m_path}
                                  << QStringLiteral("neither a Prep Wizard report in JSON nor a server snapshot");
    QTest::newRow("a folder") << QStringList{QStringLiteral("--compare"), m_old, m_dir.path(), QStringLiteral("--path"),
                                             m_path}
                              << QStringLiteral("it is not an ordinary file");
    QTest::newRow("snapshots without a path") << QStringList{QStringLiteral("--compare"), m_old, m_new}
                                              << QStringLiteral("comparing snapshots needs --path ID");
    QTest::newRow("output over an input")
        << QStringList{QStringLiteral("--compare"), m_old, m_new, QStringLiteral("--path"), m_path,
                       QStringLiteral("--output"), m_new}
        << QStringLiteral("would replace an input");
}

void CompareTest::whatCannotBeComparedGivesThreeWithOneLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, reason);
    const QByteArray before = readAll(m_new);
    const Run compared = run(arguments << QStringLiteral("--lang") << QStringLiteral("en"));
    QCOMPARE(compared.exitCode, 3);
    QVERIFY(compared.out.isEmpty());
    QVERIFY2(compared.err.contains(reason), qPrintable(compared.err));
    QCOMPARE(compared.err.count(u'\n'), 1);
    QCOMPARE(readAll(m_new), before);
}

QTEST_GUILESS_MAIN(CompareTest)
#include "tst_compare.moc"
