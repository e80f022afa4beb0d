// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// prepwizard-bench: measures what makes the wizard feel quick or slow and prints a table with the
// median and spread of repeated runs, each row with its goal and whether it is met. Figures, not
// tests: nothing here fails on a busy machine, and it is no part of ctest.
//
//   prepwizard-bench [--only GROUP] PREPPROBE [PREPPROBE_EXE]   the whole table, or one group
//   prepwizard-bench --first-paint wizard|bare   (internal) one cold start, reported on stdout
//
// PREP_BENCH_BACKUP_MIB sets the size of the backup sample (default 1024 MiB in 200 files).

#include "../FakeSntpServer.h"

#include "CategoryPage.h"
#include "FactsJson.h"
#include "LanguageSwitcher.h"
#include "PageIds.h"
#include "PrepWizard.h"
#include "WizardController.h"
#include "catalog/Catalog.h"
#include "checklist/ChecklistModel.h"
#include "checklist/SessionStore.h"
#include "probes/backup/BackupVerifier.h"
#include "probes/runner/ProbeRegistry.h"
#include "probes/runner/ProbeRunner.h"
#include "report/PdfPrinter.h"
#include "report/ReportData.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QSysInfo>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QWindow>
#include <QWizard>
#include <QWizardPage>

#include <algorithm>
#include <cstdio>
#include <future>

using namespace prep;

namespace {

// Walks the wizard to its summary and back to `pageId`, as an operator who has been through it
// once: every page of the path is built, and each follows a language switch and every finding.
void visitEveryPage(PrepWizard *wizard, int pageId)
{
    while (wizard->currentId() != SummaryPageId)
        wizard->next();
    while (wizard->currentId() != pageId)
        wizard->back();
    QCoreApplication::processEvents();
}

// The upgrade path with the most tasks: the longest checklist and printout.
QString largestPath()
{
    QString largest;
    std::size_t most = 0;
    for (const UpgradePath &path : Catalog::instance().paths()) {
        const QString id = QString::fromLatin1(path.id);
        const std::size_t tasks = Catalog::instance().tasksFor(id).size();
        if (tasks > most) {
            most = tasks;
            largest = id;
        }
    }
    return largest;
}

// Peak resident memory of this process so far, in KiB.
qint64 peakResidentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    static const QRegularExpression hwm(QStringLiteral("VmHWM:\\s+(\\d+) kB"));
    return hwm.match(QString::fromLatin1(status.readAll())).captured(1).toLongLong();
}

// The GUI thread's longest lateness: a 1 ms timer on it, and how much later than that it fires.
class StallMeter
{
public:
    StallMeter()
    {
        m_heartbeat.setTimerType(Qt::PreciseTimer);
        m_heartbeat.setInterval(1);
        QObject::connect(&m_heartbeat, &QTimer::timeout, [this] {
            m_longest = std::max(m_longest, double(m_tick.nsecsElapsed()) / 1e6 - 1.0);
            m_tick.restart();
        });
    }
    void start()
    {
        m_longest = 0;
        m_tick.start();
        m_heartbeat.start();
    }
    // Also counts the time since the last beat, so a stall at the very end is not missed.
    double stop()
    {
        m_longest = std::max(m_longest, double(m_tick.nsecsElapsed()) / 1e6 - 1.0);
        m_heartbeat.stop();
        return std::max(0.0, m_longest);
    }

private:
    QTimer m_heartbeat;
    QElapsedTimer m_tick;
    double m_longest = 0;
};

