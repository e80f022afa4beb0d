// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// Known findings and fresh results: an accepted risk holds until its last day and then counts as
// its finding again; every check's result is kept with its time and the checklist says what is
// new, fixed or worse; a result older than the limit cannot make the checklist ready; and a
// session file that forges history or acceptances cannot turn a measured "Must fix" into a pass.

#include "catalog/TaskIds.h"
#include "checklist/ChecklistModel.h"
#include "checklist/SessionStore.h"
#include "report/JsonReport.h"
#include "report/ReportData.h"
#include "report/TextReport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace prep;

namespace {
const QString upgradePath = QStringLiteral("sbs2000-to-sbs2003");
const QString agents = QString(taskid::os::disableDiskUtilities); // a warning may be accepted
const QString freeDisk = QString(taskid::hw::freeDisk);           // a must-fix may not

Finding finding(ItemStatus status, const QDateTime &when = QDateTime::currentDateTime(), qint64 bytes = 0)
{
    Finding result;
    result.status = status;
    result.checkedAt = when;
    if (bytes > 0)
        result.measured = LocalizedText("Probes", "%1", {TextArg::bytes(bytes)});
    return result;
}

// Every task before the upgrade closed: checks pass at `when`, the rest done.
void closeEverything(ChecklistModel &model, const QDateTime &when)
{
    for (const Task *task : model.tasks()) {
        if (task->category == Category::AfterUpgrade)
            continue;
        const QString id = QString::fromLatin1(task->id);
        if (task->kind == TaskKind::Automatic)
            model.applyFinding(id, finding(ItemStatus::Passed, when));
        else
            model.confirm(id, QStringLiteral("done"));
    }
}
} // namespace

class TestKnownFindings : public QObject
{
    Q_OBJECT

private slots:
    void anAcceptanceHoldsUntilItsLastDay_data()
    {
        QTest::addColumn<int>("daysFromToday"); // the last day, from today; 0 means no limit
        QTest::addColumn<bool>("expired");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("readiness");
        QTest::newRow("no last day") << 0 << false << "waived" << "warnings";
        QTest::newRow("until tomorrow") << 1 << false << "waived" << "warnings";
        QTest::newRow("until today") << 0 << false << "waived" << "warnings";
        QTest::newRow("ended yesterday") << -1 << true << "warning" << "incomplete";
        QTest::newRow("ended a month ago") << -30 << true << "warning" << "incomplete";
    }

    void anAcceptanceHoldsUntilItsLastDay()
    {
        QFETCH(int, daysFromToday);
        QFETCH(bool, expired);
        QFETCH(QString, status);
        QFETCH(QString, readiness);
        ChecklistModel model;
        model.setPath(upgradePath);
        closeEverything(model, QDateTime::currentDateTime());
        model.withdrawMark(agents); // one mark at a time: done is taken back first
        model.applyFinding(agents, finding(ItemStatus::Warning));
        const QDate until = QTest::currentDataTag() == QByteArray("no last day")
            ? QDate()
            : QDate::currentDate().addDays(daysFromToday);
        // The wizard never accepts a risk until a day already past: a session file then carries it.
        QCOMPARE(model.waive(agents, QStringLiteral("vendor says it is fine"), until), !expired);
        if (expired) {
            QVERIFY(model.waive(agents, QStringLiteral("vendor says it is fine")));
            Session session = model.session();
            session.items[agents].waivedUntil = until;
            QString reason;
            Session read;
            QVERIFY(Session::fromJson(session.toJson(), &read, &reason));
            model.setSession(read);
        }
        QCOMPARE(model.state(agents).acceptanceExpired(), expired);
        QCOMPARE(statusId(model.status(agents)), status);
        QCOMPARE(readinessId(model.readiness()), readiness);
        // The report says until when, or that it expired; the JSON has the date.
        const ReportData data = ReportData::from(model, MachineDescription::thisComputer());
        const QString text = TextReport::render(data);
        QVERIFY(text.contains(QStringLiteral("vendor says it is fine")));
        QCOMPARE(text.contains(QStringLiteral("The acceptance expired after")), expired);
        const QJsonArray items = JsonReport::toJson(data).value(QStringLiteral("items")).toArray();
        for (const QJsonValue &entry : items) {
            const QJsonObject object = entry.toObject();
            if (object.value(QStringLiteral("id")).toString() != agents)
                continue;
            QCOMPARE(object.value(QStringLiteral("acceptedUntil")).toString(), until.toString(Qt::ISODate));
            QCOMPARE(object.value(QStringLiteral("acceptanceExpired")).toBool(false), expired);
        }
        // An expired acceptance may be made again, with a new reason and day.
        if (expired) {
            QVERIFY(model.actions(agents).canAcceptRisk);
            QVERIFY(model.waive(agents, QStringLiteral("checked again with the vendor"), QDate::currentDate()));
            QCOMPARE(model.status(agents), ItemStatus::Waived);
        }
    }

