// SPDX-License-Identifier: GPL-3.0-or-later
// prepwizard-bench: measures what makes the wizard feel quick or slow and prints a table with the
// median and spread of repeated runs. Figures, not tests: nothing here fails on a busy machine.
//
//   prepwizard-bench PREPPROBE [PREPPROBE_EXE]    the whole table
//   prepwizard-bench --first-paint wizard|bare   (internal) one cold start, reported on stdout

#include "../FakeSntpServer.h"

#include "CategoryPage.h"
#include "Catalog.h"
#include "ChecklistModel.h"
#include "LanguageSwitcher.h"
#include "PageIds.h"
#include "PdfPrinter.h"
#include "PrepWizard.h"
#include "ProbeRegistry.h"
#include "ProbeRunner.h"
#include "ReportData.h"
#include "WizardController.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QWizard>
#include <QWizardPage>

#include <algorithm>
#include <cstdio>

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

// Peak resident memory of this process so far, in KiB.
qint64 peakResidentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    static const QRegularExpression hwm(QStringLiteral("VmHWM:\\s+(\\d+) kB"));
    return hwm.match(QString::fromLatin1(status.readAll())).captured(1).toLongLong();
}

// Child mode: show the window, and once its first paint is done say so and leave.
class FirstPaintReporter : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
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
    bool m_done = false;
};

int firstPaint(int argc, char **argv, const QString &which)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    FirstPaintReporter reporter;
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
};

QList<Row> rows;

void addRow(const QString &measure, const Series &series, const QString &unit, const QString &goal = {},
            std::optional<bool> met = std::nullopt)
{
    rows.append({measure, series, unit, goal, met ? (*met ? QStringLiteral("yes") : QStringLiteral("NO")) : QString()});
}