// Child mode: show the window; once it is mapped (exposed) and painted, say so and leave.
class FirstPaintReporter : public QObject
{
public:
    explicit FirstPaintReporter(QWidget *window) : m_window(window) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done && m_window->windowHandle()
            && m_window->windowHandle()->isExposed()) {
            m_done = true;
            QTimer::singleShot(0, qApp, [] {
                std::printf("painted %lld\n", peakResidentKiB());
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget *m_window;
    bool m_done = false;
};

int firstPaint(int argc, char **argv, const QString &which)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    std::unique_ptr<LanguageSwitcher> languages;
    std::unique_ptr<WizardController> controller;
    std::unique_ptr<QWizard> bare;
    QWidget *window = nullptr;
    if (which == QLatin1String("wizard")) {
        // What main() does, with the session in a scratch folder.
        languages = std::make_unique<LanguageSwitcher>();
        controller = std::make_unique<WizardController>(
            WizardController::Options{dir.filePath(QStringLiteral("session.json")), QStringLiteral("en"), {}},
            languages.get());
        window = controller->wizard();
    } else {
        bare = std::make_unique<QWizard>();
        auto *page = new QWizardPage;
        page->setTitle(QStringLiteral("Welcome"));
        bare->addPage(page);
        bare->resize(1180, 760);
        window = bare.get();
    }
    FirstPaintReporter reporter(window);
    window->installEventFilter(&reporter);
    window->show();
    return app.exec();
}

struct Series
{
    QList<double> values;
    double median() const
    {
        QList<double> sorted = values;
        std::sort(sorted.begin(), sorted.end());
        const qsizetype n = sorted.size();
        return n == 0 ? 0 : (n % 2 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2);
    }
    double min() const { return values.isEmpty() ? 0 : *std::min_element(values.begin(), values.end()); }
    double max() const { return values.isEmpty() ? 0 : *std::max_element(values.begin(), values.end()); }
};

struct Row
{
    QString measure;
    Series series;
    QString unit;
    QString goal;
    QString met;
    QString figure; // instead of the median: "skipped: no Xvfb"
};

QList<Row> rows;

void addRow(const QString &measure, const Series &series, const QString &unit, const QString &goal = {},
            std::optional<bool> met = std::nullopt)
{
    rows.append({measure, series, unit, goal, met ? (*met ? QStringLiteral("yes") : QStringLiteral("NO")) : QString(),
                 {}});
}

void addSkippedRow(const QString &measure, const QString &why, const QString &goal = {})
{
    rows.append({measure, {}, {}, goal, QStringLiteral("–"), why});
}

// Cold starts of a child process until its window is mapped and painted: time and peak memory.
void measureStartup(const QProcessEnvironment &environment, Series *wizardMs, Series *bareMs, Series *wizardKiB,
                    Series *bareKiB, int runs)
{
    for (int run = 0; run < runs; ++run) {
        for (const QString &which : {QStringLiteral("wizard"), QStringLiteral("bare")}) {
            QProcess child;
            child.setProcessEnvironment(environment);
            QElapsedTimer clock;
            clock.start();
            child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--first-paint"), which});
            if (!child.waitForReadyRead(30000)) {
                std::fprintf(stderr, "%s start-up did not paint\n", qPrintable(which));
                child.kill();
                child.waitForFinished();
                continue;
            }
            const double ms = double(clock.nsecsElapsed()) / 1e6;
            const QByteArray line = child.readAllStandardOutput().trimmed();
            child.waitForFinished(10000);
            const double kib = line.split(' ').value(1).toDouble();
            (which == QLatin1String("wizard") ? wizardMs : bareMs)->values.append(ms);
            (which == QLatin1String("wizard") ? wizardKiB : bareKiB)->values.append(kib);
        }
    }
}

// Starts an X server for the start-up rows; nothing when Xvfb is not installed.
std::unique_ptr<QProcess> startXvfb(QString *display)
{
    const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("Xvfb"));
    if (xvfb.isEmpty())
        return nullptr;
    auto server = std::make_unique<QProcess>();
    *display = QStringLiteral(":%1").arg(170 + QCoreApplication::applicationPid() % 50);
    server->start(xvfb, {*display, QStringLiteral("-screen"), QStringLiteral("0"), QStringLiteral("1280x800x24"),
                         QStringLiteral("-nolisten"), QStringLiteral("tcp")});
    if (!server->waitForStarted(5000))
        return nullptr;
    QThread::msleep(700); // Xvfb has no readiness signal on stdout
    return server;
}