    void anAcceptanceStaysAcrossChecks()
    {
        ChecklistModel model;
        model.setPath(upgradePath);
        model.applyFinding(agents, finding(ItemStatus::Warning));
        QVERIFY(model.waive(agents, QStringLiteral("known"), QDate::currentDate().addDays(7)));
        // Checked again (a new snapshot of the same server): the same warning keeps the acceptance.
        model.applyFinding(agents, finding(ItemStatus::Warning));
        QCOMPARE(model.status(agents), ItemStatus::Waived);
        QCOMPARE(model.state(agents).waivedUntil, QDate::currentDate().addDays(7));
    }

    void theHistorySaysWhatChanged_data()
    {
        QTest::addColumn<int>("before"); // ItemStatus
        QTest::addColumn<int>("after");
        QTest::addColumn<QString>("change");
        QTest::newRow("passed, then warning") << int(ItemStatus::Passed) << int(ItemStatus::Warning) << "new";
        QTest::newRow("warning, then passed") << int(ItemStatus::Warning) << int(ItemStatus::Passed) << "fixed";
        QTest::newRow("warning, then must fix") << int(ItemStatus::Warning) << int(ItemStatus::Blocker) << "worse";
        QTest::newRow("must fix, then warning") << int(ItemStatus::Blocker) << int(ItemStatus::Warning) << "better";
        QTest::newRow("passed, then could not check")
            << int(ItemStatus::Passed) << int(ItemStatus::Unknown) << "changed";
        QTest::newRow("must fix, then could not check: not fixed")
            << int(ItemStatus::Blocker) << int(ItemStatus::Unknown) << "changed";
        QTest::newRow("the same") << int(ItemStatus::Warning) << int(ItemStatus::Warning) << "";
    }

    void theHistorySaysWhatChanged()
    {
        QFETCH(int, before);
        QFETCH(int, after);
        QFETCH(QString, change);
        ChecklistModel model;
        model.setPath(upgradePath);
        const QDateTime now = QDateTime::currentDateTime();
        model.applyFinding(freeDisk, finding(static_cast<ItemStatus>(before), now.addSecs(-3600)));
        QCOMPARE(model.changes().total(), 0); // a first check has nothing to compare with
        model.applyFinding(freeDisk, finding(static_cast<ItemStatus>(after), now));
        const QModelIndex row = model.indexOf(freeDisk);
        QCOMPARE(findingChangeId(static_cast<FindingChange>(row.data(ChecklistModel::ChangeRole).toInt())), change);
        QCOMPARE(model.changes().total(), change.isEmpty() ? 0 : 1);
        QCOMPARE(model.state(freeDisk).history.size(), 2);
        // Kept in the session file, and said in the report.
        Session read;
        QString reason;
        QVERIFY(SessionStore::parse(QJsonDocument(model.session().toJson()).toJson(), &read, &reason));
        QCOMPARE(read.items.value(freeDisk).history, model.state(freeDisk).history);
        const QString text = TextReport::render(ReportData::from(model, MachineDescription::thisComputer()));
        QCOMPARE(text.contains(QStringLiteral("Since the previous check")), !change.isEmpty());
    }

    void theHistoryIsBounded()
    {
        ChecklistModel model;
        model.setPath(upgradePath);
        const QDateTime start = QDateTime::currentDateTime().addDays(-1);
        for (int i = 0; i < ItemState::maxHistory + 20; ++i)
            model.applyFinding(freeDisk, finding(ItemStatus::Passed, start.addSecs(i)));
        QCOMPARE(model.state(freeDisk).history.size(), ItemState::maxHistory);
        QCOMPARE(model.state(freeDisk).history.last().checkedAt, start.addSecs(ItemState::maxHistory + 19));
        // A file with more is read bounded too, keeping the latest.
        QJsonArray records;
        for (int i = 0; i < 500; ++i)
            records.append(QJsonObject{{QStringLiteral("checkedAt"), start.addSecs(i).toUTC().toString(Qt::ISODateWithMs)},
                                       {QStringLiteral("status"), QStringLiteral("passed")}});
        records.append(QJsonObject{{QStringLiteral("status"), QStringLiteral("confirmed")}}); // not a result
        const ItemState read = ItemState::fromJson(QJsonObject{{QStringLiteral("history"), records}});
        QCOMPARE(read.history.size(), ItemState::maxHistory - 1);
        QCOMPARE(read.history.last().checkedAt, start.addSecs(499));
    }

