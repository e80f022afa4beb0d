// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 17, "assisted means assisted": each assisted task that had no check shows what the facts
// say about it (a server snapshot with the fact), or says plainly that the fact could not be read
// (the same snapshot without it). Evidence is never a pass: the operator still does the task.

#include "Catalog.h"
#include "LanguageSwitcher.h"
#include "NoticeCountdown.h"
#include "ProbeFixtures.h"
#include "ProbeRegistry.h"
#include "ServicePackRule.h"
#include "TaskIds.h"

#include <QTest>

#include <functional>

using namespace prep;

namespace {

using Change = std::function<void(facts::Facts &)>;

// One assisted task: the snapshot that has the fact and what its finding says, then the fact
// taken away and what the finding says instead.
struct Case
{
    const char *name;
    TaskId task;
    const char *snapshot;
    const char *path;
    QStringList shows;   // lines of the finding with the fact (evidence and details, in English)
    Change removeFact;
    QString unread;      // a line of the finding without it
};

const QString drivesUnread = QStringLiteral("The wizard could not read the drives of this server");
const QString programsUnread = QStringLiteral("could not read the installed programs");
const QString servicesUnread = QStringLiteral("could not list the services of this server");

const Change noVolumes = [](facts::Facts &facts) { facts.volumes.clear(); };
const Change noPrograms = [](facts::Facts &facts) { facts.programs.clear(); };
const Change noServices = [](facts::Facts &facts) { facts.services.clear(); };

const std::vector<Case> &cases()
{
    static const std::vector<Case> all = {
        {"path check: the server's product", taskid::pre::pathCheck, "sbs2003-server.json", "sbs2003-upgrade",
         {QStringLiteral("The server runs Windows Small Business Server 2003 5.2.3790 Service Pack 2, which is where the chosen path starts."),
          QStringLiteral("Exchange (version 6.5.7638.1) is installed on it.")},
         [](facts::Facts &facts) { facts.os = {}; },
         QStringLiteral("could not read which operating system the server runs")},
        {"international: the system's language", taskid::pre::international, "sbs2000-server.json", "sbs2000-to-sbs2003",
         {QStringLiteral("The operating system (Microsoft Windows 2000 Server) is installed in this language: es-ES, español de España.")},
         [](facts::Facts &facts) { facts.os.language.clear(); },
         QStringLiteral("could not read the language of the operating system")},
        {"virus scan: the drives, the M: drive apart", taskid::data::virusScan, "sbs2000-server.json", "sbs2000-to-sbs2003",
         {QStringLiteral("Scan these 2 drives and all their files, if possible the day or evening before the upgrade:"),
          QStringLiteral("C:\\ (NTFS): 3.0 GB free of 8.0 GB"),
          QStringLiteral("M:\\ is the Exchange M: drive. If you use Small Business Server 2000, do not scan it: a virus scan of this drive can damage the Exchange database.")},
         noVolumes, drivesUnread},
        {"full backup: drives, Exchange, the backup software", taskid::data::fullBackup, "sbs2000-server.json", "sbs2000-to-sbs2003",
         {QStringLiteral("E:\\ (NTFS): 10.0 GB free of 32.0 GB"),
          QStringLiteral("Exchange (version 6.0.5762.4) is installed: include Exchange in the backup."),
          QStringLiteral("M:\\ is the Exchange M: drive. If you use Small Business Server 2000, do not back it up as part of the Exchange backup: this can damage the Exchange database.")},
         noVolumes, drivesUnread},
        {"backup after preparing: what it takes in", taskid::data::backupAfterPrep, "sbs2003-server.json", "sbs2003-to-essentials",
         {QStringLiteral("A full system backup of this server takes in these 2 drives and the System State data:"),
          QStringLiteral("D:\\ (FAT32): 30.0 GB free of 60.0 GB")},
         noVolumes, drivesUnread},
        {"updates: the service pack", taskid::os::updates, "sbs2003-server.json", "sbs2003-upgrade",
         {QStringLiteral("The server runs Windows Small Business Server 2003 5.2.3790 Service Pack 2: Service Pack 2 is installed."),
          QStringLiteral("If this is the evaluation version of Windows Small Business Server 2003 and you are upgrading it to the full retail version, remove Service Pack 2 before the upgrade.")},
         [](facts::Facts &facts) { facts.os = {}; },
         QStringLiteral("could not read the version of the operating system")},
        {"application compatibility: programs not from Microsoft", taskid::os::appCompat, "sbs2000-server.json", "sbs2000-to-sbs2003",
         {QStringLiteral("Contabilidad Plus 2001, version 7.2, from Ejemplo Software S.L.")},
         noPrograms, programsUnread},
        {"best practices analyzer: not installed", taskid::os::bpa, "sbs2003-server.json", "sbs2003-to-essentials",
         {QStringLiteral("The 1 installed program is not a Best Practices Analyzer: download the one for your server (see the steps), check for updates, then run a scan.")},
         noPrograms, programsUnread},
        {"hardware compatibility: what to look up", taskid::hw::compat, "sbs2000-server.json", "sbs2000-to-sbs2003",
         {QStringLiteral("System maker (from the BIOS): Compaq, BIOS version P24"),
          QStringLiteral("Processor: Intel(R) Pentium(R) III CPU 1133MHz, 1 logical core"),
          QStringLiteral("Network adapter: Conexión de área local (00:50:8B:01:02:03)")},
         [](facts::Facts &facts) {
             facts.cpu = {};
             facts.firmware = {};
         },
         QStringLiteral("could not read the hardware of this server")},
        {"disk cleanup: the disks, not the M: drive", taskid::hw::diskCleanupDefrag, "sbs2000-server.json", "sbs2000-to-sbs2003",
         {QStringLiteral("Run Disk Cleanup (Cleanmgr.exe) and Disk Defragmenter (Dfrg.msc) on these 2 drives:"),
          QStringLiteral("M:\\, the Exchange M: drive, is not in the list: it is not a hard disk drive.")},
         noVolumes, drivesUnread},
        {"network configuration: adapters and gateways", taskid::net::networkConfig, "sbs2003-server.json", "sbs2003-to-essentials",
         {QStringLiteral("2 network adapters; default gateways: 81.45.12.1; DNS servers: 192.168.16.2."),
          QStringLiteral("Conexión de red 2: connected, addresses 81.45.12.7/29"),
          QStringLiteral("The local network uses a 192.168.x.x subnet, which the document recommends (but does not require) for the router.")},
         [](facts::Facts &facts) { facts.network.adapters.clear(); },
         QStringLiteral("could not read the network adapters of this server")},
        {"line-of-business plan: the candidates", taskid::app::lobPlan, "sbs2000-server.json", "sbs2003-to-essentials",
         {QStringLiteral("Contabilidad Plus 2001, version 7.2, from Ejemplo Software S.L.")},
         noPrograms, programsUnread},
        {"site server: installed", taskid::app::bo45SiteServer, "sbs2000-server.json", "bo45-to-ws2003",
         {QStringLiteral("Microsoft Site Server 3.0, version 3.0, from Microsoft Corporation"),
          QStringLiteral("Site Server or the Intranet Starter Site is on this server, and cannot be installed on Windows Server 2003: plan what will replace it before you upgrade, then mark the task done.")},
         [](facts::Facts &facts) {
             facts.programs.clear();
             facts.services.clear();
         },
         QStringLiteral("could not read the installed programs or the services")},
        {"fax service: running", taskid::app::faxService, "sbs2000-server.json", "bo45-to-ws2003",
         {QStringLiteral("Fax (Fax Service): running")},
         noServices, servicesUnread},
        {"active directory connector: here, on Exchange 2000 SP2", taskid::mail::adcDcUpgrade, "sbs2000-server.json", "exchange2000-to-exchange2003",
         {QStringLiteral("The Active Directory Connector (service MSADC) is installed on this server: prepare it as Knowledge Base article 325379 says before a domain controller is upgraded to Windows Server 2003."),
          QStringLiteral("This is Exchange 2000 Service Pack 2: with Windows Server 2003 domain controllers it needs the Exchange 2000 post-SP2 hotfix rollup.")},
         noServices, servicesUnread},
        {"pop3 connector: installed", taskid::post::pop3RouterTrigger, "sbs2000-server.json", "sbs2000-to-sbs2003",
         {QStringLiteral("POP3Connector (Microsoft Connector for POP3 Mailboxes): running"),
          QStringLiteral("The Microsoft Connector for POP3 Mailboxes is installed on this server. Its router trigger is no longer supported: after the upgrade, check that POP3 e-mail still arrives, then mark the task done.")},
         noServices, servicesUnread},
        {"pop3 connector: lost with another Exchange Server", taskid::mail::onpremExchange, "sbs2000-server.json", "sbs2003-to-essentials",
         {QStringLiteral("POP3Connector (Microsoft Connector for POP3 Mailboxes): running"),
          QStringLiteral("The Windows Small Business Server POP3 Connector is installed on this server. It is not included with Exchange Server: after you migrate email to another Exchange Server, you can no longer use it. Plan how POP3 e-mail will be collected, then mark the task done.")},
         noServices, servicesUnread},
    };
    return all;
}

const Probe *probeFor(const QString &taskId)
{
    for (const Probe &probe : ProbeRegistry::all()) {
        if (probe.taskId == taskId)
            return &probe;
    }
    return nullptr;
}

Finding check(const QString &taskId, facts::Facts facts, const char *pathId)
{
    const Probe *probe = probeFor(taskId);
    if (!probe)
        qFatal("no probe for %s", qPrintable(taskId));
    ProbeInput in;
    in.facts = std::make_shared<SnapshotFacts>(std::move(facts));
    in.task = Catalog::instance().task(taskId);
    in.path = Catalog::instance().path(QLatin1String(pathId));
    in.now = QDateTime::currentDateTimeUtc();
    return probe->run(in).finding;
}

} // namespace