void startupRows(int runs)
{
    const QString time = QStringLiteral("start-up to the first mapped window, Xvfb: wizard / bare QWizard");
    const QString memory = QStringLiteral("peak memory at that moment: wizard / bare QWizard");
    QString display;
    const std::unique_ptr<QProcess> xvfb = startXvfb(&display);
    if (!xvfb) {
        addSkippedRow(time, QStringLiteral("skipped: no Xvfb"), QStringLiteral("≤ 1.10×"));
        addSkippedRow(memory, QStringLiteral("skipped: no Xvfb"), QStringLiteral("≤ 1.20×"));
        return;
    }
    QProcessEnvironment xcb = QProcessEnvironment::systemEnvironment();
    xcb.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    xcb.insert(QStringLiteral("DISPLAY"), display);
    Series wizardMs, bareMs, wizardKiB, bareKiB;
    measureStartup(xcb, &wizardMs, &bareMs, &wizardKiB, &bareKiB, runs);
    xvfb->terminate();
    xvfb->waitForFinished(3000);
    addRow(QStringLiteral("start-up to the first mapped window, Xvfb: wizard"), wizardMs, QStringLiteral("ms"));
    addRow(QStringLiteral("start-up to the first mapped window, Xvfb: bare QWizard"), bareMs, QStringLiteral("ms"));
    const double ratio = bareMs.median() > 0 ? wizardMs.median() / bareMs.median() : 0;
    addRow(time, Series{{ratio}}, QStringLiteral("×"), QStringLiteral("≤ 1.10×"), ratio <= 1.10);
    addRow(QStringLiteral("peak memory at the first mapped window: wizard"), wizardKiB, QStringLiteral("KiB"));
    addRow(QStringLiteral("peak memory at the first mapped window: bare QWizard"), bareKiB, QStringLiteral("KiB"));
    const double memoryRatio = bareKiB.median() > 0 ? wizardKiB.median() / bareKiB.median() : 0;
    addRow(memory, Series{{memoryRatio}}, QStringLiteral("×"), QStringLiteral("≤ 1.20×"), memoryRatio <= 1.20);
}

// Every probe of a path against servers on 127.0.0.1, with the wizard on screen and every page
// built: until every local probe is done, and the GUI thread's longest stall meanwhile.
void probeRows(int runs)
{
    Series local, stall;
    const QString pathId = QStringLiteral("sbs2000-to-sbs2003");
    QSet<QString> networkIds;
    for (const Probe &probe : ProbeRegistry::all()) {
        if (probe.reach == ProbeReach::Network)
            networkIds.insert(probe.taskId);
    }
    for (int run = 0; run < runs; ++run) {
        probetest::FakeSntpServer sntp(0.5);
        QTcpServer internet;
        internet.listen(QHostAddress::LocalHost, 0);
        ProbeSettings settings;
        settings.ntpHost = QStringLiteral("127.0.0.1");
        settings.ntpPort = sntp.port();
        settings.internetHost = QStringLiteral("127.0.0.1");
        settings.internetPort = internet.serverPort();
        QTemporaryDir dir;
        LanguageSwitcher languages;
        WizardController controller(
            {dir.filePath(QStringLiteral("session.json")), QStringLiteral("en"), pathId, settings}, &languages);
        controller.wizard()->show();
        visitEveryPage(controller.wizard(), PathPageId); // probes start from the path page
        QElapsedTimer settling; // passing the path page started them once already
        settling.start();
        while (!controller.probes()->isIdle() && settling.elapsed() < 20000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QElapsedTimer clock;
        double localDone = 0;
        QObject::connect(controller.probes(), &ProbeRunner::finished, [&](const QString &id) {
            if (!networkIds.contains(id))
                localDone = std::max(localDone, double(clock.nsecsElapsed()) / 1e6);
        });
        StallMeter meter;
        QEventLoop loop;
        QObject::connect(controller.probes(), &ProbeRunner::allFinished, &loop, &QEventLoop::quit);
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        meter.start();
        clock.start();
        controller.probes()->checkAll();
        loop.exec();
        QCoreApplication::processEvents(); // the redraws the results asked for
        stall.values.append(meter.stop());
        local.values.append(localDone);
    }
    addRow(QStringLiteral("path chosen → every local probe done (%1)").arg(pathId), local, QStringLiteral("ms"),
           QStringLiteral("≤ 300 ms"), local.median() <= 300);
    addRow(QStringLiteral("longest GUI stall while every probe runs (worst of runs)"), stall, QStringLiteral("ms"),
           QStringLiteral("≤ 8 ms"), stall.max() <= 8);
}

void languageAndPdfRows(int runs)
{
    QTemporaryDir dir;
    LanguageSwitcher languages;
    const QString pathId = largestPath();
    WizardController controller({dir.filePath(QStringLiteral("session.json")), QStringLiteral("en"), pathId},
                                &languages);
    PrepWizard *wizard = controller.wizard();
    wizard->show();
    // On the first category page (a list, an opened task, the side panel), every page built.
    visitEveryPage(wizard, categoryPageId(controller.model()->categories().front()));
    Series switching;
    for (int run = 0; run < runs * 2; ++run) {
        QElapsedTimer clock;
        clock.start();
        languages.setLanguage(run % 2 ? QStringLiteral("en") : QStringLiteral("es"));
        QCoreApplication::sendPostedEvents(); // LanguageChange reaches every widget
        wizard->repaint();                     // and the window is drawn in the new language
        switching.values.append(double(clock.nsecsElapsed()) / 1e6);
    }
    languages.setLanguage(QStringLiteral("en"));
    addRow(QStringLiteral("switch the whole wizard between languages, every page built"), switching,
           QStringLiteral("ms"), QStringLiteral("≤ 10 ms"), switching.median() <= 10);

    // A note on every task, and every task that can be marked done marked done, so the printout
    // is as long as it gets.
    for (const Task *task : controller.model()->tasks()) {
        const QString id = QString::fromLatin1(task->id);
        controller.model()->setNote(id, QStringLiteral("Done on Friday evening by Ana; the details are in the "
                                                       "server binder, section 4, with the supplier's ticket."));
        controller.model()->confirm(id);
    }
    Series pdf;
    qint64 bytes = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer clock;
        clock.start();
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        PdfPrinter::writePdf(ReportData::from(*controller.model(), MachineDescription::thisComputer()), &out);
        pdf.values.append(double(clock.nsecsElapsed()) / 1e6);
        bytes = out.size();
    }
    addRow(QStringLiteral("PDF of the full checklist (%1, %2 tasks, notes on all, %3 KiB)")
               .arg(pathId)
               .arg(controller.model()->tasks().size())
               .arg(bytes / 1024),
           pdf, QStringLiteral("ms"), QStringLiteral("≤ 60 ms"), pdf.median() <= 60);
}

