// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// The probe runner: findings reach the model on the GUI thread as they arrive, a probe that hangs
// or throws ends as "unknown" with the reason, cancelling and quitting never wait for a probe,
// the event loop keeps turning, and the real probes run on a snapshot and against servers on
// 127.0.0.1.

#include "FakeSntpServer.h"
#include "ProbeFixtures.h"
#include "catalog/TaskIds.h"
#include "checklist/ChecklistModel.h"
#include "probes/runner/ProbeRunner.h"
#include "probes/runner/WorkerPool.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <stdexcept>

using namespace prep;

namespace {

const QString freeDisk = QString(taskid::hw::freeDisk);
const QString ntfs = QString(taskid::os::ntfsSystemDrive);
const QString bios = QString(taskid::hw::driversBios);
const QString timeSync = QString(taskid::net::timeSync);
const QString disconnectInternet = QString(taskid::net::disconnectInternet);
const QString sbs2000 = QStringLiteral("sbs2000-to-sbs2003");
const QString essentials = QStringLiteral("sbs2003-to-essentials");

Finding found(ItemStatus status, const char *words)
{
    Finding finding;
    finding.status = status;
    finding.evidence.append(LocalizedText("Probes", words));
    return finding;
}

Probe quick(const QString &taskId, ItemStatus status = ItemStatus::Passed)
{
    return {taskId, ProbeReach::Local, [status](const ProbeInput &) { return ProbeOutput{found(status, "quick"), {}}; }};
}

// Waits until cancelled (at most half a minute, so a broken runner cannot hang the test).
Probe hanging(const QString &taskId, std::shared_ptr<std::atomic_bool> ended)
{
    return {taskId, ProbeReach::Local, [ended](const ProbeInput &input) {
                QElapsedTimer clock;
                clock.start();
                while (!input.isCancelled() && clock.elapsed() < 30000)
                    QThread::msleep(5);
                ended->store(true);
                return ProbeOutput{found(ItemStatus::Passed, "too late"), {}};
            }};
}

QString evidence(ChecklistModel &model, const QString &taskId)
{
    return model.indexOf(taskId).data(ChecklistModel::EvidenceRole).toStringList().join(QLatin1Char('\n'));
}

} // namespace

class TestProbeRunner : public QObject
{
    Q_OBJECT

    std::unique_ptr<ChecklistModel> model;
    std::unique_ptr<QAbstractItemModelTester> tester;

    ProbeSettings settings(std::vector<Probe> probes = {})
    {
        ProbeSettings result;
        result.ntpHost = QStringLiteral("127.0.0.1");
        result.internetHost = QStringLiteral("127.0.0.1");
        result.localTimeLimitMs = 300;
        result.networkTimeLimitMs = 1000;
        result.facts = probetest::snapshot("sbs2003-server.json");
        result.probes = std::move(probes);
        return result;
    }