class TestAssistedEvidence : public QObject
{
    Q_OBJECT

    LanguageSwitcher languages;

    static void rows()
    {
        QTest::addColumn<int>("index");
        for (std::size_t i = 0; i < cases().size(); ++i)
            QTest::newRow(cases()[i].name) << int(i);
    }

private slots:
    void initTestCase() { QVERIFY(languages.setLanguage(QStringLiteral("en"))); }

    // The task is assisted, on the path of the case, and the snapshot's fact shows in its finding,
    // which leaves the task to the operator.
    void theSnapshotsFactShowsAndTheTaskStaysTheOperators_data() { rows(); }
    void theSnapshotsFactShowsAndTheTaskStaysTheOperators()
    {
        QFETCH(int, index);
        const Case &row = cases()[std::size_t(index)];
        const Task *task = Catalog::instance().task(row.task);
        QVERIFY(task);
        QCOMPARE(task->kind, TaskKind::Assisted);
        QVERIFY2(task->appliesTo(QLatin1String(row.path)), row.path);
        const Finding finding = check(row.task, probetest::snapshot(row.snapshot)->facts(), row.path);
        QCOMPARE(finding.status, ItemStatus::Pending);
        const QStringList lines = probetest::text(finding).split(u'\n');
        for (const QString &shown : row.shows)
            QVERIFY2(lines.contains(shown), qPrintable(QStringLiteral("“%1” not in:\n%2").arg(shown, lines.join(u'\n'))));
    }