// Cold starts of a child process until its first paint: time and peak memory.
void measureStartup(const QString &platform, const QProcessEnvironment &environment, Series *wizardMs,
                    Series *bareMs, Series *wizardKiB, Series *bareKiB, int runs)
{
    for (int run = 0; run < runs; ++run) {
        for (const QString &which : {QStringLiteral("wizard"), QStringLiteral("bare")}) {
            QProcess child;
            child.setProcessEnvironment(environment);
            QElapsedTimer clock;
            clock.start();
            child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--first-paint"), which});
            if (!child.waitForReadyRead(30000)) {
                std::fprintf(stderr, "%s start-up on %s did not paint\n", qPrintable(which), qPrintable(platform));
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

void startupRows(const QString &platform, const QProcessEnvironment &environment, int runs)
{
    Series wizardMs, bareMs, wizardKiB, bareKiB;
    measureStartup(platform, environment, &wizardMs, &bareMs, &wizardKiB, &bareKiB, runs);
    addRow(QStringLiteral("start-up to first paint, %1: wizard").arg(platform), wizardMs, QStringLiteral("ms"));
    addRow(QStringLiteral("start-up to first paint, %1: bare QWizard").arg(platform), bareMs, QStringLiteral("ms"));
    const double ratio = wizardMs.median() / bareMs.median();
    addRow(QStringLiteral("start-up ratio wizard / bare, %1").arg(platform), Series{{ratio}}, QStringLiteral("×"),
           QStringLiteral("≤ 1.3×"), ratio <= 1.3);
    if (platform == QLatin1String("offscreen")) {
        addRow(QStringLiteral("peak memory at first paint: wizard"), wizardKiB, QStringLiteral("KiB"));
        addRow(QStringLiteral("peak memory at first paint: bare QWizard"), bareKiB, QStringLiteral("KiB"));
        const double memoryRatio = wizardKiB.median() / bareKiB.median();
        addRow(QStringLiteral("peak memory ratio wizard / bare"), Series{{memoryRatio}}, QStringLiteral("×"),
               QStringLiteral("≤ 1.5×"), memoryRatio <= 1.5);
    }
}

// Starts an X server for the xcb rows; nothing when Xvfb is not installed.
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

// The probes of a path against servers on 127.0.0.1, with the wizard on screen: until every local
// probe is done, until every network probe is done, and the GUI thread's longest stall meanwhile.
void probeRows(int runs)
{
    Series local, network, stall, starting;
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
        double localDone = 0, networkDone = 0;
        int localLeft = 0, networkLeft = 0;
        for (const Task *task : controller.model()->tasks()) {
            const QString id = QString::fromLatin1(task->id);
            if (controller.probes()->canCheck(id))
                ++(networkIds.contains(id) ? networkLeft : localLeft);
        }
        QObject::connect(controller.probes(), &ProbeRunner::finished, [&](const QString &id) {
            const double ms = double(clock.nsecsElapsed()) / 1e6;
            if (networkIds.contains(id)) {
                networkDone = std::max(networkDone, ms);
                --networkLeft;
            } else {
                localDone = std::max(localDone, ms);
                --localLeft;
            }
        });
        double longestGap = 0;
        QElapsedTimer tick;
        QTimer heartbeat;
        heartbeat.setTimerType(Qt::PreciseTimer);
        heartbeat.setInterval(1);
        QObject::connect(&heartbeat, &QTimer::timeout, [&] {
            longestGap = std::max(longestGap, double(tick.nsecsElapsed()) / 1e6 - 1.0);
            tick.restart();
        });
        QEventLoop loop;
        QObject::connect(controller.probes(), &ProbeRunner::allFinished, &loop, &QEventLoop::quit);
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        tick.start();
        heartbeat.start();
        clock.start();
        controller.probes()->checkAll();
        starting.values.append(double(clock.nsecsElapsed()) / 1e6);
        loop.exec();
        heartbeat.stop();
        local.values.append(localDone);
        network.values.append(networkDone);
        stall.values.append(longestGap);
    }
    addRow(QStringLiteral("path chosen → every local probe done (%1)").arg(pathId), local, QStringLiteral("ms"),
           QStringLiteral("≤ 300 ms"), local.median() <= 300);
    addRow(QStringLiteral("path chosen → every network probe done (loopback)"), network, QStringLiteral("ms"));
    addRow(QStringLiteral("checkAll(): starting the probes on the GUI thread"), starting, QStringLiteral("ms"));
    addRow(QStringLiteral("longest GUI stall while probes run"), stall, QStringLiteral("ms"), QStringLiteral("≤ 16 ms"),
           stall.max() <= 16);
}

void languageAndPdfRows(int runs)
{
    QTemporaryDir dir;
    LanguageSwitcher languages;
    const QString pathId = QStringLiteral("sbs2000-to-sbs2003");
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
    addRow(QStringLiteral("switch the whole wizard between languages"), switching, QStringLiteral("ms"),
           QStringLiteral("≤ 30 ms"), switching.median() <= 30);

    // Every manual task done with a note, so the printout is as long as it gets.
    for (const Task *task : controller.model()->tasks())
        controller.model()->confirm(QString::fromLatin1(task->id), QStringLiteral("Done on Friday, see the binder."));
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
    addRow(QStringLiteral("PDF of the full checklist (%1 tasks, %2 KiB)")
               .arg(controller.model()->tasks().size())
               .arg(bytes / 1024),
           pdf, QStringLiteral("ms"), QStringLiteral("≤ 200 ms"), pdf.median() <= 200);
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
    addRow(QStringLiteral("prepprobe size, native (as built)"), Series{{double(QFileInfo(prepprobe).size()) / 1024}},
           QStringLiteral("KiB"));
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

void printTable(int runs)
{
    std::printf("Prep Wizard benchmark, %s — %s, %d cores, Qt %s, %d runs per row\n\n",
                qPrintable(QDate::currentDate().toString(Qt::ISODate)), qPrintable(cpuModel()),
                QThread::idealThreadCount(), qVersion(), runs);
    const auto line = [](const QString &measure, const QString &median, const QString &spread, const QString &goal,
                         const QString &met) {
        // Padded by characters, not bytes: "×" and "–" are one column each.
        std::printf("| %s | %s | %s | %s | %s |\n", qPrintable(measure.leftJustified(62)),
                    qPrintable(median.rightJustified(11)), qPrintable(spread.leftJustified(19)),
                    qPrintable(goal.leftJustified(9)), qPrintable(met.leftJustified(4)));
    };
    line(QStringLiteral("measure"), QStringLiteral("median"), QStringLiteral("spread (min–max)"), QStringLiteral("goal"),
         QStringLiteral("met"));
    std::printf("|%s|%s|%s|%s|%s|\n", QByteArray(64, '-').constData(), QByteArray(13, '-').constData(),
                QByteArray(21, '-').constData(), QByteArray(11, '-').constData(), QByteArray(6, '-').constData());
    for (const Row &row : rows) {
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

} // namespace

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--first-paint") == 0)
        return firstPaint(argc, argv, QString::fromLatin1(argv[2]));
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    // --only startup|probes|gui|prepprobe: one group of rows, e.g. under a profiler.
    QString only;
    if (arguments.size() >= 2 && arguments.first() == QLatin1String("--only")) {
        only = arguments.at(1);
        arguments.remove(0, 2);
    }
    const QStringList groups = {QStringLiteral("startup"), QStringLiteral("probes"), QStringLiteral("gui"),
                                QStringLiteral("prepprobe")};
    if (arguments.isEmpty() || (!only.isEmpty() && !groups.contains(only))) {
        std::fprintf(stderr, "usage: prepwizard-bench [--only startup|probes|gui|prepprobe] PREPPROBE [PREPPROBE_EXE]\n");
        return 2;
    }
    const auto wanted = [&only](const char *group) { return only.isEmpty() || only == QLatin1String(group); };
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    constexpr int runs = 20;

    if (wanted("startup")) {
        QProcessEnvironment offscreen = QProcessEnvironment::systemEnvironment();
        offscreen.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        startupRows(QStringLiteral("offscreen"), offscreen, runs);
        QString display;
        if (auto xvfb = startXvfb(&display)) {
            QProcessEnvironment xcb = QProcessEnvironment::systemEnvironment();
            xcb.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
            xcb.insert(QStringLiteral("DISPLAY"), display);
            startupRows(QStringLiteral("Xvfb"), xcb, runs);
            xvfb->terminate();
            xvfb->waitForFinished(3000);
        } else {
            std::fprintf(stderr, "Xvfb is not installed: no start-up rows under X (apt-get install xvfb)\n");
        }
    }
    if (wanted("probes"))
        probeRows(runs);
    if (wanted("gui"))
        languageAndPdfRows(runs);
    if (wanted("prepprobe"))
        prepprobeRows(arguments.at(0), arguments.value(1), runs);
    printTable(runs);
    return 0;
}