// --- Backup comparison ---------------------------------------------------------------------------

// `files` files of `totalBytes` in all, in a few folders, and an identical copy of them.
bool writeBackupSample(const QString &original, const QString &restored, int files, qint64 totalBytes)
{
    QByteArray block(1024 * 1024, Qt::Uninitialized);
    QRandomGenerator random(21);
    random.fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
    const qint64 each = totalBytes / files;
    for (int i = 0; i < files; ++i) {
        const QString relative = QStringLiteral("dept%1/file%2.dat").arg(i % 8).arg(i, 3, 10, QLatin1Char('0'));
        for (const QString &root : {original, restored}) {
            QDir().mkpath(QFileInfo(root + QLatin1Char('/') + relative).path());
            QFile file(root + QLatin1Char('/') + relative);
            if (!file.open(QIODevice::WriteOnly))
                return false;
            qint64 left = each;
            qint64 offset = i * 4096 % (block.size() / 2);
            while (left > 0) {
                const qint64 chunk = std::min<qint64>(left, block.size() - offset);
                if (file.write(block.constData() + offset, chunk) != chunk)
                    return false;
                left -= chunk;
                offset = 0;
            }
        }
    }
    return true;
}

void backupRows(int runs)
{
    const int files = 200;
    const qint64 mib = qEnvironmentVariableIsSet("PREP_BENCH_BACKUP_MIB")
                           ? qEnvironmentVariableIntValue("PREP_BENCH_BACKUP_MIB")
                           : 1024;
    const qint64 totalBytes = mib * 1024 * 1024;
    const QString measure = QStringLiteral("backup comparison, %1 files, %2 MiB, warm cache: throughput vs sha256sum")
                                .arg(files)
                                .arg(mib);
    const QString sha256sum = QStandardPaths::findExecutable(QStringLiteral("sha256sum"));
    QTemporaryDir dir;
    if (sha256sum.isEmpty() || mib <= 0) {
        addSkippedRow(measure, QStringLiteral("skipped: no sha256sum"), QStringLiteral("≥ 0.9×"));
        return;
    }
    if (QStorageInfo(dir.path()).bytesAvailable() < 2 * totalBytes + 512 * 1024 * 1024) {
        addSkippedRow(measure, QStringLiteral("skipped: disk short (PREP_BENCH_BACKUP_MIB)"), QStringLiteral("≥ 0.9×"));
        return;
    }
    const QString original = dir.filePath(QStringLiteral("original"));
    const QString restored = dir.filePath(QStringLiteral("restored"));
    if (!writeBackupSample(original, restored, files, totalBytes)) {
        addSkippedRow(measure, QStringLiteral("skipped: cannot write the sample"), QStringLiteral("≥ 0.9×"));
        return;
    }
    QStringList paths;
    for (const QString &root : {restored, original}) {
        QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            paths.append(it.next());
    }
    const auto runSha256sum = [&] {
        QProcess process;
        process.setStandardOutputFile(QProcess::nullDevice());
        QElapsedTimer clock;
        clock.start();
        process.start(sha256sum, paths);
        process.waitForFinished(600000);
        return double(clock.nsecsElapsed()) / 1e6;
    };
    BackupVerifier::Options options;
    options.originalFolder = original;
    options.restoredFolder = restored;
    options.sampleSize = files;
    options.seed = 21;
    const BackupVerifier verifier(options);
    runSha256sum(); // the page cache holds both copies from here on
    Series ours, theirs;
    int identical = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer clock;
        clock.start();
        const std::atomic_bool cancelled(false);
        const BackupReport report = verifier.run(cancelled);
        ours.values.append(double(clock.nsecsElapsed()) / 1e6);
        identical = int(report.identical.size());
        theirs.values.append(runSha256sum());
    }
    const double mibHashed = 2.0 * double(totalBytes) / (1024 * 1024);
    Series oursRate, theirsRate;
    for (double ms : ours.values)
        oursRate.values.append(mibHashed / (ms / 1000));
    for (double ms : theirs.values)
        theirsRate.values.append(mibHashed / (ms / 1000));
    addRow(QStringLiteral("backup comparison (BackupVerifier, both copies, %1 identical, %2 runs)").arg(identical).arg(runs), oursRate,
           QStringLiteral("MiB/s"));
    addRow(QStringLiteral("sha256sum of both copies (%1 runs)").arg(runs), theirsRate, QStringLiteral("MiB/s"));
    const double ratio = theirsRate.median() > 0 ? oursRate.median() / theirsRate.median() : 0;
    addRow(measure, Series{{ratio}}, QStringLiteral("×"), QStringLiteral("≥ 0.9×"), ratio >= 0.9);

    // Cancelling: from the flag set in the middle of the comparison to run() returning.
    Series cancelMs;
    for (int run = 0; run < 5; ++run) {
        std::atomic_bool cancelled(false);
        QElapsedTimer clock;
        auto done = std::async(std::launch::async, [&] {
            verifier.run(cancelled);
            return double(clock.nsecsElapsed()) / 1e6;
        });
        QThread::msleep(300);
        clock.start();
        cancelled.store(true);
        cancelMs.values.append(done.get());
    }
    addRow(QStringLiteral("backup comparison cancelled → it returns (5 runs, worst)"), cancelMs, QStringLiteral("ms"),
           QStringLiteral("≤ 100 ms"), cancelMs.max() <= 100);
}

