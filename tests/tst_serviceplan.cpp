// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// The reversible fix of os.stop-localsystem-services in the wizard: the plan built from what the
// check found, its preview, the refusal without a verified backup, and the journal prepprobe
// wrote completing the record and restore tasks (prepprobe itself: tests/windows).

#include "CategoryPage.h"
#include "LanguageSwitcher.h"
#include "PageIds.h"
#include "PrepWizard.h"
#include "ProbeFixtures.h"
#include "ServiceChanges.h"
#include "ServicePlanDialog.h"
#include "TaskDetailsPanel.h"
#include "WizardController.h"
#include "checklist/ChecklistModel.h"
#include "probes/rules/RestoreServicesRule.h"
#include "probes/services/RecordedStartTypes.h"
#include "probes/services/ServicePlanner.h"
#include "report/HtmlReport.h"
#include "report/JsonReport.h"
#include "report/MarkdownReport.h"
#include "report/ReportData.h"
#include "report/ReportText.h"
#include "report/ReportWriter.h"
#include "report/TextReport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTreeView>
#include <QTemporaryDir>
#include <QTest>

using namespace prep;

namespace {

const QString stopTask = QLatin1String(ServicePlanner::stopTask);
const QString restoreTask = QLatin1String(ServicePlanner::restoreTask);

facts::Facts server()
{
    facts::Facts facts;
    facts.hostName = "SBS01";
    facts.platform = "windows";
    const auto service = [](const char *name, const char *display, facts::StartType type, facts::ServiceState state,
                            bool thirdParty) {
        facts::ServiceFacts s;
        s.name = name;
        s.displayName = display;
        s.account = "LocalSystem";
        s.runsAsSystem = true;
        s.startType = type;
        s.state = state;
        s.thirdParty = thirdParty;
        return s;
    };
    using T = facts::StartType;
    using S = facts::ServiceState;
    facts.services = {service("BackupExecAgent", "Backup Exec Remote Agent", T::Automatic, S::Running, true),
                      service("ntrtscan", "OfficeScan NT RealTime Scan", T::Manual, S::Running, true),
                      service("RpcSs", "Remote Procedure Call", T::Automatic, S::Running, false),
                      service("OldAgent", "Old agent", T::Automatic, S::Stopped, true)};
    return facts;
}

void setUp(ChecklistModel &model)
{
    model.setPath(QStringLiteral("sbs2000-to-sbs2003"));
    model.setServerName(QStringLiteral("SBS01"));
}

void verifyBackup(ChecklistModel &model)
{
    Finding passed;
    passed.status = ItemStatus::Passed;
    model.applyFinding(QLatin1String(ServicePlanner::backupTask), passed);
}

std::string journalText(bool restored, int refused = 0, facts::StartType agentType = facts::StartType::Automatic)
{
    using facts::JournalRecord;
    std::string text;
    JournalRecord begin;
    begin.action = "prepare";
    begin.computer = "sbs01";
    begin.at = 1796212800;
    text += facts::journalLine(begin);
    for (const char *name : {"BackupExecAgent", "ntrtscan"}) {
        JournalRecord before;
        before.kind = JournalRecord::Kind::Before;
        before.service = name;
        before.startType = std::string(name) == "ntrtscan" ? facts::StartType::Manual : agentType;
        before.state = facts::ServiceState::Running;
        before.at = 1796212801;
        text += facts::journalLine(before);
        JournalRecord step;
        step.kind = JournalRecord::Kind::Step;
        step.action = "prepare";
        step.service = name;
        step.step = "stop";
        step.ok = !(refused > 0 && std::string(name) == "ntrtscan");
        step.message = step.ok ? "stopped" : "The service cannot accept control messages at this time (error 1061)";
        step.at = 1796212802;
        text += facts::journalLine(step);
    }
    JournalRecord end;
    end.kind = JournalRecord::Kind::End;
    end.action = "prepare";
    end.done = 4 - refused;
    end.failed = refused;
    end.at = 1796212803;
    text += facts::journalLine(end);
    if (restored) {
        begin.action = "restore";
        begin.at = 1796299200;
        text += facts::journalLine(begin);
        end.action = "restore";
        end.failed = 0;
        end.at = 1796299201;
        text += facts::journalLine(end);
    }
    return text;
}

// pdftotext breaks lines where the layout wraps them: texts are compared with all white space as
// one space, in compatibility normal form (as tst_record does).
QString flattened(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).simplified();
}