    static void waitIdle(ProbeRunner &runner)
    {
        QTRY_VERIFY_WITH_TIMEOUT(runner.isIdle(), 20000);
    }

private slots:
    void init()
    {
        model = std::make_unique<ChecklistModel>();
        tester = std::make_unique<QAbstractItemModelTester>(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        model->setPath(sbs2000);
    }
    void cleanup()
    {
        tester.reset();
        model.reset();
    }

    void findingsArriveOneRowAtATimeWhileOthersStillRun()
    {
        auto ended = std::make_shared<std::atomic_bool>(false);
        ProbeRunner runner(model.get(), settings({quick(freeDisk), hanging(bios, ended)}));
        QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy finished(&runner, &ProbeRunner::finished);
        QSignalSpy allFinished(&runner, &ProbeRunner::allFinished);
        runner.checkAll();
        QCOMPARE(model->status(freeDisk), ItemStatus::Running);
        QCOMPARE(model->status(bios), ItemStatus::Running);
        QVERIFY(!runner.isIdle());
        QTRY_COMPARE(model->status(freeDisk), ItemStatus::Passed);
        QCOMPARE(model->status(bios), ItemStatus::Running); // still waiting for its time limit
        QCOMPARE(finished.count(), 1);
        QCOMPARE(allFinished.count(), 0);
        waitIdle(runner);
        QCOMPARE(allFinished.count(), 1);
        QCOMPARE(reset.count(), 0);
        for (const QList<QVariant> &change : changed) {
            const auto from = change.at(0).value<QModelIndex>();
            const auto to = change.at(1).value<QModelIndex>();
            QCOMPARE(from.row(), to.row()); // one row per change
        }
        QVERIFY(model->state(freeDisk).finding.checkedAt.isValid());
    }

    void aProbeThatHangsIsUnknownAfterItsTimeLimit()
    {
        auto ended = std::make_shared<std::atomic_bool>(false);
        ProbeRunner runner(model.get(), settings({hanging(bios, ended)}));
        QElapsedTimer clock;
        clock.start();
        runner.check(bios);
        waitIdle(runner);
        QVERIFY(clock.elapsed() >= 290);
        QCOMPARE(model->status(bios), ItemStatus::Unknown);
        QVERIFY2(evidence(*model, bios).contains(QStringLiteral("did not answer within 0.3 s")), qPrintable(evidence(*model, bios)));
        // It was told to stop, and its late result does not replace the finding.
        QTRY_VERIFY(ended->load());
        QTest::qWait(50);
        QCOMPARE(model->status(bios), ItemStatus::Unknown);
    }

    void aLateResultIsIgnored()
    {
        // This one does not look at its cancel flag; it answers after its time limit.
        Probe slow{bios, ProbeReach::Local, [](const ProbeInput &) {
                       QThread::msleep(600);
                       return ProbeOutput{found(ItemStatus::Passed, "late"), {}};
                   }};
        ProbeRunner runner(model.get(), settings({slow}));
        runner.check(bios);
        waitIdle(runner);
        QCOMPARE(model->status(bios), ItemStatus::Unknown);
        QTest::qWait(800);
        QCOMPARE(model->status(bios), ItemStatus::Unknown);
        QVERIFY(!evidence(*model, bios).contains(QStringLiteral("late")));
    }

    void aProbeThatThrowsIsUnknownWithTheReason()
    {
        Probe throwing{ntfs, ProbeReach::Local, [](const ProbeInput &) -> ProbeOutput { throw std::runtime_error("disk on fire"); }};
        Probe odd{freeDisk, ProbeReach::Local, [](const ProbeInput &) -> ProbeOutput { throw 42; }};
        ProbeRunner runner(model.get(), settings({throwing, odd}));
        runner.checkAll();
        waitIdle(runner);
        QCOMPARE(model->status(ntfs), ItemStatus::Unknown);
        QCOMPARE(evidence(*model, ntfs), QStringLiteral("The check failed: disk on fire"));
        QCOMPARE(model->status(freeDisk), ItemStatus::Unknown);
        QCOMPARE(evidence(*model, freeDisk), QStringLiteral("The check failed with an unexpected error."));
    }

    void cancellingMidRunReportsAndReturnsAtOnce()
    {
        auto ended = std::make_shared<std::atomic_bool>(false);
        ProbeSettings slowLimit = settings({hanging(bios, ended)});
        slowLimit.localTimeLimitMs = 60000;
        ProbeRunner runner(model.get(), slowLimit);
        QSignalSpy allFinished(&runner, &ProbeRunner::allFinished);
        runner.checkAll();
        QTest::qWait(50);
        QElapsedTimer clock;
        clock.start();
        runner.cancelAll();
        QVERIFY(clock.elapsed() < 2000);
        QVERIFY(runner.isIdle());
        QCOMPARE(allFinished.count(), 1);
        QCOMPARE(model->status(bios), ItemStatus::Unknown);
        QVERIFY(evidence(*model, bios).contains(QStringLiteral("cancelled")));
        QTRY_VERIFY(ended->load());
    }

    void quittingWhileAProbeHangsReturnsPromptly_data()
    {
        QTest::addColumn<bool>("honoursCancel");
        QTest::newRow("a probe that stops when told") << true;
        QTest::newRow("a probe stuck in a blocking call") << false;
    }
    void quittingWhileAProbeHangsReturnsPromptly()
    {
        QFETCH(bool, honoursCancel);
        auto done = std::make_shared<QSemaphore>();
        Probe stuck{bios, ProbeReach::Local, [honoursCancel, done](const ProbeInput &input) {
                        QElapsedTimer clock;
                        clock.start();
                        // Three seconds at most either way, as a read on a dead network drive.
                        while (clock.elapsed() < 3000 && !(honoursCancel && input.isCancelled()))
                            QThread::msleep(5);
                        done->release();
                        return ProbeOutput{};
                    }};
        ProbeSettings longLimit = settings({stuck});
        longLimit.localTimeLimitMs = 60000;
        auto runner = std::make_unique<ProbeRunner>(model.get(), longLimit);
        runner->checkAll();
        QTest::qWait(50);
        QElapsedTimer clock;
        clock.start();
        runner->cancelAll();
        runner.reset();
        QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
        // The stuck worker's pool is kept, owned, until it ends; main() joins it before returning
        // (WorkerPool::joinStraggling), with a bound, so that a worker stuck for good cannot hang
        // the program's end.
        QCOMPARE(WorkerPool::stragglingCount(), honoursCancel ? 0 : 1);
        if (!honoursCancel)
            QVERIFY(!WorkerPool::joinStraggling(100)); // still in its "blocking call"
        QVERIFY(WorkerPool::joinStraggling(10000));
        QCOMPARE(WorkerPool::stragglingCount(), 0);
        QVERIFY(done->tryAcquire(1, 1000));
    }

    void theEventLoopKeepsTurningWhileAProbeRuns()
    {
        Probe slow{bios, ProbeReach::Local, [](const ProbeInput &input) {
                       for (int i = 0; i < 60 && !input.isCancelled(); ++i)
                           QThread::msleep(10);
                       return ProbeOutput{found(ItemStatus::Pending, "slow"), {}};
                   }};
        ProbeSettings roomy = settings({slow});
        roomy.localTimeLimitMs = 10000;
        ProbeRunner runner(model.get(), roomy);
        int ticks = 0;
        QTimer timer;
        connect(&timer, &QTimer::timeout, this, [&] { ++ticks; });
        timer.start(10);
        runner.check(bios);
        waitIdle(runner);
        QCOMPARE(model->status(bios), ItemStatus::Pending);
        QVERIFY2(ticks >= 3, qPrintable(QString::number(ticks)));
    }

    void checkAgainRerunsOneProbe()
    {
        std::atomic_int runs{0};
        Probe counted{freeDisk, ProbeReach::Local, [&runs](const ProbeInput &) {
                          ++runs;
                          QThread::msleep(50);
                          return ProbeOutput{found(ItemStatus::Passed, "counted"), {}};
                      }};
        ProbeRunner runner(model.get(), settings({counted, quick(ntfs)}));
        runner.check(freeDisk);
        runner.check(freeDisk); // still running: not started twice
        waitIdle(runner);
        QCOMPARE(runs.load(), 1);
        QCOMPARE(model->status(ntfs), ItemStatus::Pending); // not asked for
        runner.check(freeDisk);
        QCOMPARE(model->status(freeDisk), ItemStatus::Running);
        waitIdle(runner);
        QCOMPARE(runs.load(), 2);
    }

    void onlyTheProbesOfThePathAndWithoutOperatorInputCanRun()
    {
        ProbeRunner runner(model.get(), settings());
        QVERIFY(runner.canCheck(freeDisk));
        QVERIFY(runner.canCheck(disconnectInternet));
        QVERIFY(!runner.canCheck(timeSync));                        // not on this path
        QVERIFY(!runner.canCheck(QString(taskid::data::verifyBackup))); // needs the operator's folders
        QVERIFY(!runner.canCheck(QString(taskid::os::sbs2000Sp1)));     // manual
        ProbeSettings off = settings();
        off.enabled = false;
        ProbeRunner disabled(model.get(), off);
        QVERIFY(!disabled.canCheck(freeDisk));
        QSignalSpy allFinished(&disabled, &ProbeRunner::allFinished);
        disabled.checkAll();
        QVERIFY(disabled.isIdle());
        QVERIFY(allFinished.wait(2000)); // said even when nothing ran
        QCOMPARE(model->status(freeDisk), ItemStatus::Pending);
    }

    void formValuesAreFilledOnlyWhereEmpty()
    {
        model->setFormValue(taskid::net::internetInfo.formKey("gateway"), QStringLiteral("192.168.1.254"));
        ProbeRunner runner(model.get(), settings());
        runner.check(QString(taskid::net::internetInfo));
        waitIdle(runner);
        QCOMPARE(model->formValue(taskid::net::internetInfo.formKey("gateway")), QStringLiteral("192.168.1.254"));
        QCOMPARE(model->formValue(taskid::net::internetInfo.formKey("domain")), QStringLiteral("oficina.local"));
    }

    void theRealProbesJudgeASnapshot()
    {
        QTcpServer listener; // a snapshot's server is not tested from here: this stays unused
        QVERIFY(listener.listen(QHostAddress::LocalHost, 0));
        ProbeSettings onSnapshot = settings();
        onSnapshot.localTimeLimitMs = 5000;
        onSnapshot.internetPort = listener.serverPort();
        ProbeRunner runner(model.get(), onSnapshot);
        runner.checkAll();
        waitIdle(runner);
        QCOMPARE(model->status(freeDisk), ItemStatus::Blocker); // 1.5 GB free on C:
        QCOMPARE(model->status(ntfs), ItemStatus::Passed);
        QCOMPARE(model->status(bios), ItemStatus::Warning);     // 2005
        QCOMPARE(model->status(QString(taskid::os::stopLocalsystemServices)), ItemStatus::Warning);
        QCOMPARE(model->status(QString(taskid::os::disableDiskUtilities)), ItemStatus::Warning);
        QCOMPARE(model->status(QString(taskid::net::usersLogoff)), ItemStatus::Warning);
        QCOMPARE(model->status(QString(taskid::net::internetInfo)), ItemStatus::Pending);
        QCOMPARE(model->status(QString(taskid::hw::requirements)), ItemStatus::Unknown); // no SBS 2003 table
        QCOMPARE(model->status(disconnectInternet), ItemStatus::Unknown);
        QVERIFY(evidence(*model, disconnectInternet).contains(QStringLiteral("snapshot of SRV-SBS")));
        QVERIFY(!listener.hasPendingConnections());
        QCOMPARE(model->formValue(taskid::os::stopLocalsystemServices.formKey("McShield")),
                 QStringLiteral("automatic"));
    }

    void theSetupFolderChosenInTheSessionIsChecked()
    {
        model->setFormValue(ProbeRunner::setupFolderKey(), QStringLiteral("D:\\Setup"));
        ProbeRunner runner(model.get(), settings());
        runner.check(freeDisk);
        waitIdle(runner);
        QVERIFY2(evidence(*model, freeDisk).contains(QStringLiteral("on D:\\ (the volume of the folder for Setup's files, D:\\Setup)")),
                 qPrintable(evidence(*model, freeDisk)));
    }

    void theClockIsComparedWithATimeServer_data()
    {
        QTest::addColumn<double>("offset");
        QTest::addColumn<bool>("silent");
        QTest::addColumn<ItemStatus>("status");
        // Without the Destination's clock nothing passes (docs/clock.md); an hour off the time
        // server is a blocker whatever the Destination shows.
        QTest::newRow("+4 min, no Destination: unknown") << 240.0 << false << ItemStatus::Unknown;
        QTest::newRow("+6 min is a blocker") << 360.0 << false << ItemStatus::Blocker;
        QTest::newRow("silence is unknown after the limit") << 0.0 << true << ItemStatus::Unknown;
    }
    void theClockIsComparedWithATimeServer()
    {
        QFETCH(double, offset);
        QFETCH(bool, silent);
        QFETCH(ItemStatus, status);
        model->setPath(essentials);
        probetest::FakeSntpServer server(offset, silent ? probetest::FakeSntpServer::Mode::Silent
                                                        : probetest::FakeSntpServer::Mode::Answer);
        ProbeSettings local = settings();
        local.facts = probetest::fixtureTree(probetest::serverRoot);
        local.ntpPort = server.port();
        ProbeRunner runner(model.get(), local);
        QElapsedTimer clock;
        clock.start();
        runner.check(timeSync);
        waitIdle(runner);
        QCOMPARE(model->status(timeSync), status);
        const QString words = evidence(*model, timeSync);
        if (silent) {
            QVERIFY2(words.contains(QStringLiteral("No answer from the time server 127.0.0.1:%1 within").arg(server.port())), qPrintable(words));
            QVERIFY(clock.elapsed() >= 500);
        } else {
            QVERIFY2(words.contains(QStringLiteral("s behind the time server 127.0.0.1:%1 (measured ").arg(server.port())), qPrintable(words));
        }
    }

    void reachingTheInternetHostIsChecked()
    {
        QTcpServer listener;
        QVERIFY(listener.listen(QHostAddress::LocalHost, 0));
        ProbeSettings local = settings();
        local.facts = probetest::fixtureTree(probetest::serverRoot);
        local.internetPort = listener.serverPort();
        {
            ProbeRunner runner(model.get(), local);
            runner.check(disconnectInternet);
            waitIdle(runner);
            QCOMPARE(model->status(disconnectInternet), ItemStatus::Warning);
        }
        listener.close();
        ProbeRunner runner(model.get(), local);
        runner.check(disconnectInternet);
        waitIdle(runner);
        QCOMPARE(model->status(disconnectInternet), ItemStatus::Pending);
        QVERIFY(evidence(*model, disconnectInternet).contains(QStringLiteral("was refused")));
    }
};

QTEST_GUILESS_MAIN(TestProbeRunner)
#include "tst_proberunner.moc"