    // The same snapshot without the fact: "could not check", in words, never a guess.
    void withoutTheFactTheTaskSaysItCouldNotBeRead_data() { rows(); }
    void withoutTheFactTheTaskSaysItCouldNotBeRead()
    {
        QFETCH(int, index);
        const Case &row = cases()[std::size_t(index)];
        facts::Facts facts = probetest::snapshot(row.snapshot)->facts();
        row.removeFact(facts);
        const Finding finding = check(row.task, facts, row.path);
        QCOMPARE(finding.status, ItemStatus::Unknown);
        QVERIFY2(probetest::text(finding).contains(row.unread), qPrintable(probetest::text(finding)));
    }

    // Facts of another system than Windows cannot speak for Windows programs and services.
    void windowsEvidenceIsNotReadFromAnotherSystem()
    {
        facts::Facts facts = probetest::snapshot("sbs2000-server.json")->facts();
        facts.platform = "linux";
        for (const TaskId task : {taskid::os::appCompat, taskid::os::bpa, taskid::app::lobPlan, taskid::app::bo45SiteServer,
                                  taskid::app::faxService, taskid::mail::adcDcUpgrade, taskid::post::pop3RouterTrigger,
                                  taskid::mail::onpremExchange}) {
            const Finding finding = check(task, facts, "sbs2000-to-sbs2003");
            QCOMPARE(finding.status, ItemStatus::Unknown);
            QVERIFY2(probetest::text(finding).contains(QLatin1String("not Windows")), task.c_str());
        }
    }

    // A snapshot of another product than the chosen path's: a warning, to choose the right path.
    void aServerThePathDoesNotStartFromIsAWarning()
    {
        const Finding finding = check(taskid::pre::pathCheck, probetest::snapshot("sbs2003-server.json")->facts(), "sbs2000-to-sbs2003");
        QCOMPARE(finding.status, ItemStatus::Warning);
        QVERIFY2(probetest::text(finding).contains(QLatin1String("which is not where the chosen path starts")), qPrintable(probetest::text(finding)));
    }