    void aStaleFindingCannotMakeTheChecklistReady_data()
    {
        QTest::addColumn<int>("ageDays");
        QTest::addColumn<int>("maxAgeDays");
        QTest::addColumn<QString>("readiness");
        QTest::addColumn<int>("stale");
        QTest::newRow("fresh") << 1 << 14 << "ready" << 0;
        QTest::newRow("13 days, limit 14") << 13 << 14 << "ready" << 0;
        QTest::newRow("20 days, limit 14") << 20 << 14 << "incomplete" << 1;
        QTest::newRow("20 days, limit 30") << 20 << 30 << "ready" << 0;
        QTest::newRow("3 days, limit 2") << 3 << 2 << "incomplete" << 1;
    }

    void aStaleFindingCannotMakeTheChecklistReady()
    {
        QFETCH(int, ageDays);
        QFETCH(int, maxAgeDays);
        QFETCH(QString, readiness);
        QFETCH(int, stale);
        ChecklistModel model;
        model.setPath(upgradePath);
        model.setMaxAgeDays(maxAgeDays);
        closeEverything(model, QDateTime::currentDateTime());
        model.applyFinding(freeDisk, finding(ItemStatus::Passed, QDateTime::currentDateTime().addDays(-ageDays)));
        QCOMPARE(model.counts().stale, stale);
        QCOMPARE(readinessId(model.readiness()), readiness);
        const QModelIndex row = model.indexOf(freeDisk);
        QCOMPARE(row.data(ChecklistModel::StaleRole).toBool(), stale > 0);
        QVERIFY(row.data(ChecklistModel::AgeRole).toString().contains(QString::number(ageDays)));
        const ReportData data = ReportData::from(model, MachineDescription::thisComputer());
        const QString advice = readinessAdvice(data.readiness, data.counts);
        QCOMPARE(advice.contains(QStringLiteral("checked too long ago")), stale > 0);
        QCOMPARE(TextReport::render(data).contains(QStringLiteral("check again right before the upgrade")), stale > 0);
        const QJsonObject summary = JsonReport::toJson(data).value(QStringLiteral("summary")).toObject();
        QCOMPARE(summary.value(QStringLiteral("stale")).toInt(), stale);
        QCOMPARE(summary.value(QStringLiteral("exitStatus")).toInt(), stale > 0 ? 1 : 0);
    }

    void aForgedSessionCannotPassAMeasuredMustFix_data()
    {
        QTest::addColumn<QString>("item"); // hw.free-disk as the forged file has it
        QTest::newRow("history of passes")
            << R"({"finding":{"status":"passed","checkedAt":"2026-12-01T10:00:00Z"},)"
               R"("history":[{"checkedAt":"2026-11-30T10:00:00Z","status":"passed"},)"
               R"({"checkedAt":"2099-01-01T10:00:00Z","status":"passed"}]})";
        QTest::newRow("an acceptance of a must-fix, until far away")
            << R"({"finding":{"status":"blocker"},"waiverReason":"x","waivedAt":"2026-12-01T10:00:00Z",)"
               R"("waivedUntil":"2999-01-01","markedOn":"blocker"})";
        QTest::newRow("an acceptance made on a warning")
            << R"({"finding":{"status":"warning"},"waiverReason":"x","waivedAt":"2026-12-01T10:00:00Z",)"
               R"("waivedUntil":"2999-01-01","markedOn":"warning"})";
        QTest::newRow("history of statuses no check gives")
            << R"({"finding":{"status":"passed"},"history":[{"checkedAt":"2026-11-30T10:00:00Z","status":"waived"}]})";
    }

    void aForgedSessionCannotPassAMeasuredMustFix()
    {
        QFETCH(QString, item);
        const QByteArray file = QStringLiteral(R"({"schema":"prepwizard.session/1","path":"%1","items":{"%2":%3}})")
                                    .arg(upgradePath, freeDisk, item)
                                    .toUtf8();
        Session session;
        QString reason;
        QVERIFY2(SessionStore::parse(file, &session, &reason), qPrintable(reason));
        ChecklistModel model;
        model.setSession(session);
        closeEverything(model, QDateTime::currentDateTime());
        // The check measures a must-fix, as --check does on every run.
        model.applyFinding(freeDisk, finding(ItemStatus::Blocker));
        QCOMPARE(model.readiness(), Readiness::NotReady);
        QVERIFY(model.counts().blockers() >= 1);
        QVERIFY(model.status(freeDisk) == ItemStatus::Blocker || model.status(freeDisk) == ItemStatus::NeedsReview);
        QCOMPARE(readinessExitCode(model.readiness()), 2);
    }
};

QTEST_MAIN(TestKnownFindings)
#include "tst_knownfindings.moc"