// --- A big server's snapshot ---------------------------------------------------------------------

facts::Facts bigServer()
{
    facts::Facts facts;
    facts.hostName = "SRV-BIG";
    facts.collectedAt = QDateTime::currentSecsSinceEpoch() - 3600;
    facts.collectorVersion = "0.1.0";
    facts.platform = "windows";
    facts.os = {"Windows Server 2003", "5.2.3790 Service Pack 2", "5.2.3790", "x86", "Small Business Server", true,
                "en-US"};
    facts.cpu = {"Intel(R) Xeon(R) CPU E5-2620 0 @ 2.00GHz", 24, 12, 2, 2000, false};
    facts.memory = {64ull << 30, 40ull << 30};
    for (int i = 0; i < 64; ++i) {
        const std::string letter = i == 0 ? "C:\\" : "C:\\Mount\\Volume" + std::to_string(i) + "\\";
        facts.volumes.push_back({letter, "\\\\?\\Volume{" + std::to_string(1000 + i) + "}", "NTFS", 2000ull << 30,
                                 (100ull + i) << 30, i == 0, false});
    }
    for (int i = 0; i < 5000; ++i) {
        facts::ServiceFacts service;
        service.name = "Service" + std::to_string(i);
        service.displayName = "Line-of-business service number " + std::to_string(i);
        service.account = i % 3 == 0 ? "LocalSystem" : "NT AUTHORITY\\NetworkService";
        service.runsAsSystem = i % 3 == 0;
        service.state = i % 4 ? facts::ServiceState::Running : facts::ServiceState::Stopped;
        service.startType = i % 5 ? facts::StartType::Automatic : facts::StartType::Manual;
        service.thirdParty = i % 2 == 0;
        service.vendor = service.thirdParty ? "Vendor " + std::to_string(i % 37) : "Microsoft Corporation";
        service.imagePath = "C:\\Program Files\\Vendor" + std::to_string(i % 37) + "\\svc" + std::to_string(i) + ".exe";
        facts.services.push_back(service);
    }
    for (int i = 0; i < 400; ++i)
        facts.processes.push_back({std::uint32_t(1000 + i), "process" + std::to_string(i) + ".exe", "SYSTEM"});
    for (int i = 0; i < 2000; ++i)
        facts.programs.push_back({"Program " + std::to_string(i), std::to_string(i % 9) + ".0." + std::to_string(i),
                                  "Publisher " + std::to_string(i % 50)});
    for (int i = 0; i < 16; ++i) {
        facts::AdapterFacts adapter;
        adapter.name = "Local Area Connection " + std::to_string(i + 1);
        adapter.mac = "00:15:5D:00:00:" + std::to_string(10 + i);
        adapter.up = i < 12;
        adapter.speedMbps = 1000;
        adapter.addresses = {"192.168." + std::to_string(16 + i) + ".2/24"};
        facts.network.adapters.push_back(adapter);
    }
    facts.network.gateways = {"192.168.16.1"};
    facts.network.dnsServers = {"192.168.16.2"};
    facts.network.hostName = "SRV-BIG";
    facts.network.domain = "office.local";
    facts.firmware = {"Dell Inc.", "2.7.0", "2012-06-05"};
    facts.exchange = {true, "6.5.7638.1", ""};
    return facts;
}

