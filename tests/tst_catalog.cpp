// SPDX-License-Identifier: GPL-3.0-or-later
// The catalog against the documents: the order of the last days (S000), the free-space figure
// only where a document gives it, the staged BackOffice paths carrying the tasks of 4.5, caution
// boxes that hold only the documents' cautions, and the Spanish terms of issue 13.

#include "Catalog.h"
#include "ChecklistModel.h"
#include "FreeDiskRule.h"
#include "LanguageSwitcher.h"
#include "ProbeFixtures.h"
#include "TaskIds.h"

#include <QTest>

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

    // S003: BackOffice Server 2.5 and 4.0 are upgraded through 4.5, so 4.5's issues are theirs.
    void stagedPathsCarryTheTasksOfEveryStage_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("task");
        for (const char *path : {"bo25-to-ws2003", "bo40-to-ws2003", "bo45-to-ws2003"}) {
            for (const char *task : {taskid::app::bo45SiteServer, taskid::app::bo45WebAdmin, taskid::app::faxService})
                QTest::addRow("%s %s", path, task) << QString::fromLatin1(path) << QString::fromLatin1(task);
        }
        QTest::newRow("exchange2000 backup")
            << QStringLiteral("exchange2000-to-exchange2003") << QString(taskid::data::fullBackup);
        QTest::newRow("exchange2000 exchange first")
            << QStringLiteral("exchange2000-to-exchange2003") << QString(taskid::mail::exchangeFirst);
    }

    void stagedPathsCarryTheTasksOfEveryStage()
    {
        QFETCH(QString, path);
        QFETCH(QString, task);
        QVERIFY(Catalog::instance().path(path));
        QVERIFY2(ids(Catalog::instance().tasksFor(path)).contains(task), qPrintable(task));
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
        const QString all = entry->titleText() + QLatin1Char('\n') + entry->stepTexts({}).join(QLatin1Char('\n'));
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        QVERIFY2(all.contains(wanted), qPrintable(all));
        QVERIFY2(!all.contains(unwanted), qPrintable(all));
    }
};

QTEST_MAIN(TestCatalog)
#include "tst_catalog.moc"