QString pdfText(const ReportData &data, const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("record.pdf"));
    QString error;
    if (!ReportWriter(ReportFormat::Pdf).save(data, path, &error))
        qFatal("cannot write the PDF: %s", qPrintable(error));
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    {QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!pdftotext.waitForFinished(60000) || pdftotext.exitCode() != 0)
        qFatal("pdftotext failed on %s", qPrintable(path));
    return flattened(QString::fromUtf8(pdftotext.readAllStandardOutput()));
}

// The JSON report's entry of a task.
QJsonObject jsonItem(const ReportData &data, const QString &taskId)
{
    const QJsonObject report = QJsonDocument::fromJson(JsonReport::render(data)).object();
    for (const QJsonValue &item : report.value(QStringLiteral("items")).toArray()) {
        if (item.toObject().value(QStringLiteral("id")).toString() == taskId)
            return item.toObject();
    }
    return {};
}

QString writeJournal(const QTemporaryDir &dir, const std::string &text)
{
    const QString path = dir.filePath(QStringLiteral("sbs01-services.journal"));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(QByteArray::fromStdString(text));
    return path;
}

} // namespace

class TestServicePlan : public QObject
{
    Q_OBJECT

private slots:
    void thePlanHasTheServicesTheCheckFound()
    {
        const facts::ServicePlan plan = ServicePlanner::build(server(), QDateTime::currentDateTimeUtc());
        QCOMPARE(plan.computer, std::string("SBS01"));
        QCOMPARE(plan.services.size(), std::size_t(2)); // running third-party Local System ones
        QCOMPARE(plan.services[0].name, std::string("BackupExecAgent"));
        QVERIFY(plan.services[0].currentStartType == facts::StartType::Automatic);
        QVERIFY(plan.services[1].currentStartType == facts::StartType::Manual);
        for (const facts::PlannedService &service : plan.services) {
            QVERIFY(service.startType == facts::StartType::Disabled);
            QVERIFY(service.stop);
        }
        // What prepprobe reads back is what the wizard wrote.
        const facts::ServicePlan back = facts::planFromJson(facts::toJson(plan));
        QCOMPARE(back.services.size(), plan.services.size());
        QCOMPARE(back.services[1].name, std::string("ntrtscan"));
    }