void snapshotRows(int runs)
{
    QTemporaryDir dir;
    const QString snapshot = dir.filePath(QStringLiteral("big-server.json"));
    {
        QFile file(snapshot);
        const std::string json = facts::toJson(bigServer());
        if (!file.open(QIODevice::WriteOnly) || file.write(json.data(), qint64(json.size())) != qint64(json.size())) {
            addSkippedRow(QStringLiteral("big-server snapshot"), QStringLiteral("skipped: cannot write it"));
            return;
        }
    }
    const qint64 kib = QFileInfo(snapshot).size() / 1024;
    LanguageSwitcher languages;
    ProbeSettings settings;
    // The checklist is that server's from the start: opening a snapshot of another server into a
    // checklist under way asks first (a modal question nobody would answer here).
    WizardController controller({dir.filePath(QStringLiteral("session.json")), QStringLiteral("en"),
                                 QStringLiteral("sbs2003-to-essentials"), settings, snapshot},
                                &languages);
    PrepWizard *wizard = controller.wizard();
    wizard->show();
    visitEveryPage(wizard, categoryPageId(Category::OperatingSystem));
    while (!controller.probes()->isIdle())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    Series opened, stall;
    for (int run = 0; run < runs; ++run) {
        StallMeter meter;
        QEventLoop loop;
        const auto connection =
            QObject::connect(controller.probes(), &ProbeRunner::allFinished, &loop, &QEventLoop::quit);
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        meter.start();
        QElapsedTimer clock;
        clock.start();
        // As the Open button does: the file is read on a worker, the probes check it on theirs.
        bool refused = false;
        const auto whenOpened = QObject::connect(&controller, &WizardController::snapshotOpened,
                                             [&](bool ok, const QString &error) {
                                                 if (!ok) {
                                                     std::fprintf(stderr, "the snapshot was refused: %s\n",
                                                                  qPrintable(error));
                                                     refused = true;
                                                     loop.quit();
                                                 }
                                             });
        controller.openSnapshotInBackground(snapshot);
        loop.exec();
        QObject::disconnect(connection);
        QObject::disconnect(whenOpened);
        if (refused)
            return;
        // The redraws the findings asked for, as the event loop does them (a refresh deferred
        // to the next turn, then the paint).
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        opened.values.append(double(clock.nsecsElapsed()) / 1e6);
        stall.values.append(meter.stop());
    }
    addRow(QStringLiteral("big-server snapshot (%1 KiB) read, checked and shown").arg(kib), opened, QStringLiteral("ms"),
           QStringLiteral("≤ 100 ms"), opened.median() <= 100);
    addRow(QStringLiteral("longest GUI stall while it opens (worst of runs)"), stall, QStringLiteral("ms"),
           QStringLiteral("≤ 8 ms"), stall.max() <= 8);
}

