// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// The verdict tells the truth: it never claims more than the checklist knows; a finding the
// wizard made cannot be turned green by the operator; and a session file is read by the rules the
// wizard applies, so nothing in it outranks a measurement.

#include "catalog/Catalog.h"
#include "catalog/TaskIds.h"
#include "checklist/ChecklistModel.h"
#include "checklist/StatusIcon.h"
#include "checklist/TaskActions.h"
#include "report/HtmlReport.h"
#include "report/JsonReport.h"
#include "report/MarkdownReport.h"
#include "report/ReportData.h"
#include "report/ReportText.h"
#include "report/TextReport.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QJsonDocument>
#include <QTest>

#include <functional>

using namespace prep;

namespace {
const QString upgradePath = QStringLiteral("sbs2000-to-sbs2003");

Finding finding(ItemStatus status)
{
    Finding result;
    result.status = status;
    result.evidence.append(LocalizedText("Probes", "%1 free on %2",
                                         {TextArg::bytes(1'000'000'000), TextArg::text(QStringLiteral("C:"))}));
    return result;
}

// Every task before the upgrade answered as the wizard allows: checks pass, the rest done.
void closeEverything(ChecklistModel &model)
{
    for (const Task *task : model.tasks()) {
        if (task->category == Category::AfterUpgrade)
            continue;
        const QString id = QString::fromLatin1(task->id);
        if (task->kind == TaskKind::Automatic)
            model.applyFinding(id, finding(ItemStatus::Passed));
        else
            QVERIFY2(model.confirm(id, QStringLiteral("done")), qPrintable(id));
    }
}

using Setup = std::function<void(ChecklistModel &)>;
} // namespace

Q_DECLARE_METATYPE(Setup)

class TestHonestVerdict : public QObject
{
    Q_OBJECT

private slots:
    void theVerdictFollowsTheTasks_data()
    {
        QTest::addColumn<Setup>("setup");
        QTest::addColumn<QString>("readiness");
        QTest::addColumn<int>("exitStatus");
        QTest::addColumn<QString>("left"); // a part of what the advice says is left

        const QString backup = QString(taskid::data::verifyBackup);
        const QString disk = QString(taskid::hw::freeDisk);
        const QString agents = QString(taskid::os::disableDiskUtilities);
        QTest::newRow("nothing done yet") << Setup([](ChecklistModel &) {}) << "incomplete" << 1 << "tasks to do";
        QTest::newRow("every task closed") << Setup(closeEverything) << "ready" << 0 << "";
        QTest::newRow("one task left to do") << Setup([=](ChecklistModel &m) {
            closeEverything(m);
            m.unconfirm(backup);
        }) << "incomplete" << 1 << "1 tasks to do";
        QTest::newRow("a check could not run") << Setup([=](ChecklistModel &m) {
            closeEverything(m);
            m.applyFinding(disk, finding(ItemStatus::Unknown));
        }) << "incomplete" << 1 << "1 could not be checked";
        QTest::newRow("a warning left open") << Setup([=](ChecklistModel &m) {
            closeEverything(m);
            m.unconfirm(agents);
            m.applyFinding(agents, finding(ItemStatus::Warning));
        }) << "incomplete" << 1 << "1 with a warning";
        QTest::newRow("a warning accepted") << Setup([=](ChecklistModel &m) {
            closeEverything(m);
            m.unconfirm(agents);
            m.applyFinding(agents, finding(ItemStatus::Warning));
            QVERIFY(m.waive(agents, QStringLiteral("the vendor says so")));
        }) << "warnings" << 1 << "";
        QTest::newRow("a must-fix") << Setup([=](ChecklistModel &m) {
            closeEverything(m);
            m.applyFinding(disk, finding(ItemStatus::Blocker));
        }) << "not-ready" << 2 << "1 must be fixed";
        QTest::newRow("a failed backup comparison accepted") << Setup([=](ChecklistModel &m) {
            closeEverything(m);
            m.unconfirm(backup);
            m.applyFinding(backup, finding(ItemStatus::Blocker));
            QVERIFY(m.waive(backup, QStringLiteral("the differing files were changed after the backup")));
        }) << "warnings" << 1 << "";
        QTest::newRow("done, then a check finds a must-fix") << Setup([=](ChecklistModel &m) {
            closeEverything(m);
            m.applyFinding(backup, finding(ItemStatus::Blocker));
        }) << "not-ready" << 2 << "1 must be fixed";
        QTest::newRow("done, then a check finds a warning") << Setup([=](ChecklistModel &m) {
            closeEverything(m);
            m.applyFinding(agents, finding(ItemStatus::Warning));
        }) << "incomplete" << 1 << "1 to review";
        QTest::newRow("a conditional task does not apply") << Setup([](ChecklistModel &m) {
            closeEverything(m);
            const QString international = QString(taskid::pre::international);
            m.unconfirm(international);
            QVERIFY(m.markNotApplicable(international, QStringLiteral("an English server")));
        }) << "ready" << 0 << "";
    }

    void theVerdictFollowsTheTasks()
    {
        QFETCH(Setup, setup);
        QFETCH(QString, readiness);
        QFETCH(int, exitStatus);
        QFETCH(QString, left);
        ChecklistModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPath(upgradePath);
        setup(model);
        QCOMPARE(readinessId(model.readiness()), readiness);
        QCOMPARE(readinessExitCode(model.readiness()), exitStatus);
        const QString advice = readinessAdvice(model.readiness(), model.counts());
        QVERIFY2(advice.contains(left), qPrintable(advice));
        QVERIFY(!advice.contains(QStringLiteral("nothing prevents"), Qt::CaseInsensitive));

        // Every report says the same: the JSON summary and the plain text.
        const ReportData data = ReportData::from(model, MachineDescription::thisComputer());
        const QJsonObject summary = JsonReport::toJson(data).value(QStringLiteral("summary")).toObject();
        QCOMPARE(summary.value(QStringLiteral("readiness")).toString(), readiness);
        QCOMPARE(summary.value(QStringLiteral("exitStatus")).toInt(), exitStatus);
        QCOMPARE(summary.value(QStringLiteral("advice")).toString(), advice);
        const QString text = TextReport::render(data);
        QVERIFY(text.contains(readinessTitle(model.readiness())));
        QVERIFY(text.contains(advice));
    }

    // On a path the documents do not support (S003: Small Business Server 4.0 to Windows Server
    // 2003; S002: Windows first on Exchange 2000), no answer makes the checklist ready: the verdict
    // is "Not ready" with the documents' reason, in every report format and in the exit status.
    void anUnsupportedPathIsNeverReady_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("reason");
        QTest::newRow("sbs40-to-ws2003") << QStringLiteral("sbs40-to-ws2003")
                                         << QStringLiteral("A direct upgrade of Small Business Server 4.0");
        QTest::newRow("w2k-exchange2000-to-ws2003") << QStringLiteral("w2k-exchange2000-to-ws2003")
                                                    << QStringLiteral("Exchange Server 2000 does not run");
    }

    void anUnsupportedPathIsNeverReady()
    {
        QFETCH(QString, path);
        QFETCH(QString, reason);
        ChecklistModel model;
        model.setPath(path);
        QCOMPARE(model.path()->verdict, Verdict::Unsupported);
        closeEverything(model);
        QCOMPARE(model.counts().settled, model.counts().total);
        QCOMPARE(model.readiness(), Readiness::NotReady);
        QCOMPARE(readinessExitCode(model.readiness()), 2);
        const QString advice = readinessAdvice(model.readiness(), model.counts());
        QVERIFY2(advice.startsWith(QStringLiteral("The documents say this upgrade is not supported: ") + reason),
                 qPrintable(advice));
        QVERIFY2(!advice.contains(QStringLiteral("Must fix")), qPrintable(advice));

        const ReportData data = ReportData::from(model, MachineDescription::thisComputer());
        QCOMPARE(data.readiness, Readiness::NotReady);
        const QJsonObject summary = JsonReport::toJson(data).value(QStringLiteral("summary")).toObject();
        QCOMPARE(summary.value(QStringLiteral("readiness")).toString(), QStringLiteral("not-ready"));
        QCOMPARE(summary.value(QStringLiteral("exitStatus")).toInt(), 2);
        QCOMPARE(summary.value(QStringLiteral("advice")).toString(), advice);
        const QString said = QStringLiteral("The documents say this upgrade is not supported");
        QVERIFY(TextReport::render(data).contains(advice));
        QVERIFY(MarkdownReport::render(data).contains(said));
        QVERIFY(HtmlReport::render(data).contains(said));

        // The same answers on a path the documents support close the checklist.
        ChecklistModel supported;
        supported.setPath(QStringLiteral("bo45-to-ws2003"));
        closeEverything(supported);
        QCOMPARE(supported.readiness(), Readiness::Ready);
        QVERIFY(unsupportedAdvice(supported.counts()).isEmpty());
    }

    // Tasks still open on such a path are said after the reason.
    void anUnsupportedPathSaysWhatIsLeftAfterTheReason()
    {
        ChecklistModel model;
        model.setPath(QStringLiteral("sbs45-to-ws2003"));
        const QString advice = readinessAdvice(model.readiness(), model.counts());
        QCOMPARE(model.readiness(), Readiness::NotReady);
        QVERIFY2(advice.startsWith(QStringLiteral("The documents say this upgrade is not supported: ")), qPrintable(advice));
        QVERIFY2(advice.contains(QStringLiteral("Also left on the checklist: ")), qPrintable(advice));
        QVERIFY2(advice.contains(whatIsLeft(model.counts())), qPrintable(advice));
    }

    void aFailedBackupComparisonCanOnlyBeCheckedAgainOrAccepted()
    {
        ChecklistModel model;
        model.setPath(upgradePath);
        const QString backup = QString(taskid::data::verifyBackup);
        model.applyFinding(backup, finding(ItemStatus::Blocker));
        const QModelIndex row = model.indexOf(backup);
        QVERIFY(!row.data(ChecklistModel::CanMarkDoneRole).toBool());
        QVERIFY(!row.data(ChecklistModel::CanMarkNotApplicableRole).toBool());
        QVERIFY(row.data(ChecklistModel::CanAcceptRiskRole).toBool());
        QVERIFY(!model.confirm(backup, QStringLiteral("looks fine to me")));
        QCOMPARE(model.status(backup), ItemStatus::Blocker);
        QVERIFY(!model.waive(backup, QStringLiteral("  ")));
        model.setOperatorName(QStringLiteral("Ana"));
        QVERIFY(model.waive(backup, QStringLiteral("two files changed after the backup")));
        // The finding stays visible: words, icon, and the report's lines.
        QCOMPARE(model.status(backup), ItemStatus::Waived);
        QCOMPARE(row.data(ChecklistModel::StatusTitleRole).toString(),
                 statusTitle(ItemStatus::Waived, ItemStatus::Blocker));
        QVERIFY(row.data(ChecklistModel::StatusTitleRole).toString().contains(statusTitle(ItemStatus::Blocker)));
        QCOMPARE(row.data(Qt::DecorationRole).value<QIcon>().cacheKey(), statusIcon(ItemStatus::Blocker).cacheKey());
        const QStringList lines = ReportText::markLines(row);
        QVERIFY(lines.join(u'\n').contains(QStringLiteral("two files changed after the backup")));
        QVERIFY(lines.join(u'\n').contains(QStringLiteral("Ana")));
        const QString text = TextReport::render(ReportData::from(model, MachineDescription::thisComputer()));
        QVERIFY(text.contains(statusTitle(ItemStatus::Waived, ItemStatus::Blocker)));
    }

    void eachAnswerOnlyWhereItFits_data()
    {
        QTest::addColumn<QString>("task");
        QTest::addColumn<int>("found"); // ItemStatus; Pending: no check yet
        QTest::addColumn<bool>("done");
        QTest::addColumn<bool>("doneNeedsNote");
        QTest::addColumn<bool>("risk");
        QTest::addColumn<bool>("notApplicable");

        const auto row = [](const char *name, const char *task, ItemStatus found, bool done, bool note, bool risk,
                            bool notApplicable) {
            QTest::newRow(name) << QString::fromLatin1(task) << int(found) << done << note << risk << notApplicable;
        };
        row("manual, to do", taskid::os::sbs2000Sp1, ItemStatus::Pending, true, false, false, false);
        row("assisted, to do", taskid::data::fullBackup, ItemStatus::Pending, true, false, false, false);
        row("assisted, warning", taskid::os::disableDiskUtilities, ItemStatus::Warning, false, false, true, false);
        row("assisted, could not check", taskid::os::stopLocalsystemServices, ItemStatus::Unknown, true, false, true,
            false);
        row("automatic, not checked yet", taskid::hw::freeDisk, ItemStatus::Pending, false, false, false, false);
        row("automatic, passed", taskid::hw::freeDisk, ItemStatus::Passed, false, false, false, false);
        row("automatic, could not check", taskid::hw::freeDisk, ItemStatus::Unknown, true, true, true, false);
        row("automatic, must fix", taskid::hw::freeDisk, ItemStatus::Blocker, false, false, false, false);
        row("automatic, warning", taskid::hw::driversBios, ItemStatus::Warning, false, false, true, false);
        row("backup comparison, must fix", taskid::data::verifyBackup, ItemStatus::Blocker, false, false, true, false);
        row("conditional, to do", taskid::pre::international, ItemStatus::Pending, true, false, false, true);
        row("conditional automatic, warning", taskid::post::urlscanExe, ItemStatus::Warning, false, false, true, false);
        row("conditional automatic, passed", taskid::post::urlscanExe, ItemStatus::Passed, false, false, false, true);
    }

    void eachAnswerOnlyWhereItFits()
    {
        QFETCH(QString, task);
        QFETCH(int, found);
        QFETCH(bool, done);
        QFETCH(bool, doneNeedsNote);
        QFETCH(bool, risk);
        QFETCH(bool, notApplicable);
        ChecklistModel model;
        model.setPath(upgradePath);
        QVERIFY(model.indexOf(task).isValid());
        if (static_cast<ItemStatus>(found) != ItemStatus::Pending)
            model.applyFinding(task, finding(static_cast<ItemStatus>(found)));
        const QModelIndex row = model.indexOf(task);
        QCOMPARE(row.data(ChecklistModel::CanMarkDoneRole).toBool(), done);
        QCOMPARE(row.data(ChecklistModel::DoneNeedsNoteRole).toBool(), doneNeedsNote);
        QCOMPARE(row.data(ChecklistModel::CanAcceptRiskRole).toBool(), risk);
        QCOMPARE(row.data(ChecklistModel::CanMarkNotApplicableRole).toBool(), notApplicable);
        QVERIFY(!row.data(ChecklistModel::CanWithdrawRole).toBool());

        // The model's actions do what the roles offer, and nothing else.
        const ItemStatus before = model.status(task);
        QCOMPARE(model.confirm(task), done && !doneNeedsNote);
        if (done && !doneNeedsNote)
            QVERIFY(model.withdrawMark(task));
        QCOMPARE(model.confirm(task, QStringLiteral("Disk Management shows 40 GB free")), done);
        if (done)
            QVERIFY(model.withdrawMark(task));
        QCOMPARE(model.waive(task, QStringLiteral("a reason")), risk);
        if (risk)
            QVERIFY(model.withdrawMark(task));
        QCOMPARE(model.markNotApplicable(task, QStringLiteral("a reason")), notApplicable);
        if (notApplicable)
            QVERIFY(model.withdrawMark(task));
        QCOMPARE(model.status(task), before);
    }

    // An automatic check that could not run, or has not run yet, knows nothing about its condition:
    // "does not apply" would turn "Ready with warnings" into "Ready". It is checked again or its
    // risk accepted with a reason (S004's email check, which may not apply, as the example).
    void aCheckThatCouldNotRunCannotBeClosedAsNotApplying_data()
    {
        QTest::addColumn<int>("found");
        QTest::addColumn<bool>("notApplicable");
        QTest::newRow("not checked yet") << int(ItemStatus::Pending) << false;
        QTest::newRow("could not check") << int(ItemStatus::Unknown) << false;
        QTest::newRow("passed") << int(ItemStatus::Passed) << true;
    }

    void aCheckThatCouldNotRunCannotBeClosedAsNotApplying()
    {
        QFETCH(int, found);
        QFETCH(bool, notApplicable);
        const QString path = QStringLiteral("sbs2008-to-essentials");
        const QString task(taskid::mail::essentialsNoExchange);
        ChecklistModel model;
        model.setPath(path);
        QVERIFY(model.indexOf(task).isValid());
        QVERIFY(Catalog::instance().task(task)->isConditionalOn(path));
        if (static_cast<ItemStatus>(found) != ItemStatus::Pending)
            model.applyFinding(task, finding(static_cast<ItemStatus>(found)));
        QCOMPARE(model.indexOf(task).data(ChecklistModel::CanMarkNotApplicableRole).toBool(), notApplicable);
        QCOMPARE(model.markNotApplicable(task, QStringLiteral("no Exchange here")), notApplicable);
        if (static_cast<ItemStatus>(found) == ItemStatus::Unknown)
            QVERIFY(model.waive(task, QStringLiteral("Exchange was removed last year")));
        // Every task's rule, not this one's: no automatic check closes without a result.
        for (const Task &entry : Catalog::instance().tasks()) {
            if (entry.kind != TaskKind::Automatic)
                continue;
            for (const ItemStatus on : {ItemStatus::Pending, ItemStatus::Unknown}) {
                for (const char *onPath : entry.paths)
                    QVERIFY2(!TaskActions::allows(entry, Mark::NotApplicable, on, QLatin1String(onPath)), entry.id);
            }
        }
    }

    void aPostUpgradeTaskWaitsForTheUpgrade()
    {
        ChecklistModel model;
        model.setPath(upgradePath);
        const QString urlscan = QString(taskid::post::urlscanExe);
        model.applyFinding(urlscan, finding(ItemStatus::Passed));
        QCOMPARE(model.status(urlscan), ItemStatus::Pending);
        QVERIFY(model.indexOf(urlscan).data(ChecklistModel::AfterUpgradeRole).toBool());
        // It counts apart: the verdict is about the tasks before the upgrade.
        closeEverything(model);
        QCOMPARE(model.readiness(), Readiness::Ready);
        QVERIFY(model.afterUpgradeCounts().total > 0);
        QCOMPARE(model.afterUpgradeCounts().settled, 0);
        const ReportData data = ReportData::from(model, MachineDescription::thisComputer());
        QVERIFY(TextReport::render(data).contains(ReportText::afterUpgradeText(model.afterUpgradeCounts().total)));
    }

    void aMarkThatMeetsANewFindingNeedsReview()
    {
        ChecklistModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPath(upgradePath);
        const QString agents = QString(taskid::os::disableDiskUtilities);
        model.applyFinding(agents, finding(ItemStatus::Passed));
        QVERIFY(!model.confirm(agents)); // it passed: nothing to mark
        model.applyFinding(agents, finding(ItemStatus::Pending));
        QVERIFY(model.confirm(agents, QStringLiteral("turned off the agent")));
        model.applyFinding(agents, finding(ItemStatus::Warning));
        QCOMPARE(model.status(agents), ItemStatus::NeedsReview);
        const QModelIndex row = model.indexOf(agents);
        QCOMPARE(row.data(ChecklistModel::MarkRole).toInt(), int(Mark::Done)); // the mark is kept
        QCOMPARE(row.data(ChecklistModel::MarkedOnRole).toInt(), int(ItemStatus::Pending));
        QCOMPARE(row.data(ChecklistModel::FindingStatusRole).toInt(), int(ItemStatus::Warning));
        const QString lines = ReportText::markLines(row).join(u'\n');
        QVERIFY2(lines.contains(statusTitle(ItemStatus::Warning)), qPrintable(lines));
        QVERIFY(!row.data(ChecklistModel::CanMarkDoneRole).toBool());
        QVERIFY(row.data(ChecklistModel::CanWithdrawRole).toBool());
        QVERIFY(model.withdrawMark(agents));
        QCOMPARE(model.status(agents), ItemStatus::Warning);
    }

    void aSessionFileIsReadByTheWizardsRules_data()
    {
        QTest::addColumn<QString>("task");
        QTest::addColumn<QString>("item");       // the item as the file has it
        QTest::addColumn<QString>("status");     // status id after reading
        QTest::addColumn<int>("droppedMarks");

        // Forged or impossible marks: set aside, and said.
        QTest::newRow("done on an automatic task")
            << QString(taskid::hw::freeDisk)
            << R"({"finding":{"status":"blocker"},"confirmedAt":"2026-12-01T10:00:00Z"})"
            << "blocker" << 1;
        QTest::newRow("done on an automatic task, no note")
            << QString(taskid::hw::freeDisk)
            << R"({"finding":{"status":"unknown"},"confirmedAt":"2026-12-01T10:00:00Z","markedOn":"unknown"})"
            << "unknown" << 1;
        QTest::newRow("done over a must-fix")
            << QString(taskid::data::verifyBackup)
            << R"({"finding":{"status":"blocker"},"confirmedAt":"2026-12-01T10:00:00Z","markedOn":"blocker"})"
            << "blocker" << 1;
        QTest::newRow("done over a warning")
            << QString(taskid::os::disableDiskUtilities)
            << R"({"finding":{"status":"warning"},"confirmedAt":"2026-12-01T10:00:00Z","markedOn":"warning"})"
            << "warning" << 1;
        QTest::newRow("risk accepted over a must-fix that allows none")
            << QString(taskid::hw::freeDisk)
            << R"({"finding":{"status":"blocker"},"waiverReason":"x","waivedAt":"2026-12-01T10:00:00Z","markedOn":"blocker"})"
            << "blocker" << 1;
        QTest::newRow("does not apply on a task without a condition")
            << QString(taskid::data::fullBackup)
            << R"({"finding":{"status":"pending"},"notApplicableReason":"x","notApplicableAt":"2026-12-01T10:00:00Z"})"
            << "pending" << 1;
        QTest::newRow("two marks at once")
            << QString(taskid::os::disableDiskUtilities)
            << R"({"finding":{"status":"warning"},"waiverReason":"x","waivedAt":"2026-12-01T10:00:00Z","confirmedAt":"2026-12-01T10:00:00Z","markedOn":"warning"})"
            << "waived" << 1;
        QTest::newRow("a finding on a task no check decides")
            << QString(taskid::os::sbs2000Sp1) << R"({"finding":{"status":"passed"}})"
            << "pending" << 0;
        QTest::newRow("a status that no check gives")
            << QString(taskid::hw::freeDisk) << R"({"finding":{"status":"confirmed"}})"
            << "pending" << 0;
        QTest::newRow("a mark from another finding, under a must-fix")
            << QString(taskid::hw::freeDisk)
            << R"({"finding":{"status":"blocker"},"confirmedAt":"2026-12-01T10:00:00Z","markedOn":"unknown","note":"looked"})"
            << "needs-review" << 0;
        // Marks the wizard makes: kept.
        QTest::newRow("done on a manual task")
            << QString(taskid::os::sbs2000Sp1)
            << R"({"finding":{"status":"pending"},"confirmedAt":"2026-12-01T10:00:00Z"})"
            << "confirmed" << 0;
        QTest::newRow("a warning accepted")
            << QString(taskid::os::disableDiskUtilities)
            << R"({"finding":{"status":"warning"},"waiverReason":"x","waivedAt":"2026-12-01T10:00:00Z","markedOn":"warning"})"
            << "waived" << 0;
        QTest::newRow("a conditional task does not apply")
            << QString(taskid::mail::adcDcUpgrade)
            << R"({"finding":{"status":"pending"},"notApplicableReason":"no ADC","notApplicableAt":"2026-12-01T10:00:00Z"})"
            << "not-applicable" << 0;
    }

    void aSessionFileIsReadByTheWizardsRules()
    {
        QFETCH(QString, task);
        QFETCH(QString, item);
        QFETCH(QString, status);
        QFETCH(int, droppedMarks);
        const Task *entry = Catalog::instance().task(task);
        QVERIFY(entry);
        const QString pathId = QString::fromLatin1(entry->paths.front());
        const QJsonObject object = QJsonDocument::fromJson(
                                       QStringLiteral(R"({"schema":"prepwizard.session/1","path":"%1","items":{"%2":%3}})")
                                           .arg(pathId, task, item)
                                           .toUtf8())
                                       .object();
        QVERIFY(!object.isEmpty());
        Session session;
        QString reason;
        QVERIFY2(Session::fromJson(object, &session, &reason), qPrintable(reason));
        ChecklistModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(session);
        QCOMPARE(statusId(model.status(task)), status);
        QCOMPARE(int(model.droppedMarks().size()), droppedMarks);
        const ReportData data = ReportData::from(model, MachineDescription::thisComputer());
        QCOMPARE(int(data.sessionNotes.size()), droppedMarks);
        if (droppedMarks > 0)
            QVERIFY(TextReport::render(data).contains(data.sessionNotes.first()));
    }

    void confirmingEveryTaskInAFileCannotMakeAFullDiskReady()
    {
        // The attack of issue 14: every task marked done in the file, and the check finds a full disk.
        ChecklistModel forged;
        forged.setPath(upgradePath);
        Session session = forged.session();
        for (const Task *task : forged.tasks()) {
            ItemState &item = session.items[QString::fromLatin1(task->id)];
            item.confirmedAt = QDateTime::currentDateTime();
            item.markedOn = ItemStatus::Unknown;
            item.note = QStringLiteral("trust me");
        }
        ChecklistModel model;
        model.setSession(session);
        model.applyFinding(QString(taskid::hw::freeDisk), finding(ItemStatus::Blocker));
        QCOMPARE(model.readiness(), Readiness::NotReady);
        QCOMPARE(readinessExitCode(model.readiness()), 2);
    }
};

QTEST_MAIN(TestHonestVerdict)
#include "tst_honestverdict.moc"
