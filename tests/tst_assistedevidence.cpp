// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 17, "assisted means assisted": each assisted task that had no check shows what the facts
// say about it (a server snapshot with the fact), or says plainly that the fact could not be read
// (the same snapshot without it). Evidence is never a pass: the operator still does the task.

#include "CatalogListing.h"
#include "LanguageSwitcher.h"
#include "ProbeFixtures.h"
#include "catalog/Catalog.h"
#include "catalog/TaskIds.h"
#include "checklist/ChecklistModel.h"
#include "checklist/NoticeCountdown.h"
#include "probes/rules/ServicePackRule.h"
#include "probes/runner/ProbeRegistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
        {"application compatibility: every program, those not from Microsoft first", taskid::os::appCompat, "sbs2000-server.json", "sbs2000-to-sbs2003",
         {QStringLiteral("3 programs are installed on this server, 1 of them not from Microsoft (listed first):"),
          QStringLiteral("Contabilidad Plus 2001, version 7.2, from Ejemplo Software S.L."),
          QStringLiteral("Microsoft Site Server 3.0, version 3.0, from Microsoft Corporation")},
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
          QStringLiteral("The local network uses a 192.168.x.x subnet. Microsoft's system requirements for Windows Server Essentials (not the source documents) recommend, but do not require, such a subnet for the router.")},
         [](facts::Facts &facts) { facts.network.adapters.clear(); },
         QStringLiteral("could not read the network adapters of this server")},
        {"line-of-business plan: the candidates", taskid::app::lobPlan, "sbs2000-server.json", "sbs2003-to-essentials",
         {QStringLiteral("Contabilidad Plus 2001, version 7.2, from Ejemplo Software S.L."),
          QStringLiteral("Windows 2000 Hotfix - KB329115, from Microsoft Corporation"),
          QStringLiteral("The line-of-business applications (accounting, supply-chain management, resource planning) may be among them. For each one, consult its provider on how to migrate it, and locate its installation media; then mark the task done.")},
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
        // Exchange's own POP3 service (in the SBS 2000 snapshot) is never taken for the POP3 Connector.
        if (QString(row.task) == QString(taskid::post::pop3RouterTrigger) || QString(row.task) == QString(taskid::mail::onpremExchange))
            QVERIFY2(!lines.join(u'\n').contains(QLatin1String("POP3Svc")), qPrintable(lines.join(u'\n')));
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

    // Seeds 000 and 001 speak of SBS 2000's Exchange 2000 M: drive (its EXIFS view of the store):
    // an NTFS data disk at M: on an Exchange server is a drive like the others, in all three lists.
    void anNtfsDiskAtMIsNotTheExchangeDrive()
    {
        facts::Facts facts = probetest::snapshot("sbs2000-server.json")->facts();
        for (facts::VolumeFacts &volume : facts.volumes) {
            if (volume.mountPoint == "M:\\") {
                volume.fileSystem = "NTFS";
                volume.device = "\\\\?\\Volume{3}";
                volume.totalBytes = 107374182400;
                volume.freeBytes = 53687091200;
            }
        }
        const QString line = QStringLiteral("M:\\ (NTFS): 50.0 GB free of 100.0 GB");
        for (const TaskId task : {taskid::data::fullBackup, taskid::data::virusScan, taskid::hw::diskCleanupDefrag}) {
            const QString text = probetest::text(check(task, facts, "sbs2000-to-sbs2003"));
            QVERIFY2(text.split(u'\n').contains(line), qPrintable(text));
            QVERIFY2(!text.contains(QLatin1String("Exchange M: drive")), qPrintable(text));
            QVERIFY2(text.contains(QLatin1String("these 3 drives")), qPrintable(text));
        }
        // An EXIFS M: under Exchange 2003 (6.5) is not taken for SBS 2000's either.
        facts = probetest::snapshot("sbs2000-server.json")->facts();
        facts.exchange.version = "6.5.7638.1";
        QVERIFY(!probetest::text(check(taskid::data::virusScan, facts, "sbs2000-to-sbs2003")).contains(QLatin1String("Exchange M: drive")));
    }

    // Snapshots may list 100,000 programs, services, drives or adapters: a finding lists about 50,
    // then how many more; a name of any length stays one bounded line.
    void aHugeSnapshotGivesABoundedFinding()
    {
        facts::Facts facts = probetest::snapshot("sbs2000-server.json")->facts();
        const std::size_t count = 100'000;
        facts.programs.reserve(count);
        facts.services.reserve(count);
        facts.volumes.reserve(count);
        for (std::size_t i = 0; i < count; ++i) {
            const std::string n = std::to_string(i);
            facts.programs.push_back({"Program " + n, "1.0", i % 2 ? "Microsoft Corporation" : "Vendor " + n});
            facts::ServiceFacts fax;
            fax.name = "Fax";
            fax.displayName = "Fax Service " + n;
            facts.services.push_back(fax);
            facts.volumes.push_back({"V" + n + ":\\", "", "NTFS", 1024, 512, false, false});
        }
        facts.programs.front().name = std::string(10'000, 'x') + "\nsecond line";
        for (const TaskId task : {taskid::os::appCompat, taskid::app::lobPlan, taskid::app::faxService, taskid::data::fullBackup,
                                  taskid::data::virusScan, taskid::hw::diskCleanupDefrag}) {
            const Finding finding = check(task, facts, "sbs2000-to-sbs2003");
            QVERIFY2(finding.details.size() <= 51, qPrintable(QStringLiteral("%1: %2 lines").arg(QLatin1String(task.c_str())).arg(finding.details.size())));
            const QString last = finding.details.last().toString();
            QVERIFY2(last.startsWith(QStringLiteral("… and ")) && last.endsWith(QLatin1String(" more")), qPrintable(last));
            for (const LocalizedText &line : finding.details)
                QVERIFY2(line.toString().size() <= 400 && !line.toString().contains(u'\n'), task.c_str());
        }
        const Finding programs = check(taskid::os::appCompat, facts, "sbs2000-to-sbs2003");
        QCOMPARE(programs.details.last().toString(), QStringLiteral("… and 99953 more"));
    }

    // Exchange's own POP3 service is not the SBS POP3 Connector, nor a third-party fax server
    // Windows's Fax Service: the services are matched by their exact names.
    void onlyTheExactServicesAreTakenForTheConnectorAndTheFaxService()
    {
        facts::Facts facts = probetest::snapshot("sbs2003-server.json")->facts();
        facts::ServiceFacts pop3;
        pop3.name = "POP3Svc";
        pop3.displayName = "Microsoft Exchange POP3";
        pop3.state = facts::ServiceState::Running;
        facts.services.push_back(pop3);
        pop3.name = "MSExchangePOP3";
        facts.services.push_back(pop3);
        facts::ServiceFacts fax;
        fax.name = "FaxMakerServer";
        fax.displayName = "GFI FaxMaker Fax Server";
        facts.services.push_back(fax);
        const int services = static_cast<int>(facts.services.size());
        QString text = probetest::text(check(taskid::post::pop3RouterTrigger, facts, "sbs2000-to-sbs2003"));
        QVERIFY2(text.contains(QStringLiteral("No POP3 connector is among the %1 services").arg(services)), qPrintable(text));
        text = probetest::text(check(taskid::mail::onpremExchange, facts, "sbs2003-to-essentials"));
        QVERIFY2(text.contains(QStringLiteral("No POP3 connector is among the %1 services").arg(services)), qPrintable(text));
        text = probetest::text(check(taskid::app::faxService, facts, "bo45-to-ws2003"));
        QVERIFY2(text.contains(QStringLiteral("No fax service is among the %1 services").arg(services)), qPrintable(text));
    }

    // The evaluation-version advice (KB 932600) is the SBS 2003 upgrade's; on the SBS 2000 path
    // the service pack read is Windows 2000's, not SBS 2000 SP1 (task os.sbs2000-sp1).
    void theServicePackAdviceIsThePathsOwn()
    {
        const facts::Facts sbs2003 = probetest::snapshot("sbs2003-server.json")->facts();
        QVERIFY(probetest::text(check(taskid::os::updates, sbs2003, "sbs2003-upgrade")).contains(QLatin1String("evaluation version")));
        QVERIFY(!probetest::text(check(taskid::os::updates, sbs2003, "sbs2003-to-essentials")).contains(QLatin1String("evaluation version")));
        const QString text = probetest::text(check(taskid::os::updates, probetest::snapshot("sbs2000-server.json")->facts(), "sbs2000-to-sbs2003"));
        QVERIFY2(text.contains(QStringLiteral("Service Pack 4 is installed.")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("This is the service pack of Windows 2000 Server, not Small Business Server 2000 Service Pack 1")), qPrintable(text));
        QVERIFY(!probetest::text(check(taskid::os::updates, sbs2003, "sbs2003-upgrade")).contains(QLatin1String("Windows 2000 Server")));
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
    // the operator starts it. The figure and the net send step are seed 000's (the SBS 2000 path):
    // seed 001 (sbs2003-upgrade) gives neither.
    void theNoticeCountdownCountsTheDocumentsWait()
    {
        QCOMPARE(NoticeCountdown::documentWaitSeconds(QStringLiteral("sbs2000-to-sbs2003")), 300);
        QCOMPARE(NoticeCountdown::documentWaitSeconds(QStringLiteral("sbs2003-upgrade")), 0);
        const Task *task = Catalog::instance().task(taskid::net::notifyUsers);
        QVERIFY(task);
        const auto mentionsNetSend = [&](const char *path) {
            return task->stepTexts(QLatin1String(path)).join(u'\n').contains(QLatin1String("net send"), Qt::CaseInsensitive);
        };
        QVERIFY(mentionsNetSend("sbs2000-to-sbs2003"));
        QVERIFY(!mentionsNetSend("sbs2003-upgrade"));
        QVERIFY(NoticeCountdown::command(300).startsWith(QLatin1String("Net send * You must log off from the domain in approximately 5 minute")));
        // The times are a monotonic clock's milliseconds (QElapsedTimer): a correction of the
        // system's clock while the operator waits neither freezes nor ends the wait.
        NoticeCountdown countdown(300);
        const qint64 t0 = 50'000;
        QCOMPARE(countdown.state(t0), NoticeCountdown::State::NotStarted);
        QCOMPARE(countdown.secondsLeft(t0), 300);
        countdown.start(t0);
        QCOMPARE(countdown.state(t0), NoticeCountdown::State::Running);
        QCOMPARE(NoticeCountdown::clockText(countdown.secondsLeft(t0 + 500)), QStringLiteral("5:00"));
        QCOMPARE(NoticeCountdown::clockText(countdown.secondsLeft(t0 + 61'000)), QStringLiteral("3:59"));
        QCOMPARE(countdown.secondsLeft(t0 - 10'000), 300); // a time before the start counts as the start
        QCOMPARE(countdown.state(t0 + 300'000), NoticeCountdown::State::Over);
        QCOMPARE(countdown.secondsLeft(t0 + 900'000), 0);
        countdown.reset();
        QCOMPARE(countdown.state(t0 + 900'000), NoticeCountdown::State::NotStarted);
    }

    // Where the document gives no wait (seed 001, sbs2003-upgrade), there is nothing to count down
    // and no fact to show: the task is manual there, on screen and in the task list, and a done
    // mark needs no note; on the SBS 2000 path it stays assisted.
    void theNoticeIsManualWhereTheDocumentGivesNoWait_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("kind");
        QTest::newRow("sbs2000-to-sbs2003") << QStringLiteral("sbs2000-to-sbs2003") << QStringLiteral("assisted");
        QTest::newRow("sbs2003-upgrade") << QStringLiteral("sbs2003-upgrade") << QStringLiteral("manual");
    }
    void theNoticeIsManualWhereTheDocumentGivesNoWait()
    {
        QFETCH(QString, path);
        QFETCH(QString, kind);
        ChecklistModel model;
        model.setPath(path);
        const QModelIndex index = model.indexOf(QString(taskid::net::notifyUsers));
        QVERIFY(index.isValid());
        QCOMPARE(index.data(ChecklistModel::KindRole).toString(), kind);
        QVERIFY(index.data(ChecklistModel::CanMarkDoneRole).toBool());
        QVERIFY(!index.data(ChecklistModel::DoneNeedsNoteRole).toBool());
        const QJsonArray listed = QJsonDocument::fromJson(CatalogListing::tasks(path, QStringLiteral("json"))).array();
        bool found = false;
        for (const QJsonValue &entry : listed) {
            if (entry[QStringLiteral("id")].toString() == QLatin1String(taskid::net::notifyUsers)) {
                QCOMPARE(entry[QStringLiteral("kind")].toString(), kind);
                found = true;
            }
        }
        QVERIFY(found);
    }
};

QTEST_GUILESS_MAIN(TestAssistedEvidence)
#include "tst_assistedevidence.moc"