// --- A year of history -----------------------------------------------------------------------------

void sessionRows(int runs)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("session.json"));
    const QString pathId = largestPath();
    qint64 kib = 0;
    {
        // A check every week for a year, each task's finding changing now and then.
        ChecklistModel model;
        model.setPath(pathId);
        model.setServerName(QStringLiteral("SRV-OFICINA"));
        model.setOperatorName(QStringLiteral("María Fernández"));
        const QDateTime start = QDateTime::currentDateTime().addDays(-365);
        const ItemStatus statuses[] = {ItemStatus::Passed, ItemStatus::Warning, ItemStatus::Passed,
                                       ItemStatus::Blocker};
        for (int week = 0; week < 52; ++week) {
            for (const Task *task : model.tasks()) {
                Finding finding;
                finding.status = statuses[(week / 6 + int(qHash(QByteArray(task->id)) % 4)) % 4];
                finding.evidence = {LocalizedText("BenchProbe", "%1 free on %2; %3 needed.",
                                                  {TextArg::bytes(13314398618 - week * 104857600ll),
                                                   TextArg::text(QStringLiteral("C:")), TextArg::bytes(2147483648)})};
                finding.measured = LocalizedText("BenchProbe", "%1", {TextArg::bytes(13314398618 - week * 104857600ll)});
                finding.threshold = LocalizedText("BenchProbe", "at least %1", {TextArg::bytes(2147483648)});
                finding.checkedAt = start.addDays(7 * week);
                model.applyFinding(QString::fromLatin1(task->id), finding);
            }
        }
        for (const Task *task : model.tasks())
            model.setNote(QString::fromLatin1(task->id), QStringLiteral("Checked by hand every Friday; see the binder."));
        SessionStore store(file);
        QString error;
        if (!store.save(model.session(), &error)) {
            addSkippedRow(QStringLiteral("a session with a year of history"), QStringLiteral("skipped: %1").arg(error));
            return;
        }
        kib = QFileInfo(file).size() / 1024;
    }
    Series load, save;
    int records = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer clock;
        clock.start();
        Session session;
        QString reason;
        SessionStore::read(file, &session, &reason);
        ChecklistModel model;
        model.setSession(session);
        load.values.append(double(clock.nsecsElapsed()) / 1e6);
        records = 0;
        for (const ItemState &state : model.session().items)
            records += int(state.history.size());
        SessionStore store(file);
        clock.restart();
        QString error;
        store.save(model.session(), &error);
        save.values.append(double(clock.nsecsElapsed()) / 1e6);
    }
    addRow(QStringLiteral("session with a year of history (%1 checks, %2 KiB) loaded").arg(records).arg(kib), load,
           QStringLiteral("ms"), QStringLiteral("≤ 20 ms"), load.median() <= 20);
    addRow(QStringLiteral("the same session saved (written whole, synced)"), save, QStringLiteral("ms"),
           QStringLiteral("≤ 20 ms"), save.median() <= 20);
}

void prepprobeRows(const QString &prepprobe, const QString &exe, int runs)
{
    QTemporaryDir dir;
    Series seconds;
    for (int run = 0; run < runs; ++run) {
        QProcess probe;
        QElapsedTimer clock;
        clock.start();
        probe.start(prepprobe, {QStringLiteral("--output"), dir.filePath(QStringLiteral("facts.json"))});
        probe.waitForFinished(30000);
        seconds.values.append(double(clock.nsecsElapsed()) / 1e6);
    }
    addRow(QStringLiteral("prepprobe run, native"), seconds, QStringLiteral("ms"), QStringLiteral("≤ 100 ms"),
           seconds.median() <= 100);
    QProcess strip;
    const QString stripped = dir.filePath(QStringLiteral("prepprobe.stripped"));
    strip.start(QStringLiteral("strip"), {QStringLiteral("-o"), stripped, prepprobe});
    strip.waitForFinished();
    if (QFileInfo::exists(stripped))
        addRow(QStringLiteral("prepprobe size, native (stripped)"), Series{{double(QFileInfo(stripped).size()) / 1024}},
               QStringLiteral("KiB"));
    if (!exe.isEmpty() && QFileInfo::exists(exe))
        addRow(QStringLiteral("prepprobe.exe size (static, stripped)"), Series{{double(QFileInfo(exe).size()) / 1024}},
               QStringLiteral("KiB"));
}

