// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// The checklist model: rows for the chosen path, states, the operator's actions, and the signals
// views and the autosave rely on. QAbstractItemModelTester watches every change.

#include "catalog/Catalog.h"
#include "catalog/TaskIds.h"
#include "checklist/ChecklistModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace prep;

class TestChecklistModel : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        model = std::make_unique<ChecklistModel>();
        tester = std::make_unique<QAbstractItemModelTester>(model.get(),
                                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    void cleanup()
    {
        tester.reset();
        model.reset();
    }

    void choosingAPathShowsItsTasksGroupedByCategory()
    {
        model->setPath(QStringLiteral("sbs2000-to-sbs2003"));
        const auto expected = Catalog::instance().tasksFor(QStringLiteral("sbs2000-to-sbs2003"));
        int children = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex category = model->index(row, 0);
            QVERIFY(category.data(ChecklistModel::IsCategoryRole).toBool());
            for (int child = 0; child < model->rowCount(category); ++child) {
                const QModelIndex task = model->index(child, 0, category);
                QCOMPARE(task.data(ChecklistModel::CategoryRole), category.data(ChecklistModel::IdRole));
                QCOMPARE(task.data(ChecklistModel::StatusIdRole).toString(), QStringLiteral("pending"));
                ++children;
            }
        }
        QCOMPARE(children, int(expected.size()));
        QVERIFY(model->indexOf(QString(taskid::os::sbs2000Sp1)).isValid());
        QVERIFY(!model->indexOf(QString(taskid::net::timeSync)).isValid()); // an Essentials task
    }

    void changingThePathKeepsWhatTheOperatorDid()
    {
        model->setPath(QStringLiteral("sbs2000-to-sbs2003"));
        QVERIFY(model->confirm(QString(taskid::data::virusScan), QStringLiteral("scanned Friday")));
        model->setPath(QStringLiteral("sbs2003-to-essentials"));
        QVERIFY(!model->indexOf(QString(taskid::data::virusScan)).isValid());
        model->setPath(QStringLiteral("sbs2000-to-sbs2003"));
        QCOMPARE(model->status(QString(taskid::data::virusScan)), ItemStatus::Confirmed);
        QCOMPARE(model->indexOf(QString(taskid::data::virusScan)).data(ChecklistModel::NoteRole).toString(),
                 QStringLiteral("scanned Friday"));
    }

    void confirmingAManualTaskChangesItsRowAndSavesTheSession()
    {
        model->setPath(QStringLiteral("sbs2000-to-sbs2003"));
        QSignalSpy rows(model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy session(model.get(), &ChecklistModel::sessionChanged);
        const QString id = QString(taskid::os::sbs2000Sp1);
        QVERIFY(model->confirm(id, QStringLiteral("About says 2000 with Service Pack 1")));
        QCOMPARE(session.count(), 1);
        QVERIFY(!rows.isEmpty());
        QCOMPARE(rows.first().at(0).value<QModelIndex>(), model->indexOf(id));
        const QModelIndex index = model->indexOf(id);
        QCOMPARE(index.data(ChecklistModel::StatusIdRole).toString(), QStringLiteral("confirmed"));
        QVERIFY(index.data(ChecklistModel::ConfirmedAtRole).toDateTime().isValid());
        QVERIFY(model->unconfirm(id));
        QCOMPARE(model->status(id), ItemStatus::Pending);
        QVERIFY(!model->unconfirm(id)); // nothing to undo
    }

    void automaticTasksAreDecidedByTheirCheckNotByTheOperator()
    {
        model->setPath(QStringLiteral("sbs2000-to-sbs2003"));
        QVERIFY(!model->confirm(QString(taskid::hw::freeDisk)));
        QCOMPARE(model->status(QString(taskid::hw::freeDisk)), ItemStatus::Pending);
    }

    void findingsArriveRowByRow()
    {
        model->setPath(QStringLiteral("sbs2000-to-sbs2003"));
        const QString id = QString(taskid::hw::freeDisk);
        QSignalSpy resets(model.get(), &QAbstractItemModel::modelReset);
        model->setRunning(id);
        QCOMPARE(model->status(id), ItemStatus::Running);
        Finding finding;
        finding.status = ItemStatus::Passed;
        finding.evidence.append(LocalizedText("Probes", "%1 free on %2", {TextArg::bytes(5'000'000'000), TextArg::text(QStringLiteral("/"))}));
        model->applyFinding(id, finding);
        QCOMPARE(resets.count(), 0);
        const QModelIndex index = model->indexOf(id);
        QCOMPARE(index.data(ChecklistModel::StatusIdRole).toString(), QStringLiteral("passed"));
        QCOMPARE(index.data(ChecklistModel::EvidenceRole).toStringList(), QStringList{QStringLiteral("4.7 GB free on /")});
        QVERIFY(index.data(ChecklistModel::CheckedAtRole).toDateTime().isValid());
    }

    void aWarningCanBeAcceptedOnlyWithAReason()
    {
        model->setPath(QStringLiteral("sbs2000-to-sbs2003"));
        const QString id = QString(taskid::os::disableDiskUtilities);
        QVERIFY(!model->waive(id, QStringLiteral("not a warning yet")));
        Finding warning;
        warning.status = ItemStatus::Warning;
        model->applyFinding(id, warning);
        QVERIFY(!model->waive(id, QStringLiteral("   ")));
        QVERIFY(model->waive(id, QStringLiteral("vendor says it is safe")));
        QCOMPARE(model->status(id), ItemStatus::Waived);
        QCOMPARE(model->indexOf(id).data(ChecklistModel::WaiverReasonRole).toString(),
                 QStringLiteral("vendor says it is safe"));
        // A new result that passes has answered the risk by itself; the acceptance stays on record.
        Finding passed;
        passed.status = ItemStatus::Passed;
        model->applyFinding(id, passed);
        QCOMPARE(model->status(id), ItemStatus::Passed);
        QCOMPARE(model->indexOf(id).data(ChecklistModel::WaiverReasonRole).toString(),
                 QStringLiteral("vendor says it is safe"));
    }

    void aBlockerCannotBeWaived()
    {
        model->setPath(QStringLiteral("sbs2003-to-essentials"));
        Finding blocker;
        blocker.status = ItemStatus::Blocker;
        model->applyFinding(QString(taskid::net::timeSync), blocker);
        QVERIFY(!model->waive(QString(taskid::net::timeSync), QStringLiteral("I do not care")));
        QCOMPARE(model->readiness(), Readiness::NotReady);
    }

    void notesAreKept()
    {
        model->setPath(QStringLiteral("sbs2003-upgrade"));
        QVERIFY(model->setNote(QString(taskid::data::fullBackup), QStringLiteral("tape 3 in the safe")));
        QVERIFY(!model->setNote(QString(taskid::data::fullBackup), QStringLiteral("tape 3 in the safe")));
        QCOMPARE(model->state(QString(taskid::data::fullBackup)).note, QStringLiteral("tape 3 in the safe"));
    }

    void countsAndReadinessFollowTheStates()
    {
        model->setPath(QStringLiteral("bo25-to-ws2003"));
        const auto tasks = model->tasks();
        QVERIFY(!tasks.empty());
        QCOMPARE(model->readiness(), Readiness::NotReadyYet);
        for (const Task *task : tasks) {
            const QString id = QString::fromLatin1(task->id);
            if (task->kind == TaskKind::Automatic) {
                Finding passed;
                passed.status = ItemStatus::Passed;
                model->applyFinding(id, passed);
            } else {
                QVERIFY(model->confirm(id));
            }
        }
        QCOMPARE(model->counts().settled, int(tasks.size()));
        QCOMPARE(model->readiness(), Readiness::Ready);
        const QModelIndex category = model->index(0, 0);
        QCOMPARE(category.data(ChecklistModel::ProgressRole).toString(),
                 QStringLiteral("%1 of %1 done").arg(model->rowCount(category)));
    }

    void anUnknownPathEmptiesTheChecklist()
    {
        model->setPath(QStringLiteral("sbs2000-to-sbs2003"));
        model->setPath(QStringLiteral("no-such-path"));
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(!model->confirm(QString(taskid::os::sbs2000Sp1)));
    }

    void everyPathBuildsAValidModel()
    {
        for (const QString &id : Catalog::instance().pathIds()) {
            model->setPath(id);
            QVERIFY2(model->rowCount() > 0, qPrintable(id));
        }
    }

private:
    std::unique_ptr<ChecklistModel> model;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

QTEST_MAIN(TestChecklistModel)
#include "tst_checklistmodel.moc"