    // What is not there is said so, and the task is still the operator's.
    void absentProductsAreSaidSo()
    {
        const facts::Facts sbs2003 = probetest::snapshot("sbs2003-server.json")->facts();
        Finding finding = check(taskid::app::faxService, sbs2003, "bo45-to-ws2003");
        QCOMPARE(finding.status, ItemStatus::Pending);
        QVERIFY(probetest::text(finding).contains(QLatin1String("No fax service is among the 6 services")));
        finding = check(taskid::app::bo45SiteServer, sbs2003, "bo45-to-ws2003");
        QCOMPARE(finding.status, ItemStatus::Pending);
        QVERIFY(probetest::text(finding).contains(QLatin1String("Neither Site Server nor the Intranet Starter Site")));
        finding = check(taskid::mail::adcDcUpgrade, sbs2003, "exchange2000-to-exchange2003");
        QVERIFY(probetest::text(finding).contains(QLatin1String("is not among the 6 services of this server")));
        QVERIFY(!probetest::text(finding).contains(QLatin1String("post-SP2")));
        finding = check(taskid::data::virusScan, sbs2003, "sbs2003-upgrade");
        QVERIFY(!probetest::text(finding).contains(QLatin1String("M: drive")));
    }

    // A processor whose cores were not counted is named without a count.
    void aProcessorWithoutItsCoresIsNamedAlone()
    {
        facts::Facts facts = probetest::snapshot("sbs2000-server.json")->facts();
        facts.cpu.logicalCores = 0;
        const Finding finding = check(taskid::hw::compat, facts, "sbs2000-to-sbs2003");
        QVERIFY(probetest::text(finding).split(u'\n').contains(QStringLiteral("Processor: Intel(R) Pentium(R) III CPU 1133MHz")));
    }

    void theServicePackIsReadFromTheVersion()
    {
        QCOMPARE(ServicePackRule::servicePack(QStringLiteral("5.2.3790 Service Pack 2")), 2);
        QCOMPARE(ServicePackRule::servicePack(QStringLiteral("5.0.2195 Service Pack 4")), 4);
        QCOMPARE(ServicePackRule::servicePack(QStringLiteral("5.2.3790")), 0);
        facts::Facts facts = probetest::snapshot("sbs2003-server.json")->facts();
        facts.os.version = "5.2.3790";
        const Finding finding = check(taskid::os::updates, facts, "sbs2003-upgrade");
        QVERIFY(probetest::text(finding).contains(QLatin1String("with no service pack installed")));
        QVERIFY(!probetest::text(finding).contains(QLatin1String("evaluation version")));
    }

    // In Spanish, the evidence keeps the words of the Spanish document (seed 001).
    void theEvidenceReadsInSpanishWithTheDocumentsWords()
    {
        const Finding finding = check(taskid::data::virusScan, probetest::snapshot("sbs2000-server.json")->facts(), "sbs2000-to-sbs2003");
        QVERIFY(languages.setLanguage(QStringLiteral("es")));
        const QString text = probetest::text(finding);
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        QVERIFY2(text.contains(QStringLiteral("Ejecute una detección de virus en estas 2 unidades y todos sus archivos; si es posible, el día o la noche antes de empezar la actualización:")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("M:\\ es la unidad M: de Exchange. Si utiliza Small Business Server 2000, no ejecute la detección de virus en la unidad M: de Exchange. Una detección de virus en esta unidad puede dañar la base de datos de Exchange.")), qPrintable(text));
    }

    // net.notify-users: the document's wait ("approximately 5 minutes"), counted down from when
    // the operator starts it.
    void theNoticeCountdownCountsTheDocumentsWait()
    {
        QCOMPARE(NoticeCountdown::documentWaitSeconds(), 300);
        QVERIFY(NoticeCountdown::command(300).startsWith(QLatin1String("Net send * You must log off from the domain in approximately 5 minute")));
        NoticeCountdown countdown(300);
        const QDateTime t0 = QDateTime(QDate(2026, 12, 3), QTime(18, 0), Qt::UTC);
        QCOMPARE(countdown.state(t0), NoticeCountdown::State::NotStarted);
        QCOMPARE(countdown.secondsLeft(t0), 300);
        countdown.start(t0);
        QCOMPARE(countdown.state(t0), NoticeCountdown::State::Running);
        QCOMPARE(NoticeCountdown::clockText(countdown.secondsLeft(t0.addMSecs(500))), QStringLiteral("5:00"));
        QCOMPARE(NoticeCountdown::clockText(countdown.secondsLeft(t0.addSecs(61))), QStringLiteral("3:59"));
        QCOMPARE(countdown.secondsLeft(t0.addSecs(-10)), 300); // a clock set back never adds time
        QCOMPARE(countdown.state(t0.addSecs(300)), NoticeCountdown::State::Over);
        QCOMPARE(countdown.secondsLeft(t0.addSecs(900)), 0);
        countdown.reset();
        QCOMPARE(countdown.state(t0.addSecs(900)), NoticeCountdown::State::NotStarted);
    }
};

QTEST_GUILESS_MAIN(TestAssistedEvidence)
#include "tst_assistedevidence.moc"