QString cpuModel()
{
    QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
    if (!cpuinfo.open(QIODevice::ReadOnly))
        return QSysInfo::currentCpuArchitecture();
    static const QRegularExpression model(QStringLiteral("model name\\s*:\\s*(.*)"));
    return model.match(QString::fromLatin1(cpuinfo.readAll())).captured(1).trimmed();
}

void printTable(int runs, double seconds)
{
    std::printf("Prep Wizard benchmark, %s — %s, %d cores, Qt %s, %d runs per row unless the row says, %.0f s\n\n",
                qPrintable(QDate::currentDate().toString(Qt::ISODate)), qPrintable(cpuModel()),
                QThread::idealThreadCount(), qVersion(), runs, seconds);
    const auto line = [](const QString &measure, const QString &median, const QString &spread, const QString &goal,
                         const QString &met) {
        // Padded by characters, not bytes: "×" and "–" are one column each.
        std::printf("| %s | %s | %s | %s | %s |\n", qPrintable(measure.leftJustified(80)),
                    qPrintable(median.rightJustified(16)), qPrintable(spread.leftJustified(21)),
                    qPrintable(goal.leftJustified(9)), qPrintable(met.leftJustified(4)));
    };
    line(QStringLiteral("measure"), QStringLiteral("median"), QStringLiteral("spread (min–max)"), QStringLiteral("goal"),
         QStringLiteral("met"));
    std::printf("|%s|%s|%s|%s|%s|\n", QByteArray(82, '-').constData(), QByteArray(18, '-').constData(),
                QByteArray(23, '-').constData(), QByteArray(11, '-').constData(), QByteArray(6, '-').constData());
    for (const Row &row : rows) {
        if (!row.figure.isEmpty()) {
            line(row.measure, row.figure, {}, row.goal, row.met);
            continue;
        }
        const bool single = row.series.values.size() <= 1;
        const int decimals = row.unit == QStringLiteral("×") ? 2 : (row.unit == QLatin1String("KiB") ? 0 : 1);
        const QString median = QStringLiteral("%1 %2").arg(row.series.median(), 0, 'f', decimals).arg(row.unit);
        const QString spread = single ? QString()
                                      : QStringLiteral("%1–%2 %3")
                                            .arg(row.series.min(), 0, 'f', decimals)
                                            .arg(row.series.max(), 0, 'f', decimals)
                                            .arg(row.unit);
        line(row.measure, median, spread, row.goal, row.met);
    }
}

// The offscreen platform says this on every window it shows; nothing else is left out.
void quietOffscreen(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(QLatin1String("does not support propagateSizeHints")))
        return;
    std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

} // namespace

int main(int argc, char **argv)
{
    qInstallMessageHandler(quietOffscreen);
    if (argc == 3 && qstrcmp(argv[1], "--first-paint") == 0)
        return firstPaint(argc, argv, QString::fromLatin1(argv[2]));
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    // --only GROUP: one group of rows, e.g. under a profiler.
    QString only;
    if (arguments.size() >= 2 && arguments.first() == QLatin1String("--only")) {
        only = arguments.at(1);
        arguments.remove(0, 2);
    }
    const QStringList groups = {QStringLiteral("startup"), QStringLiteral("gui"),      QStringLiteral("probes"),
                                QStringLiteral("backup"),  QStringLiteral("snapshot"), QStringLiteral("session"),
                                QStringLiteral("prepprobe")};
    if (arguments.isEmpty() || (!only.isEmpty() && !groups.contains(only))) {
        std::fprintf(stderr, "usage: prepwizard-bench [--only %s] PREPPROBE [PREPPROBE_EXE]\n",
                     qPrintable(groups.join(QLatin1Char('|'))));
        return 2;
    }
    const auto wanted = [&only](const char *group) { return only.isEmpty() || only == QLatin1String(group); };
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    constexpr int runs = 20;
    QElapsedTimer total;
    total.start();

    if (wanted("startup"))
        startupRows(runs);
    if (wanted("gui"))
        languageAndPdfRows(runs);
    if (wanted("probes"))
        probeRows(runs);
    if (wanted("snapshot"))
        snapshotRows(runs);
    if (wanted("session"))
        sessionRows(runs);
    if (wanted("backup"))
        backupRows(2);
    if (wanted("prepprobe"))
        prepprobeRows(arguments.at(0), arguments.value(1), runs);
    printTable(runs, double(total.elapsed()) / 1000);
    return 0;
}