    void aPlanThatIsNotOneIsRefusedWithItsReason_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        facts::ServicePlan plan = ServicePlanner::build(server(), QDateTime::currentDateTimeUtc());
        const QString whole = QString::fromStdString(facts::toJson(plan));
        QTest::newRow("cut") << whole.left(40) << QStringLiteral("plan is not valid JSON");
        QTest::newRow("snapshot") << QStringLiteral("{\"schema\": \"prepwizard.facts/1\"}")
                                  << QStringLiteral("this version reads prepwizard.service-plan/1");
        QString twice = whole;
        twice.replace(QStringLiteral("ntrtscan"), QStringLiteral("BACKUPEXECAGENT"));
        QTest::newRow("twice") << twice << QStringLiteral("lists the service BACKUPEXECAGENT twice");
        QString boot = whole;
        boot.replace(QStringLiteral("\"startType\": \"disabled\""), QStringLiteral("\"startType\": \"boot\""));
        QTest::newRow("boot") << boot << QStringLiteral("must be automatic, automatic-delayed, manual or disabled");
        QString slash = whole;
        slash.replace(QStringLiteral("\"ntrtscan\""), QStringLiteral("\"..\\\\x\""));
        QTest::newRow("not a name") << slash << QStringLiteral("is not a service name");
        plan.services.clear();
        QTest::newRow("none") << QString::fromStdString(facts::toJson(plan)) << QStringLiteral("no services to change");
    }
    void aPlanThatIsNotOneIsRefusedWithItsReason()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        try {
            facts::planFromJson(text.toStdString());
            QFAIL("the plan was read");
        } catch (const facts::ChangeFileError &error) {
            QVERIFY2(QString::fromStdString(error.what()).contains(message), error.what());
        }
    }

    void restorePutsBackTheStatesFromBeforeTheFirstPrepare()
    {
        using facts::JournalRecord;
        std::string text = journalText(false);
        // prepare run again: the services are disabled now, and that is not what restore puts back.
        JournalRecord begin;
        begin.action = "prepare";
        begin.computer = "SBS01";
        text += facts::journalLine(begin);
        JournalRecord again;
        again.kind = JournalRecord::Kind::Before;
        again.service = "BackupExecAgent";
        again.startType = facts::StartType::Disabled;
        text += facts::journalLine(again);
        auto recorded = facts::originals(facts::journalFromText(text));
        QCOMPARE(recorded.size(), std::size_t(2));
        QVERIFY(recorded[0].startType == facts::StartType::Automatic);
        // After a finished restore, a new prepare records afresh.
        text = journalText(true) + facts::journalLine(begin) + facts::journalLine(again);
        recorded = facts::originals(facts::journalFromText(text));
        QCOMPARE(recorded.size(), std::size_t(1));
        QVERIFY(recorded[0].startType == facts::StartType::Disabled);
        // A last line cut short by a kill is left out; one in the middle is damage.
        const facts::Journal cut = facts::journalFromText(journalText(false) + "{\"record\": \"be");
        QVERIFY(cut.cutShort);
        QCOMPARE(cut.wholeBytes, journalText(false).size());
        QVERIFY_THROWS_EXCEPTION(facts::ChangeFileError,
                                 facts::journalFromText("{\"record\": \"be\n" + journalText(false)));
    }

    void thePreviewShowsEachServiceAndTheExactCommands()
    {
        ChecklistModel model;
        setUp(model);
        verifyBackup(model);
        QTemporaryDir dir;
        const QString planFile = dir.filePath(QStringLiteral("sbs01-services.json"));
        ServicePlanDialog dialog(&model, ServicePlanner::build(server(), QDateTime::currentDateTimeUtc()), planFile);
        dialog.show();
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("planTable"));
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("BackupExecAgent (Backup Exec Remote Agent)"));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Automatic"));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("Disabled, and stop it"));
        QCOMPARE(table->item(1, 1)->text(), QStringLiteral("Manual"));
        const QString commands = dialog.findChild<QLabel *>(QStringLiteral("planCommands"))->text();
        QVERIFY2(commands.contains(QStringLiteral(
                     "prepprobe.exe prepare --plan \"sbs01-services.json\" --journal \"sbs01-services.journal\"")),
                 qPrintable(commands));
        QVERIFY(commands.contains(QStringLiteral("prepprobe.exe restore --journal \"sbs01-services.journal\"")));
        // Nothing is written until the operator saves.
        QVERIFY(!QFile::exists(planFile));
        auto *save = dialog.findChild<QPushButton *>(QStringLiteral("savePlan"));
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QFile file(planFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const facts::ServicePlan saved = facts::planFromJson(file.readAll().toStdString());
        QCOMPARE(saved.services.size(), std::size_t(2));
        QCOMPARE(saved.backupRisk, std::string());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void withoutAVerifiedBackupThePlanIsRefusedUntilTheRiskIsAccepted()
    {
        ChecklistModel model;
        setUp(model);
        QTemporaryDir dir;
        const QString planFile = dir.filePath(QStringLiteral("sbs01-services.json"));
        const facts::ServicePlan plan = ServicePlanner::build(server(), QDateTime::currentDateTimeUtc());
        ServicePlanDialog dialog(&model, plan, planFile);
        dialog.show();
        auto *save = dialog.findChild<QPushButton *>(QStringLiteral("savePlan"));
        auto *refusal = dialog.findChild<QLabel *>(QStringLiteral("planRefusal"));
        auto *reason = dialog.findChild<QLineEdit *>(QStringLiteral("backupRiskReason"));
        QVERIFY(!save->isEnabled());
        QVERIFY(refusal->isVisible());
        QVERIFY(refusal->text().contains(QStringLiteral("The backup has not been verified")));
        QVERIFY(reason->isVisible());
        // The model refuses too, whatever a widget does.
        QString error;
        QVERIFY(!ServicePlanner::save(model, plan, QStringLiteral("   "), planFile, &error));
        QVERIFY(error.contains(QStringLiteral("The backup has not been verified")));
        QVERIFY(!QFile::exists(planFile));

        QTest::keyClicks(reason, QStringLiteral("Tape from last night checked by the vendor"));
        QVERIFY(save->isEnabled());
        QVERIFY(!refusal->isVisible());
        QTest::mouseClick(save, Qt::LeftButton);
        QFile file(planFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(facts::planFromJson(file.readAll().toStdString()).backupRisk,
                 std::string("Tape from last night checked by the vendor"));
    }

    // The reason the operator gave for saving a plan without a verified backup goes into the
    // session and every report, on the stop-services task, with who, when and the plan's file; it
    // is an accepted risk and never makes anything pass.
    void aPlanSavedWithoutAVerifiedBackupIsInTheRecord_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("reasonText");
        QTest::addColumn<QString>("saved");     // the record's first words
        QTest::addColumn<QString>("by");
        QTest::addColumn<QString>("because");
        QTest::addColumn<QString>("notVerified");
        QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("Tape from last night checked by the vendor")
                                 << QStringLiteral("Service plan sbs01-services.json saved without a verified backup on")
                                 << QStringLiteral("by Ana García.") << QStringLiteral("Risk accepted because:")
                                 << QStringLiteral("it does not count as a verified backup.");
        QTest::newRow("Spanish") << QStringLiteral("es") << QStringLiteral("Cinta de anoche revisada por el proveedor")
                                 << QStringLiteral("Plan de servicios sbs01-services.json guardado sin una copia de seguridad comprobada el")
                                 << QStringLiteral("por Ana García.") << QStringLiteral("Riesgo aceptado. Motivo:")
                                 << QStringLiteral("no cuenta como copia de seguridad comprobada.");
    }
    void aPlanSavedWithoutAVerifiedBackupIsInTheRecord()
    {
        QFETCH(QString, language);
        QFETCH(QString, reasonText);
        QFETCH(QString, saved);
        QFETCH(QString, by);
        QFETCH(QString, because);
        QFETCH(QString, notVerified);
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QFAIL("pdftotext (poppler-utils) is needed: installer/dependencies.sh installs it for the tests");
        LanguageSwitcher languages;
        QVERIFY(languages.setLanguage(language));
        ChecklistModel model;
        setUp(model);
        model.setLanguage(language);
        model.setOperatorName(QStringLiteral("Ana García"));
        const StatusCounts before = model.counts();
        QTemporaryDir dir;
        const QString planFile = dir.filePath(QStringLiteral("sbs01-services.json"));
        const QDateTime start = QDateTime::currentDateTime().addSecs(-1);
        ServicePlanDialog dialog(&model, ServicePlanner::build(server(), QDateTime::currentDateTimeUtc()), planFile);
        dialog.show();
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("backupRiskReason")), reasonText);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("savePlan")), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        // The session has it: the reason, who, when, the plan's file.
        QCOMPARE(model.session().plansWithoutBackup.size(), 1);
        const PlanWithoutBackup record = model.session().plansWithoutBackup.first();
        QCOMPARE(record.reason, reasonText);
        QCOMPARE(record.savedBy, QStringLiteral("Ana García"));
        QCOMPARE(record.planFile, QStringLiteral("sbs01-services.json"));
        QVERIFY(record.savedAt >= start && record.savedAt <= QDateTime::currentDateTime().addSecs(1));
        QString reason;
        Session reread;
        QVERIFY(Session::fromJson(model.session().toJson(), &reread, &reason));
        QCOMPARE(reread.plansWithoutBackup, model.session().plansWithoutBackup);
        // An accepted risk: nothing passes by it.
        QCOMPARE(model.status(QLatin1String(ServicePlanner::backupTask)), ItemStatus::Pending);
        QCOMPARE(model.status(stopTask), ItemStatus::Pending);
        QCOMPARE(model.counts().settled, before.settled);
        QCOMPARE(model.readiness(), readinessOf(before));

        MachineDescription machine;
        machine.hostName = QStringLiteral("SBS01");
        const ReportData data = ReportData::from(model, machine);
        const QString when = ReportText::dateTimeText(record.savedAt);
        const QString first = QStringLiteral("%1 %2 %3").arg(saved, when, by);
        const QString second = QStringLiteral("%1 %2").arg(because, reasonText);
        // Every format says it, in plain words, with the stop-services task.
        const QString text = TextReport::render(data);
        // The task's own lines, indented under its title in its section, up to the next task.
        const qsizetype task = text.lastIndexOf(model.data(model.indexOf(stopTask)).toString());
        QVERIFY(task > 0);
        const qsizetype next = text.indexOf(QRegularExpression(QStringLiteral("\n  \\S")), task);
        const QString block = text.mid(task, next - task);
        for (const QString &line : {first, second, notVerified})
            QVERIFY2(block.contains(line), qPrintable(line + QStringLiteral("\n---\n") + block));
        for (const QString &page : {MarkdownReport::render(data), HtmlReport::render(data)}) {
            QVERIFY2(page.contains(first), qPrintable(page));
            QVERIFY(page.contains(second));
            QVERIFY(page.contains(notVerified));
        }
        const QString pdf = pdfText(data, dir);
        for (const QString &line : {first, second, notVerified})
            QVERIFY2(pdf.contains(flattened(line)), qPrintable(line + QStringLiteral("\n---\n") + pdf));
        const QJsonObject item = jsonItem(data, stopTask);
        QCOMPARE(item.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
        const QJsonObject entry = item.value(QStringLiteral("plansWithoutVerifiedBackup")).toArray().first().toObject();
        QCOMPARE(entry.value(QStringLiteral("reason")).toString(), reasonText);
        QCOMPARE(entry.value(QStringLiteral("savedBy")).toString(), QStringLiteral("Ana García"));
        QCOMPARE(entry.value(QStringLiteral("planFile")).toString(), QStringLiteral("sbs01-services.json"));
        QVERIFY(entry.value(QStringLiteral("text")).toArray().contains(first));
    }

    // With a verified backup there is no risk to record.
    void aPlanSavedWithAVerifiedBackupRecordsNoRisk()
    {
        ChecklistModel model;
        setUp(model);
        verifyBackup(model);
        QTemporaryDir dir;
        QString error;
        QVERIFY2(ServicePlanner::save(model, ServicePlanner::build(server(), QDateTime::currentDateTimeUtc()),
                                      QStringLiteral("ignored"), dir.filePath(QStringLiteral("plan.json")), &error),
                 qPrintable(error));
        QVERIFY(model.session().plansWithoutBackup.isEmpty());
    }

    // A session file is hostile input: a record in it is shown as the operator's record and
    // never turns a finding into a pass, whatever else the entry claims.
    void aRecordInTheSessionFileNeverMakesAPass()
    {
        ChecklistModel model;
        setUp(model);
        Finding warning;
        warning.status = ItemStatus::Warning;
        warning.checkedAt = QDateTime::currentDateTime();
        model.applyFinding(stopTask, warning);
        const StatusCounts before = model.counts();
        QJsonObject object = model.session().toJson();
        object.insert(QStringLiteral("plansWithoutVerifiedBackup"),
                      QJsonArray{QJsonObject{{QStringLiteral("planFile"), QStringLiteral("forged.json")},
                                             {QStringLiteral("reason"), QStringLiteral("verified, trust me")},
                                             {QStringLiteral("savedBy"), QStringLiteral("Mallory")},
                                             {QStringLiteral("savedAt"), QStringLiteral("2026-12-01T10:00:00.000Z")},
                                             {QStringLiteral("status"), QStringLiteral("passed")},
                                             {QStringLiteral("verified"), true}}});
        Session session;
        QString reason;
        QVERIFY(Session::fromJson(object, &session, &reason));
        model.setSession(session);
        QCOMPARE(model.session().plansWithoutBackup.size(), 1);
        QCOMPARE(model.status(QLatin1String(ServicePlanner::backupTask)), ItemStatus::Pending);
        QCOMPARE(model.status(stopTask), ItemStatus::Warning);
        QCOMPARE(model.counts().settled, before.settled);
        QCOMPARE(model.readiness(), readinessOf(before));
        QVERIFY(!ServicePlanner::backupVerified(model));
        MachineDescription machine;
        machine.hostName = QStringLiteral("SBS01");
        const ReportData data = ReportData::from(model, machine);
        QVERIFY(TextReport::render(data).contains(QStringLiteral("Risk accepted because: verified, trust me")));
        QCOMPARE(jsonItem(data, stopTask).value(QStringLiteral("status")).toString(), QStringLiteral("warning"));
    }

    void theJournalCompletesTheRecordAndRestoreTasks()
    {
        ChecklistModel model;
        setUp(model);
        QTemporaryDir dir;
        QString error;
        QVERIFY2(ServicePlanner::openJournal(model, writeJournal(dir, journalText(false)), QStringLiteral("SBS01"), &error),
                 qPrintable(error));
        QCOMPARE(model.state(stopTask).finding.status, ItemStatus::Passed);
        const QStringList evidence = model.data(model.indexOf(stopTask), ChecklistModel::EvidenceRole).toStringList();
        QVERIFY2(evidence.join(u' ').contains(QStringLiteral("recorded the startup types of 2 service")),
                 qPrintable(evidence.join(u' ')));
        const QStringList details = model.data(model.indexOf(stopTask), ChecklistModel::DetailsRole).toStringList();
        QVERIFY(details.contains(QStringLiteral("ntrtscan: start type Manual")));
        // Kept for the restore task, as the wizard's own record is.
        const auto recorded = RecordedStartTypes::read(model.session().formValues);
        QCOMPARE(recorded.value(QStringLiteral("BackupExecAgent")), facts::StartType::Automatic);
        QCOMPARE(recorded.value(QStringLiteral("ntrtscan")), facts::StartType::Manual);
        QCOMPARE(model.state(restoreTask).finding.status, ItemStatus::Pending);

        QVERIFY(ServicePlanner::openJournal(model, writeJournal(dir, journalText(true)), QStringLiteral("SBS01"), &error));
        QCOMPARE(model.state(restoreTask).finding.status, ItemStatus::Passed);
        QVERIFY(model.data(model.indexOf(restoreTask), ChecklistModel::EvidenceRole)
                    .toStringList()
                    .join(u' ')
                    .contains(QStringLiteral("prepprobe restore put back")));
    }

    // Windows Vista and later have "Automatic (Delayed Start)": a service set so is shown so in the
    // preview, recorded so, and put back so (the words are the snapshot's: "automatic-delayed").
    void aDelayedStartIsShownRecordedAndPutBackAsSuch()
    {
        facts::Facts facts = server();
        facts.services[0].startType = facts::StartType::AutomaticDelayed;
        for (facts::ServiceFacts &service : facts.services) // a snapshot without states
            service.state = facts::ServiceState::Unknown;
        const facts::ServicePlan plan = ServicePlanner::build(facts, QDateTime::currentDateTimeUtc());
        QCOMPARE(plan.services.size(), std::size_t(2)); // those that start with Windows, delayed or not
        QVERIFY(plan.services[0].currentStartType == facts::StartType::AutomaticDelayed);
        QVERIFY(facts::toJson(plan).find("\"currentStartType\": \"automatic-delayed\"") != std::string::npos);
        QVERIFY(facts::planFromJson(facts::toJson(plan)).services[0].currentStartType ==
                facts::StartType::AutomaticDelayed);

        ChecklistModel model;
        setUp(model);
        verifyBackup(model);
        QTemporaryDir dir;
        ServicePlanDialog dialog(&model, plan, dir.filePath(QStringLiteral("sbs01-services.json")));
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("planTable"));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Automatic (Delayed Start)"));

        const std::string journal = journalText(false, 0, facts::StartType::AutomaticDelayed);
        QVERIFY(journal.find("\"startType\":\"automatic-delayed\"") != std::string::npos);
        QString error;
        QVERIFY2(ServicePlanner::openJournal(model, writeJournal(dir, journal), QStringLiteral("SBS01"), &error),
                 qPrintable(error));
        const QStringList details = model.data(model.indexOf(stopTask), ChecklistModel::DetailsRole).toStringList();
        QVERIFY2(details.contains(QStringLiteral("BackupExecAgent: start type Automatic (Delayed Start)")),
                 qPrintable(details.join(u'|')));
        QCOMPARE(RecordedStartTypes::read(model.session().formValues).value(QStringLiteral("BackupExecAgent")),
                 facts::StartType::AutomaticDelayed);
        // After the upgrade, plain Automatic is not what was there.
        facts::Facts after = server();
        const Finding restored = RestoreServicesRule::evaluate(after, RecordedStartTypes::read(model.session().formValues));
        QCOMPARE(restored.status, ItemStatus::Warning);
        after.services[0].startType = facts::StartType::AutomaticDelayed;
        QCOMPARE(RestoreServicesRule::evaluate(after, RecordedStartTypes::read(model.session().formValues)).status,
                 ItemStatus::Passed);
    }

    void theJournalGoesIntoTheReport()
    {
        ChecklistModel model;
        setUp(model);
        QTemporaryDir dir;
        QString error;
        QVERIFY(ServicePlanner::openJournal(model, writeJournal(dir, journalText(true)), QStringLiteral("SBS01"), &error));
        MachineDescription machine;
        machine.hostName = QStringLiteral("SBS01");
        const QString report = TextReport::render(ReportData::from(model, machine));
        QVERIFY(report.contains(QStringLiteral("in the journal sbs01-services.journal")));
        QVERIFY(report.contains(QStringLiteral("BackupExecAgent: start type Automatic")));
        QVERIFY(report.contains(QStringLiteral("prepprobe restore put back")));
    }

    void aRefusedStepIsAWarningThatNamesIt()
    {
        ChecklistModel model;
        setUp(model);
        QTemporaryDir dir;
        QString error;
        QVERIFY(ServicePlanner::openJournal(model, writeJournal(dir, journalText(false, 1)), QStringLiteral("SBS01"), &error));
        QCOMPARE(model.state(stopTask).finding.status, ItemStatus::Warning);
        const QStringList details = model.data(model.indexOf(stopTask), ChecklistModel::DetailsRole).toStringList();
        QVERIFY2(details.join(u'\n').contains(QStringLiteral("ntrtscan: stop refused: The service cannot accept")),
                 qPrintable(details.join(u'\n')));
    }

    void theWizardPreviewsThePlanOfTheServicesItFound()
    {
        QTemporaryDir dir;
        LanguageSwitcher languages;
        ProbeSettings settings;
        settings.facts = probetest::snapshot("sbs2003-server.json");
        settings.ntpHost = QStringLiteral("127.0.0.1");
        settings.internetHost = QStringLiteral("127.0.0.1");
        WizardController controller({dir.filePath(QStringLiteral("session.json")), QStringLiteral("en"),
                                     QStringLiteral("sbs2000-to-sbs2003"), settings},
                                    &languages);
        controller.wizard()->show();
        QVERIFY(QTest::qWaitForWindowExposed(controller.wizard()));
        PrepWizard *wizard = controller.wizard();
        const int pageId = categoryPageId(Category::OperatingSystem);
        for (int step = 0; wizard->currentId() != pageId && step < 20; ++step)
            QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        CategoryPage *page = wizard->categoryPage(Category::OperatingSystem);
        QCOMPARE(wizard->currentPage(), page);
        page->taskList()->setCurrentIndex(controller.model()->indexOf(stopTask));
        auto *button = page->details()->findChild<QPushButton *>(QStringLiteral("servicePlanButton"));
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        ServicePlanDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = controller.wizard()->findChild<ServicePlanDialog *>()) && dialog->isVisible());
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("planTable"));
        QCOMPARE(table->rowCount(), 2); // the running third-party Local System services of SRV-SBS
        QVERIFY(table->item(0, 0)->text().startsWith(QStringLiteral("McShield")));
        QVERIFY(table->item(1, 0)->text().startsWith(QStringLiteral("BackupExecAgentAgent")));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("planCommands"))->text().contains(
            QStringLiteral("prepprobe.exe prepare --plan \"SRV-SBS-services.json\" --journal \"SRV-SBS-services.journal\"")));
        // No verified backup in this session yet.
        auto *save = dialog->findChild<QPushButton *>(QStringLiteral("savePlan"));
        QVERIFY(!save->isEnabled());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("planRefusal"))->isVisible());
        // Saved with the operator's reason, the task shows the record, as the report does.
        auto *file = dialog->findChild<QLineEdit *>(QStringLiteral("planFile"));
        file->setText(dir.filePath(QStringLiteral("SRV-SBS-services.json")));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("backupRiskReason")),
                         QStringLiteral("Backup tape checked by the vendor"));
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(controller.model()->plansWithoutBackup().size(), 1);
        auto *body = page->details()->findChild<QLabel *>(QStringLiteral("taskBody"));
        QTRY_VERIFY2(body->text().contains(QStringLiteral("Service plan SRV-SBS-services.json saved without a verified backup")),
                     qPrintable(body->text()));
        QVERIFY(body->text().contains(QStringLiteral("Risk accepted because: Backup tape checked by the vendor")));
    }

    void aJournalThatCannotBeUsedChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("computer");
        QTest::addColumn<QString>("message");
        const QByteArray whole = QByteArray::fromStdString(journalText(false));
        QTest::newRow("damaged") << QByteArray("not a record\n" + whole) << QStringLiteral("SBS01")
                                 << QStringLiteral("is not a journal the wizard can use");
        QTest::newRow("another server") << whole << QStringLiteral("SRV-OTHER")
                                        << QStringLiteral("is the journal of the server sbs01, and this checklist is about SRV-OTHER");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("SBS01") << QStringLiteral("it is empty");
    }
    void aJournalThatCannotBeUsedChangesNothing()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, computer);
        QFETCH(QString, message);
        ChecklistModel model;
        setUp(model);
        const Session before = model.session();
        QTemporaryDir dir;
        QString error;
        QVERIFY(!ServicePlanner::openJournal(model, writeJournal(dir, content.toStdString()), computer, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY(model.session() == before);
    }
};

QTEST_MAIN(TestServicePlan)
#include "tst_serviceplan.moc"
