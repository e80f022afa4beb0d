// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// The catalog against the documents: the order of the last days (S000), the free-space figure
// only where a document gives it, the staged BackOffice paths carrying the tasks of 4.5, caution
// boxes that hold only the documents' cautions, and the Spanish terms of issue 13.

#include "LanguageSwitcher.h"
#include "ProbeFixtures.h"
#include "catalog/Catalog.h"
#include "catalog/TaskIds.h"
#include "checklist/ChecklistModel.h"
#include "probes/rules/FreeDiskRule.h"

#include <QTest>

#include <cstring>

#include <algorithm>

using namespace prep;
using probetest::GiB;

namespace {

QStringList ids(const std::vector<const Task *> &tasks)
{
    QStringList result;
    for (const Task *task : tasks)
        result.append(QLatin1String(task->id));
    return result;
}

facts::Facts oneVolume(std::uint64_t free)
{
    facts::Facts facts;
    facts.platform = "windows";
    facts.volumes = {{"C:\\", "\\\\?\\Volume{1}", "NTFS", 100 * std::uint64_t(GiB), free, true, false}};
    return facts;
}

} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(LanguageSwitcher().setLanguage(QStringLiteral("en"))); }

    // Each document's own order (CatalogOrders.cpp). S000: Disk Cleanup and Defragmenter before
    // the backup; users log off → notify them → disconnect the Internet → stop Local System
    // services → disable disk utilities → Setup. S001: its sections' order (data, operating system,
    // hardware, network; notify, then log off). S002: back up, Exchange first, then Windows.
    // S004: its numbered steps.
    void eachPathFollowsItsDocumentsOrder_data()
    {
        using namespace taskid;
        QTest::addColumn<QString>("path");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<int>("kind");
        const auto list = [](std::initializer_list<const char *> ids) {
            QStringList result;
            for (const char *id : ids)
                result.append(QLatin1String(id));
            return result;
        };
        QTest::newRow("sbs2000-to-sbs2003")
            << QStringLiteral("sbs2000-to-sbs2003")
            << list({hw::diskCleanupDefrag, data::virusScan, data::fullBackup, data::verifyBackup, net::usersLogoff,
                     net::notifyUsers, net::disconnectInternet, os::stopLocalsystemServices, os::disableDiskUtilities})
            << int(OrderKind::LastDays);
        QTest::newRow("sbs2003-upgrade")
            << QStringLiteral("sbs2003-upgrade")
            << list({data::virusScan, data::fullBackup, data::verifyBackup, os::stopLocalsystemServices,
                     os::disableDiskUtilities, hw::diskCleanupDefrag, net::notifyUsers, net::usersLogoff,
                     net::disconnectInternet})
            << int(OrderKind::LastDays);
        QTest::newRow("exchange2000-to-exchange2003")
            << QStringLiteral("exchange2000-to-exchange2003")
            << list({data::fullBackup, mail::exchangeFirst, mail::ws2003FeaturesDefer}) << int(OrderKind::Stages);
        QTest::newRow("sbs2003-to-essentials")
            << QStringLiteral("sbs2003-to-essentials")
            << list({data::fullBackup, data::verifyBackup, os::updates, os::logonAsServiceGpo, os::healthReport, os::bpa,
                     net::timeSync, app::lobPlan, mail::essentialsNoExchange, mail::o365, mail::rpcOverHttp,
                     mail::onpremExchange, data::backupAfterPrep})
            << int(OrderKind::Preparation);
        // The same document without the Group Policy step and the email plan, which this server lacks.
        QTest::newRow("ws2008foundation-to-essentials")
            << QStringLiteral("ws2008foundation-to-essentials")
            << list({data::fullBackup, data::verifyBackup, os::updates, os::healthReport, os::bpa, net::timeSync,
                     app::lobPlan, data::backupAfterPrep})
            << int(OrderKind::Preparation);
    }

    void eachPathFollowsItsDocumentsOrder()
    {
        QFETCH(QString, path);
        QFETCH(QStringList, expected);
        QFETCH(int, kind);
        const UpgradePath *entry = Catalog::instance().path(path);
        QVERIFY(entry);
        QCOMPARE(int(entry->order.kind), kind);
        QCOMPARE(qsizetype(entry->order.tasks.size()), expected.size()); // no id the catalog lacks
        QCOMPARE(ids(Catalog::instance().dayOfUpgrade(path)), expected);
        QVERIFY(entry->order.reference && *entry->order.reference);
        // Every task of the sequence belongs to the path's checklist.
        for (const Task *task : Catalog::instance().dayOfUpgrade(path))
            QVERIFY2(task->appliesTo(path), task->id);
    }

    // Where S000 says a task comes before another, the order says so: Disk Cleanup and
    // Defragmenter (step 3) before the backup, disk utilities off only after the users are gone.
    void onTheSbs2000PathDiskCleanupComesBeforeTheBackup()
    {
        const QStringList order = ids(Catalog::instance().dayOfUpgrade(QStringLiteral("sbs2000-to-sbs2003")));
        QVERIFY(order.indexOf(QLatin1String(taskid::hw::diskCleanupDefrag)) < order.indexOf(QLatin1String(taskid::data::fullBackup)));
        QVERIFY(order.indexOf(QLatin1String(taskid::net::usersLogoff)) < order.indexOf(QLatin1String(taskid::os::disableDiskUtilities)));
    }

    // S003 gives the order of the stages only (the path's steps), no order of tasks.
    void theBackOfficePathsHaveNoOrderOfTasks_data()
    {
        QTest::addColumn<QString>("path");
        for (const char *id : {"bo25-to-ws2003", "bo40-to-ws2003", "bo45-to-ws2003", "sbs40-to-ws2003", "sbs45-to-ws2003"})
            QTest::newRow(id) << QString::fromLatin1(id);
    }

    void theBackOfficePathsHaveNoOrderOfTasks()
    {
        QFETCH(QString, path);
        const UpgradePath *entry = Catalog::instance().path(path);
        QVERIFY(entry);
        QVERIFY(entry->order.isEmpty());
        QVERIFY(Catalog::instance().dayOfUpgrade(path).empty());
    }

    // S000 gives 2 GB for Small Business Server 2000; S001 gives no figure for Windows Small
    // Business Server 2003 ("la cantidad necesaria de espacio libre … consulte la documentación").
    void theFreeSpaceFigureIsOnlyWhereADocumentGivesIt_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<double>("figure"); // 0: none
        QTest::newRow("sbs2000-to-sbs2003") << QStringLiteral("sbs2000-to-sbs2003") << 2.0 * double(GiB);
        QTest::newRow("sbs2003-upgrade") << QStringLiteral("sbs2003-upgrade") << 0.0;
    }

    void theFreeSpaceFigureIsOnlyWhereADocumentGivesIt()
    {
        QFETCH(QString, path);
        QFETCH(double, figure);
        const Task *task = Catalog::instance().task(QString(taskid::hw::freeDisk));
        QVERIFY(task && task->appliesTo(path));
        const Threshold *threshold = task->threshold("minFreeBytes", path);
        QCOMPARE(threshold ? threshold->value : 0.0, figure);
        QVERIFY2(!task->titleText().contains(QStringLiteral("2 GB")), "the title must hold for every path");
    }

    void withoutAFigureTheCheckReportsAndDecidesNothing_data()
    {
        QTest::addColumn<double>("freeGiB");
        QTest::newRow("0.5 GB free") << 0.5;
        QTest::newRow("1 GB free") << 1.0;
        QTest::newRow("50 GB free") << 50.0;
    }

    void withoutAFigureTheCheckReportsAndDecidesNothing()
    {
        QFETCH(double, freeGiB);
        const auto free = static_cast<std::uint64_t>(freeGiB * GiB);
        const Finding finding = FreeDiskRule::evaluate(oneVolume(free), {}, std::nullopt);
        QCOMPARE(finding.status, ItemStatus::Pending);
        QVERIFY(finding.threshold.isEmpty());
        const QString all = renderAll(finding.evidence).join(QLatin1Char(' '));
        QVERIFY2(all.contains(QStringLiteral("C:\\")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("documentation")), qPrintable(all));
        QVERIFY2(!all.contains(QStringLiteral("needed")), qPrintable(all));
        // The same volume against the Small Business Server 2000 figure does decide.
        const Finding withFigure = FreeDiskRule::evaluate(oneVolume(free), {}, 2.0 * double(GiB));
        QCOMPARE(withFigure.status, freeGiB < 2.0 ? ItemStatus::Blocker : ItemStatus::Passed);
    }

    // Every route of the five documents, with its verdict and the stage it goes on as (S002,
    // S003, S004; S000 and S001 for Small Business Server 2000 and 2003).
    void everyRouteOfTheDocumentsIsAPath_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("laterStage");
        const auto row = [](const char *path, const char *verdict, const char *later) {
            QTest::newRow(path) << QString::fromLatin1(path) << QString::fromLatin1(verdict) << QString::fromLatin1(later);
        };
        row("sbs2000-to-sbs2003", "supported", "");
        row("sbs2003-upgrade", "supported", "");
        row("exchange2000-to-exchange2003", "staged", "w2k-exchange2003-to-ws2003");
        row("w2k-exchange2003-to-ws2003", "supported", "");
        row("w2k-exchange2000-to-ws2003", "unsupported", "");
        row("bo25-to-ws2003", "staged", "bo45-to-ws2003");
        row("bo40-to-ws2003", "staged", "bo45-to-ws2003");
        row("bo40-uninstall-to-ws2003", "staged", "");
        row("bo45-to-ws2003", "supported", "");
        row("sbs40-to-ws2003", "unsupported", "");
        row("sbs45-to-ws2003", "unsupported", "");
        for (const char *essentials : {"sbs2003-to-essentials", "sbs2008-to-essentials", "sbs2011-to-essentials",
                                       "ws2003-to-essentials", "sbs2011essentials-to-essentials",
                                       "ws2008foundation-to-essentials", "wse-to-essentials", "ws2012-to-essentials"})
            row(essentials, "migration", "");
    }

    void everyRouteOfTheDocumentsIsAPath()
    {
        QFETCH(QString, path);
        QFETCH(QString, verdict);
        QFETCH(QString, laterStage);
        const UpgradePath *entry = Catalog::instance().path(path);
        QVERIFY(entry);
        QCOMPARE(verdictId(entry->verdict), verdict);
        QCOMPARE(QString::fromLatin1(entry->laterStage ? entry->laterStage : ""), laterStage);
        const auto stages = Catalog::instance().stages(path);
        QCOMPARE(qsizetype(stages.size()), laterStage.isEmpty() ? 1 : 2);
        QCOMPARE(stages.front(), entry);
        QVERIFY(!entry->steps.empty());
        // Two paths from one server are told apart by where they go.
        for (const UpgradePath &other : Catalog::instance().paths()) {
            if (&other != entry && other.sourceText() == entry->sourceText())
                QVERIFY2(other.targetText() != entry->targetText(), other.id);
        }
    }

    // S003 line 5: "A direct upgrade of Small Business Server 4.0 and Small Business Server 4.5 to
    // Windows Server 2003 is not supported"; line 32 only says what a server first installed as one
    // of them loses once on BackOffice Server 4.5. No path from a Small Business Server 4.x claims
    // support, in stages or otherwise; the Fax Service sentence stays on BackOffice Server 4.5.
    void noPathFromSmallBusinessServer4IsSaidToBeSupported()
    {
        int fromSbs4 = 0;
        for (const UpgradePath &path : Catalog::instance().paths()) {
            const bool nt4 = path.server.windows.size() == 1 && std::strcmp(path.server.windows.front(), "4.0") == 0;
            if (!nt4 || path.server.smallBusinessServer != SbsEdition::Required)
                continue;
            ++fromSbs4;
            QVERIFY2(path.verdict == Verdict::Unsupported, path.id);
        }
        QCOMPARE(fromSbs4, 2);
        const Task *fax = Catalog::instance().task(QString(taskid::app::faxService));
        QVERIFY(fax->appliesTo(QStringLiteral("bo45-to-ws2003")));
        QVERIFY(fax->isConditionalOn(QStringLiteral("bo45-to-ws2003")));
        QVERIFY(Catalog::instance().path(QStringLiteral("bo45-to-ws2003"))->noteTexts().join(u' ').contains(
            QStringLiteral("Fax Service is no longer supported")));
    }

    // What the documents ask on two single-stage paths: S002 line 11 ("First, back up all the
    // relevant data on the server") on the Windows stage of Exchange 2003; S003 lines 22-24 (the
    // server applications are upgraded to supported versions only through BackOffice Server 4.5)
    // when BackOffice Server 4.0 is uninstalled instead.
    void eachPathHasTheTasksItsDocumentAsks_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("task");
        QTest::newRow("backup before Windows") << QStringLiteral("w2k-exchange2003-to-ws2003") << QString(taskid::data::fullBackup);
        QTest::newRow("backup before Exchange") << QStringLiteral("exchange2000-to-exchange2003") << QString(taskid::data::fullBackup);
        QTest::newRow("4.0 server applications") << QStringLiteral("bo40-uninstall-to-ws2003")
                                                 << QString(taskid::app::bo40ServerApplications);
    }

    void eachPathHasTheTasksItsDocumentAsks()
    {
        QFETCH(QString, path);
        QFETCH(QString, task);
        QVERIFY(ids(Catalog::instance().tasksFor(path)).contains(task));
        QVERIFY(!Catalog::instance().task(task)->isConditionalOn(path));
    }

    // The Catalog says which tasks a path has from a later stage, and which it declares itself.
    void anInheritedTaskNamesItsStage()
    {
        const Task *siteServer = Catalog::instance().task(QString(taskid::app::bo45SiteServer));
        QCOMPARE(QString::fromLatin1(siteServer->inheritedStage(QStringLiteral("bo25-to-ws2003"))),
                 QStringLiteral("bo45-to-ws2003"));
        QVERIFY(!siteServer->inheritedStage(QStringLiteral("bo45-to-ws2003")));
        const Task *backup = Catalog::instance().task(QString(taskid::data::fullBackup));
        QVERIFY(!backup->inheritedStage(QStringLiteral("exchange2000-to-exchange2003"))); // declared there too
    }

    void theCatalogHasNoOtherPath() { QCOMPARE(Catalog::instance().paths().size(), std::size_t(19)); }

    // A staged path carries the tasks, path steps and notes of each later stage (S003: BackOffice
    // 2.5 and 4.0 → 4.5 → Windows Server 2003 carry 4.5's issues; S002: Exchange first, then Windows).
    void stagedPathsCarryTheTasksOfEveryStage_data()
    {
        QTest::addColumn<QString>("path");
        for (const UpgradePath &path : Catalog::instance().paths()) {
            if (path.laterStage)
                QTest::newRow(path.id) << QString::fromLatin1(path.id);
        }
    }

    void stagedPathsCarryTheTasksOfEveryStage()
    {
        QFETCH(QString, path);
        const Catalog &catalog = Catalog::instance();
        const UpgradePath *staged = catalog.path(path);
        const UpgradePath *later = catalog.path(QLatin1String(staged->laterStage));
        QVERIFY(later);
        const QStringList stagedTasks = ids(catalog.tasksFor(path));
        const QStringList laterTasks = ids(catalog.tasksFor(QLatin1String(later->id)));
        QVERIFY(!laterTasks.isEmpty());
        for (const QString &task : laterTasks) {
            QVERIFY2(stagedTasks.contains(task), qPrintable(task));
            // With the path steps the later stage has.
            const QStringList laterSteps = catalog.task(task)->stepTexts(QLatin1String(later->id));
            const QStringList stagedSteps = catalog.task(task)->stepTexts(path);
            for (const QString &step : laterSteps)
                QVERIFY2(stagedSteps.contains(step), qPrintable(step));
        }
        QStringList notes = staged->noteTexts();
        for (const QString &note : later->noteTexts())
            QVERIFY2(notes.contains(note), qPrintable(note));
        QCOMPARE(notes.removeDuplicates(), 0);
    }

    // Declared once: on the stage it belongs to (CatalogTasks.cpp), not copied onto the paths that
    // go through it.
    void anInheritedTaskIsDeclaredOnItsStageOnly_data()
    {
        QTest::addColumn<QString>("task");
        QTest::addColumn<QString>("stage");
        QTest::addColumn<QStringList>("staged");
        const QStringList throughBo45 = {QStringLiteral("bo25-to-ws2003"), QStringLiteral("bo40-to-ws2003")};
        for (const char *task : {taskid::app::bo45SiteServer, taskid::app::bo45WebAdmin, taskid::app::faxService})
            QTest::newRow(task) << QString::fromLatin1(task) << QStringLiteral("bo45-to-ws2003") << throughBo45;
        QTest::newRow(taskid::mail::ws2003FeaturesDefer)
            << QString(taskid::mail::ws2003FeaturesDefer) << QStringLiteral("w2k-exchange2003-to-ws2003")
            << QStringList{QStringLiteral("exchange2000-to-exchange2003")};
    }

    void anInheritedTaskIsDeclaredOnItsStageOnly()
    {
        QFETCH(QString, task);
        QFETCH(QString, stage);
        QFETCH(QStringList, staged);
        const std::vector<Task> declared = catalogTasks();
        const auto found = std::find_if(declared.begin(), declared.end(),
                                        [&](const Task &entry) { return task == QLatin1String(entry.id); });
        QVERIFY(found != declared.end());
        QVERIFY(found->appliesTo(stage));
        for (const QString &path : staged) {
            QVERIFY2(!found->appliesTo(path), qPrintable(path));
            QVERIFY2(Catalog::instance().task(task)->appliesTo(path), qPrintable(path));
        }
    }

    // The Exchange 2000 server's two ways: Exchange first carries the features that wait for
    // Windows Server 2003; Windows first is not supported and says to upgrade Exchange first.
    void windowsFirstOnExchange2000IsNotSupported()
    {
        const Catalog &catalog = Catalog::instance();
        const UpgradePath *windowsFirst = catalog.path(QStringLiteral("w2k-exchange2000-to-ws2003"));
        QVERIFY(windowsFirst);
        QCOMPARE(windowsFirst->verdict, Verdict::Unsupported);
        QVERIFY(ids(catalog.tasksFor(QStringLiteral("w2k-exchange2000-to-ws2003"))).contains(QString(taskid::mail::exchangeFirst)));
        QVERIFY(windowsFirst->noteTexts().join(QLatin1Char(' ')).contains(QStringLiteral("will abort with a warning")));
        QVERIFY(!ids(catalog.tasksFor(QStringLiteral("w2k-exchange2000-to-ws2003"))).contains(QString(taskid::mail::ws2003FeaturesDefer)));
        const QStringList staged = ids(catalog.tasksFor(QStringLiteral("exchange2000-to-exchange2003")));
        for (const char *task : {taskid::data::fullBackup, taskid::mail::exchangeFirst, taskid::mail::ws2003FeaturesDefer})
            QVERIFY2(staged.contains(QLatin1String(task)), task);
    }

    // A sentence that is conditional in the document stays conditional ("does not apply" offered),
    // and one that is not stays unconditional, per path.
    void conditionsArePerPath_data()
    {
        QTest::addColumn<QString>("task");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("conditional");
        const auto row = [](const char *task, const char *path, bool conditional) {
            QTest::addRow("%s on %s", task, path) << QString::fromLatin1(task) << QString::fromLatin1(path) << conditional;
        };
        // S000: "Unless your Internet connection device provides a firewall service…"; S001: none.
        row(taskid::net::disconnectInternet, "sbs2000-to-sbs2003", true);
        row(taskid::net::disconnectInternet, "sbs2003-upgrade", false);
        // S000, S001: "If you are beginning the upgrade while users are still working…".
        row(taskid::net::usersLogoff, "sbs2000-to-sbs2003", true);
        row(taskid::net::usersLogoff, "sbs2003-upgrade", true);
        row(taskid::net::notifyUsers, "sbs2003-upgrade", false);
        row(taskid::data::virusScan, "sbs2003-upgrade", false);
        // S003: "If you originally installed Small Business Server 4.0 or 4.5 and then upgraded…".
        row(taskid::app::faxService, "bo45-to-ws2003", true);
        row(taskid::app::faxService, "bo25-to-ws2003", true);
        // S003: "If you have used BackOffice Server 4.0 Setup to install a server application…".
        row(taskid::app::bo40Uninstall, "bo40-to-ws2003", true);
        row(taskid::app::bo40Uninstall, "bo40-uninstall-to-ws2003", false);
        // S004: "If you are currently using a server running Windows SBS … to host your company's email".
        row(taskid::mail::essentialsNoExchange, "sbs2008-to-essentials", true);
    }

    void conditionsArePerPath()
    {
        QFETCH(QString, task);
        QFETCH(QString, path);
        QFETCH(bool, conditional);
        const Task *entry = Catalog::instance().task(task);
        QVERIFY(entry && entry->appliesTo(path));
        QCOMPARE(entry->isConditionalOn(path), conditional);
        // The wizard offers "does not apply" exactly there.
        ChecklistModel model;
        Session session;
        session.pathId = path;
        model.setSession(session);
        // An automatic check says so only once it has run (TaskActions).
        if (entry->kind == TaskKind::Automatic) {
            Finding passed;
            passed.status = ItemStatus::Passed;
            model.applyFinding(task, passed);
        }
        const QModelIndex index = model.indexOf(task);
        QVERIFY(index.isValid());
        QCOMPARE(index.data(ChecklistModel::CanMarkNotApplicableRole).toBool(), conditional);
    }

    // S000 and S001 give the disconnection per path: each path shows its own sentence.
    void theDisconnectionSentenceIsThePathsOwn()
    {
        const Task *task = Catalog::instance().task(QString(taskid::net::disconnectInternet));
        const QString sbs2000 = task->stepTexts(QStringLiteral("sbs2000-to-sbs2003")).join(QLatin1Char(' '));
        const QString sbs2003 = task->stepTexts(QStringLiteral("sbs2003-upgrade")).join(QLatin1Char(' '));
        QVERIFY2(sbs2000.contains(QStringLiteral("Unless your Internet connection device provides a firewall service")), qPrintable(sbs2000));
        QVERIFY2(!sbs2003.contains(QStringLiteral("firewall")), qPrintable(sbs2003));
        QVERIFY2(sbs2003.contains(QStringLiteral("make sure that the server is not connected")), qPrintable(sbs2003));
        QVERIFY2(task->titleText().contains(QStringLiteral("recommended")), qPrintable(task->titleText()));
    }

    // A step that one document gives for its path is shown on that path only: the backup guide of
    // each source (S000, S001, S002, S004's table), S004's Windows Update procedure, the
    // evaluation-version rule of the SBS 2003 upgrade, Appendix A and the Destination Server.
    void aPathsOwnStepIsOnThatPathOnly_data()
    {
        QTest::addColumn<QString>("task");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("wanted");
        QTest::addColumn<QString>("unwanted");
        const auto row = [](const char *task, const char *path, const char *wanted, const char *unwanted) {
            QTest::addRow("%s on %s", task, path) << QString::fromLatin1(task) << QString::fromLatin1(path)
                                                  << QString::fromLatin1(wanted) << QString::fromLatin1(unwanted);
        };
        using namespace taskid;
        row(data::fullBackup, "sbs2000-to-sbs2003", "LinkId=12282", "LinkId=27140");
        row(data::fullBackup, "sbs2003-upgrade", "LinkId=27140", "LinkId=12282");
        row(data::fullBackup, "exchange2000-to-exchange2003", "before you run the Exchange 2003 upgrade", "LinkId");
        row(data::fullBackup, "sbs2003-to-essentials", "cc875809", "LinkId=27140");
        row(data::fullBackup, "sbs2008-to-essentials", "cc527505", "cc527488");
        row(data::fullBackup, "sbs2011-to-essentials", "cc527488", "server-backup-support-1");
        row(data::fullBackup, "sbs2011essentials-to-essentials", "server-backup-support-1", "cc527488");
        row(data::fullBackup, "ws2008foundation-to-essentials", "cc754097", "cc527505");
        row(data::fullBackup, "wse-to-essentials", "jj713536", "cc754097");
        row(data::fullBackup, "ws2003-to-essentials", "full system backup", "http");
        row(os::updates, "sbs2000-to-sbs2003", "service packs", "Windows Update");
        row(os::updates, "sbs2003-upgrade", "Evaluation version", "Windows Update");
        row(os::updates, "sbs2008-to-essentials", "Windows Update", "Evaluation version");
        row(hw::requirements, "sbs2000-to-sbs2003", "Appendix A", "Destination Server");
        row(hw::requirements, "sbs2011-to-essentials", "Destination Server", "Appendix A");
        row(hw::requirements, "exchange2000-to-exchange2003", "minimum requirements", "Appendix A");
    }

    void aPathsOwnStepIsOnThatPathOnly()
    {
        QFETCH(QString, task);
        QFETCH(QString, path);
        QFETCH(QString, wanted);
        QFETCH(QString, unwanted);
        const Task *entry = Catalog::instance().task(task);
        QVERIFY(entry && entry->appliesTo(path));
        const QString steps = entry->stepTexts(path).join(QLatin1Char('\n'));
        QVERIFY2(steps.contains(wanted), qPrintable(steps));
        QVERIFY2(!steps.contains(unwanted), qPrintable(steps));
    }

    // Where a fact comes from belongs to the reference line, not to a caution box or a path note.
    void cautionsHoldOnlyTheDocumentsCautions_data()
    {
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("text");
        for (const Task &task : Catalog::instance().tasks()) {
            int n = 0;
            for (const Caution &caution : task.cautions)
                QTest::addRow("%s caution %d", task.id, ++n) << QString::fromLatin1(task.id) << QString::fromUtf8(caution.text);
        }
        for (const UpgradePath &path : Catalog::instance().paths()) {
            int n = 0;
            for (const char *note : path.notes)
                QTest::addRow("%s note %d", path.id, ++n) << QString::fromLatin1(path.id) << QString::fromUtf8(note);
        }
    }

    void cautionsHoldOnlyTheDocumentsCautions()
    {
        QFETCH(QString, text);
        for (const char *provenance : {"not from the source documents", "not in the source documents", "This comes from",
                                       "third-party article", "this program uses", "this program adds"})
            QVERIFY2(!text.contains(QLatin1String(provenance), Qt::CaseInsensitive), qPrintable(text));
    }

    // Issue 13: the Spanish terms; S001's conditions kept.
    void spanishKeepsTheTermsAndConditions_data()
    {
        QTest::addColumn<QString>("task");
        QTest::addColumn<QString>("wanted");
        QTest::addColumn<QString>("unwanted");
        QTest::newRow("open-file agents")
            << QString(taskid::os::disableDiskUtilities) << QStringLiteral("agentes de archivos abiertos")
            << QStringLiteral("archivos activos");
        QTest::newRow("if possible") << QString(taskid::data::virusScan) << QStringLiteral("Si es posible")
                                     << QStringLiteral("Run a");
        QTest::newRow("free space, no figure")
            << QString(taskid::hw::freeDisk) << QStringLiteral("la cantidad necesaria de espacio libre")
            << QStringLiteral("2 GB de espacio libre para");
        // S001: "se recomienda que se ponga en contacto con el fabricante del hardware".
        QTest::newRow("unsupported driver, a recommendation")
            << QString(taskid::hw::driversBios)
            << QStringLiteral("se recomienda que se ponga en contacto con el fabricante del hardware")
            << QStringLiteral("controlador de hardware no compatible, póngase");
        // S001's links are http://.
        QTest::newRow("Windows Server Catalog link, applications")
            << QString(taskid::os::appCompat) << QStringLiteral("(http://go.microsoft.com/fwlink/?LinkId=4303)")
            << QStringLiteral("https://go.microsoft.com/fwlink/?LinkId=4303");
        QTest::newRow("Windows Server Catalog link, hardware")
            << QString(taskid::hw::compat) << QStringLiteral("(http://go.microsoft.com/fwlink/?LinkId=4303)")
            << QStringLiteral("https://go.microsoft.com/fwlink/?LinkId=4303");
        QTest::newRow("backup white paper link")
            << QString(taskid::data::fullBackup) << QStringLiteral("(http://go.microsoft.com/fwlink/?LinkId=12282)")
            << QStringLiteral("https://go.microsoft.com/fwlink/?LinkId=12282");
        // S001's menu paths.
        QTest::newRow("Disk Cleanup menu path")
            << QString(taskid::hw::diskCleanupDefrag)
            << QStringLiteral("haga clic en Inicio, seleccione Ejecutar y, a continuación, escriba Cleanmgr.exe")
            << QStringLiteral("Inicio → Ejecutar");
        QTest::newRow("Services menu path")
            << QString(taskid::os::stopLocalsystemServices)
            << QStringLiteral("Servicios (haga clic en Inicio, Ejecutar y escriba Services.msc)")
            << QStringLiteral("Inicio → Ejecutar");
        QTest::newRow("disconnect, SBS 2000 condition")
            << QString(taskid::net::disconnectInternet)
            << QStringLiteral("menos que el dispositivo de conexión a Internet proporcione un servicio de firewall")
            << QStringLiteral("Desconecte la conexión");
    }

    // The titles keep the documents' condition and tone (a recommendation stays one).
    void spanishTitlesKeepTheConditionAndTone_data()
    {
        QTest::addColumn<QString>("task");
        QTest::addColumn<QString>("wanted");
        QTest::newRow("open-file agents") << QString(taskid::os::disableDiskUtilities)
                                          << QStringLiteral("copia de seguridad con agentes de archivos abiertos");
        QTest::newRow("disconnect, recommended") << QString(taskid::net::disconnectInternet)
                                                 << QStringLiteral("Se recomienda asegurarse de que el servidor no está conectado");
        QTest::newRow("notify, recommended") << QString(taskid::net::notifyUsers)
                                             << QStringLiteral("Se recomienda notificar a los usuarios");
        QTest::newRow("users log off, if still working") << QString(taskid::net::usersLogoff)
                                                         << QStringLiteral("Si aún hay usuarios trabajando en la red");
        QTest::newRow("virus scan, if possible") << QString(taskid::data::virusScan) << QStringLiteral("si es posible");
    }

    void spanishTitlesKeepTheConditionAndTone()
    {
        QFETCH(QString, task);
        QFETCH(QString, wanted);
        LanguageSwitcher languages;
        QVERIFY(languages.setLanguage(QStringLiteral("es")));
        const QString title = Catalog::instance().task(task)->titleText();
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        QVERIFY2(title.contains(wanted), qPrintable(title));
    }

    // "Open the detailed guide for your upgrade path" names that path's guide only.
    void theGuideStepIsThePathsOwn_data()
    {
        QTest::addColumn<QString>("pathId");
        QTest::addColumn<QString>("wanted");
        QTest::newRow("sbs2000") << QStringLiteral("sbs2000-to-sbs2003") << QStringLiteral("Chapter 3C");
        QTest::newRow("sbs2003") << QStringLiteral("sbs2003-upgrade") << QStringLiteral("LinkId=33326");
        QTest::newRow("backoffice") << QStringLiteral("bo45-to-ws2003") << QStringLiteral("online product support");
        QTest::newRow("essentials") << QStringLiteral("sbs2011-to-essentials") << QStringLiteral("Step 2: Install");
    }
    void theGuideStepIsThePathsOwn()
    {
        QFETCH(QString, pathId);
        QFETCH(QString, wanted);
        const Task *guide = Catalog::instance().task(QString(taskid::pre::readGuide));
        QVERIFY(guide && guide->appliesTo(pathId));
        const QStringList steps = guide->stepTexts(pathId);
        QCOMPARE(steps.size(), 1);
        QVERIFY2(steps.first().contains(wanted), qPrintable(steps.first()));
        // Every path's guide, for a listing of the whole catalog.
        QCOMPARE(guide->stepTexts({}).size(), 4);
        // The wizard's task panel shows the same one step.
        ChecklistModel model;
        Session session;
        session.pathId = pathId;
        model.setSession(session);
        const QModelIndex task = model.indexOf(QString(taskid::pre::readGuide));
        QVERIFY(task.isValid());
        QCOMPARE(task.data(ChecklistModel::StepsRole).toStringList(), steps);
    }

    void spanishKeepsTheTermsAndConditions()
    {
        QFETCH(QString, task);
        QFETCH(QString, wanted);
        QFETCH(QString, unwanted);
        LanguageSwitcher languages;
        QVERIFY(languages.setLanguage(QStringLiteral("es")));
        const Task *entry = Catalog::instance().task(task);
        QVERIFY(entry);
        QString all = entry->titleText() + QLatin1Char('\n') + entry->stepTexts({}).join(QLatin1Char('\n'));
        for (const Caution &caution : entry->cautions)
            all += QLatin1Char('\n') + catalogText(caution.text);
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        QVERIFY2(all.contains(wanted), qPrintable(all));
        QVERIFY2(!all.contains(unwanted), qPrintable(all));
    }
};

QTEST_MAIN(TestCatalog)
#include "tst_catalog.moc"
