// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// Figures: a threshold only where a document gives it, per path (2 GB of free space on the Small
// Business Server 2000 path, none on the Windows Small Business Server 2003 path, whose document
// gives none), and the figures this program had to choose (the BIOS age, the files the backup check
// samples, how long the Internet check waits) said to be its choice on screen and in every report,
// changeable in the task's panel (kept in the session, the check runs again) and with --figure on
// the command line; a value that is not a whole number within the figure's bounds is refused, and
// one in a session file is not used.

#include "CategoryPage.h"
#include "CommandLine.h"
#include "LanguageSwitcher.h"
#include "PageIds.h"
#include "PrepWizard.h"
#include "ProgramRun.h"
#include "SampleChecklist.h"
#include "TaskDetailsPanel.h"
#include "WizardController.h"
#include "catalog/Catalog.h"
#include "catalog/ChosenFigures.h"
#include "catalog/TaskIds.h"
#include "checklist/ChecklistModel.h"
#include "probes/backup/BackupCheck.h"
#include "probes/rules/BiosAgeRule.h"
#include "probes/runner/Probe.h"
#include "report/JsonReport.h"
#include "report/ReportData.h"
#include "report/TextReport.h"

#include <QAbstractButton>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTreeView>

using namespace prep;
using programrun::Run;

namespace {

const QString biosKey = taskid::hw::driversBios.formKey("maxBiosAgeYears");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonObject itemById(const QJsonObject &report, const QString &id)
{
    for (const QJsonValue &item : report.value(QStringLiteral("items")).toArray()) {
        if (item.toObject().value(QStringLiteral("id")).toString() == id)
            return item.toObject();
    }
    return {};
}

const Threshold &threshold(const char *taskId, const char *key)
{
    const Task *task = Catalog::instance().task(QLatin1String(taskId));
    Q_ASSERT(task && task->threshold(key));
    return *task->threshold(key);
}

} // namespace

class ChosenFiguresTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    LanguageSwitcher m_languages;
    QString m_internetHost = QStringLiteral("127.0.0.1:9"); // discard: nothing answers

    // The server of tests/fixtures/snapshots made a Small Business Server 2000 (Windows 2000,
    // Exchange 2000) with a BIOS of that date, taken on 21 November 2025 with 1.5 GB free.
    QString snapshot(const QString &biosDate)
    {
        QJsonObject facts =
            QJsonDocument::fromJson(readAll(QStringLiteral(PREP_FIXTURES "/snapshots/sbs2003-server.json"))).object();
        QJsonObject os = facts.value(QStringLiteral("os")).toObject();
        os.insert(QStringLiteral("name"), QStringLiteral("Microsoft Windows 2000 Server"));
        os.insert(QStringLiteral("version"), QStringLiteral("5.0.2195 Service Pack 4"));
        os.insert(QStringLiteral("kernel"), QStringLiteral("5.0.2195"));
        facts.insert(QStringLiteral("os"), os);
        QJsonObject exchange = facts.value(QStringLiteral("exchange")).toObject();
        exchange.insert(QStringLiteral("version"), QStringLiteral("6.0.6249.0"));
        facts.insert(QStringLiteral("exchange"), exchange);
        QJsonObject firmware = facts.value(QStringLiteral("firmware")).toObject();
        firmware.insert(QStringLiteral("date"), biosDate);
        facts.insert(QStringLiteral("firmware"), firmware);
        const QString path = m_dir.filePath(QStringLiteral("bios-%1.json").arg(biosDate));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(QJsonDocument(facts).toJson());
        return path;
    }

    Run check(const QStringList &arguments)
    {
        return programrun::run(QStringLiteral(PREPWIZARD_PATH),
                               QStringList{QStringLiteral("--check"), QStringLiteral("--lang"), QStringLiteral("en"),
                                           QStringLiteral("--internet-host"), m_internetHost}
                                   + arguments);
    }

    QJsonObject jsonCheck(const QStringList &arguments, int *exitCode = nullptr)
    {
        const Run run = check(arguments + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
        if (exitCode)
            *exitCode = run.exitCode;
        if (!run.err.isEmpty())
            qWarning("%s", qPrintable(run.err));
        return QJsonDocument::fromJson(run.out).object();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void cleanup() { QVERIFY(m_languages.setLanguage(QStringLiteral("en"))); }

    // The figures this program chose are the three no document gives; the clock's five minutes
    // (seed 004) and the 2 GB (seed 000) are the documents' and cannot be changed.
    void onlyTheProgramsOwnFiguresAreItsChoice()
    {
        QStringList keys;
        for (const ChosenFigures::Figure &figure : ChosenFigures::all())
            keys.append(QLatin1String(figure.threshold->key));
        QCOMPARE(keys, (QStringList{QStringLiteral("sampleFiles"), QStringLiteral("maxBiosAgeYears"),
                                    QStringLiteral("connectTimeoutMs")}));
        QVERIFY(!threshold(taskid::net::timeSync, "maxOffsetSeconds").chosen);
        const Task *freeDisk = Catalog::instance().task(QString(taskid::hw::freeDisk));
        QVERIFY(!freeDisk->threshold("minFreeBytes", QStringLiteral("sbs2000-to-sbs2003"))->chosen);
        // Every task the clock check has is on a path of seed 004, which gives "within five minutes".
        const Task *timeSync = Catalog::instance().task(QString(taskid::net::timeSync));
        for (const char *path : timeSync->paths)
            QVERIFY2(QByteArray(path).endsWith("-to-essentials"), path);
    }

    void aValueIsAWholeNumberWithinTheBounds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("value"); // 0: refused
        QTest::newRow("5") << QStringLiteral("5") << 5;
        QTest::newRow("1") << QStringLiteral("1") << 1;
        QTest::newRow("20") << QStringLiteral("20") << 20;
        QTest::newRow("spaces") << QStringLiteral(" 7 ") << 7;
        QTest::newRow("empty") << QString() << 0;
        QTest::newRow("0") << QStringLiteral("0") << 0;
        QTest::newRow("21") << QStringLiteral("21") << 0;
        QTest::newRow("-3") << QStringLiteral("-3") << 0;
        QTest::newRow("+3") << QStringLiteral("+3") << 0;
        QTest::newRow("nan") << QStringLiteral("nan") << 0;
        QTest::newRow("inf") << QStringLiteral("inf") << 0;
        QTest::newRow("1e1") << QStringLiteral("1e1") << 0;
        QTest::newRow("5.5") << QStringLiteral("5.5") << 0;
        QTest::newRow("0x10") << QStringLiteral("0x10") << 0;
        QTest::newRow("huge") << QStringLiteral("99999999999999999999") << 0;
        QTest::newRow("with unit") << QStringLiteral("5 years") << 0;
    }
    void aValueIsAWholeNumberWithinTheBounds()
    {
        QFETCH(QString, text);
        QFETCH(int, value);
        QString error;
        const std::optional<int> parsed = ChosenFigures::parse(threshold(taskid::hw::driversBios, "maxBiosAgeYears"), text, &error);
        if (value) {
            QCOMPARE(parsed, std::optional<int>(value));
        } else {
            QVERIFY(!parsed);
            QVERIFY2(error.contains(QStringLiteral("from 1 year to 20 years")), qPrintable(error));
        }
    }

    // The check asks for the figure: the session's valid value, else the program's.
    void theCheckUsesTheOperatorsValueOnlyWhenItIsValid_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<double>("used");
        QTest::newRow("none") << QString() << 5.0;
        QTest::newRow("10") << QStringLiteral("10") << 10.0;
        QTest::newRow("1000") << QStringLiteral("1000") << 5.0;
        QTest::newRow("-1") << QStringLiteral("-1") << 5.0;
        QTest::newRow("nan") << QStringLiteral("nan") << 5.0;
        QTest::newRow("1e308") << QStringLiteral("1e308") << 5.0;
    }
    void theCheckUsesTheOperatorsValueOnlyWhenItIsValid()
    {
        QFETCH(QString, stored);
        QFETCH(double, used);
        ProbeInput input;
        input.task = Catalog::instance().task(QString(taskid::hw::driversBios));
        if (!stored.isNull())
            input.formValues.insert(biosKey, stored);
        QCOMPARE(input.threshold("maxBiosAgeYears"), std::optional<double>(used));
        // An 8-year-old BIOS: a warning under 5 years, no warning under the operator's 10.
        facts::Facts facts;
        facts.firmware = {"Dell Inc.", "A07", "2017-11-01"};
        const QDateTime now(QDate(2025, 11, 21), QTime(9, 30), QTimeZone::utc());
        const Finding finding = BiosAgeRule::evaluate(facts, now, *input.threshold("maxBiosAgeYears"));
        QCOMPARE(finding.status, used > 8 ? ItemStatus::Pending : ItemStatus::Warning);
    }

    void theBackupCheckSamplesTheOperatorsNumber()
    {
        const QString key = taskid::data::verifyBackup.formKey("sampleFiles");
        QCOMPARE(BackupCheck::sampleSize(), 20);
        QCOMPARE(BackupCheck::sampleSize({{key, QStringLiteral("50")}}), 50);
        QCOMPARE(BackupCheck::sampleSize({{key, QStringLiteral("0")}}), 20);
        QCOMPARE(BackupCheck::sampleSize({{key, QStringLiteral("1000000")}}), 20);
    }

    // Every report says the figure is the program's choice, or the operator's value, or that a
    // value kept in the session was not used.
    void everyReportSaysItIsTheProgramsChoice_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("said");
        QTest::newRow("en program") << QStringLiteral("en") << QString() << QStringLiteral("5 years. No document gives a figure: this is this program's choice");
        QTest::newRow("en operator") << QStringLiteral("en") << QStringLiteral("8") << QStringLiteral("8 years, as you set it. No document gives a figure; this program's choice is 5 years.");
        QTest::newRow("en refused") << QStringLiteral("en") << QStringLiteral("1000") << QStringLiteral("The value “1000” kept for it is not one the program accepts, so it is not used.");
        QTest::newRow("es program") << QStringLiteral("es") << QString() << QStringLiteral("5 años. Ningún documento da una cifra: es la elección de este programa");
        QTest::newRow("es operator") << QStringLiteral("es") << QStringLiteral("8") << QStringLiteral("8 años, como usted lo indicó.");
    }
    void everyReportSaysItIsTheProgramsChoice()
    {
        QFETCH(QString, language);
        QFETCH(QString, stored);
        QFETCH(QString, said);
        QVERIFY(m_languages.setLanguage(language));
        ChecklistModel model;
        model.setLanguage(language);
        model.setPath(QStringLiteral("sbs2000-to-sbs2003"));
        if (!stored.isEmpty())
            model.setFormValue(biosKey, stored);
        const ReportData data = ReportData::from(model, sample::machine(), sample::generated());
        QVERIFY2(TextReport::render(data).contains(said), qPrintable(TextReport::render(data)));
        const QJsonObject bios = itemById(JsonReport::toJson(data), QString(taskid::hw::driversBios));
        const QJsonObject figure = bios.value(QStringLiteral("chosenFigures")).toArray().at(0).toObject();
        QCOMPARE(figure.value(QStringLiteral("key")).toString(), QStringLiteral("maxBiosAgeYears"));
        QCOMPARE(figure.value(QStringLiteral("programValue")).toInt(), 5);
        QCOMPARE(figure.value(QStringLiteral("value")).toInt(), stored == QLatin1String("8") ? 8 : 5);
        QVERIFY(figure.value(QStringLiteral("programChoice")).toBool());
    }

    // --figure KEY=VALUE: only a known key with a whole number within its bounds.
    void theCommandLineTakesOnlyValidFigures_data()
    {
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("key"); // empty: refused
        QTest::addColumn<QString>("value");
        QTest::newRow("bios 10") << QStringLiteral("maxBiosAgeYears=10") << biosKey << QStringLiteral("10");
        QTest::newRow("sample 200") << QStringLiteral("sampleFiles=200") << taskid::data::verifyBackup.formKey("sampleFiles") << QStringLiteral("200");
        QTest::newRow("timeout") << QStringLiteral("connectTimeoutMs=5000") << taskid::net::disconnectInternet.formKey("connectTimeoutMs") << QStringLiteral("5000");
        QTest::newRow("bios 0") << QStringLiteral("maxBiosAgeYears=0") << QString() << QString();
        QTest::newRow("bios 21") << QStringLiteral("maxBiosAgeYears=21") << QString() << QString();
        QTest::newRow("bios nan") << QStringLiteral("maxBiosAgeYears=nan") << QString() << QString();
        QTest::newRow("sample 0") << QStringLiteral("sampleFiles=0") << QString() << QString();
        QTest::newRow("timeout 1") << QStringLiteral("connectTimeoutMs=1") << QString() << QString();
        QTest::newRow("no value") << QStringLiteral("maxBiosAgeYears") << QString() << QString();
        QTest::newRow("document's figure") << QStringLiteral("minFreeBytes=1") << QString() << QString();
        QTest::newRow("clock") << QStringLiteral("maxOffsetSeconds=100000") << QString() << QString();
    }
    void theCommandLineTakesOnlyValidFigures()
    {
        QFETCH(QString, given);
        QFETCH(QString, key);
        QFETCH(QString, value);
        const CommandLine line = CommandLine::parse({QStringLiteral("--check"), QStringLiteral("--path"), QStringLiteral("sbs2000-to-sbs2003"), QStringLiteral("--figure"), given});
        if (key.isEmpty()) {
            QVERIFY2(!line.error.isEmpty(), qPrintable(given));
            QVERIFY(line.error.startsWith(QStringLiteral("--figure")));
            QVERIFY(line.figures.isEmpty());
        } else {
            QCOMPARE(line.error, QString());
            QCOMPARE(line.figures, (QMap<QString, QString>{{key, value}}));
        }
        QVERIFY(CommandLine::helpText().contains(QStringLiteral("--figure KEY=VALUE")));
        QVERIFY(CommandLine::helpText().contains(QStringLiteral("maxBiosAgeYears 5 (1–20)")));
    }

    // The headless check on a snapshot with a BIOS eight years old.
    void theHeadlessCheckUsesTheFigureGiven()
    {
        const QString facts = snapshot(QStringLiteral("2017-11-01"));
        const QStringList base{QStringLiteral("--path"), QStringLiteral("sbs2000-to-sbs2003"), QStringLiteral("--facts"), facts};
        const QJsonObject program = jsonCheck(base);
        QCOMPARE(itemById(program, QString(taskid::hw::driversBios)).value(QStringLiteral("found")).toString(), QStringLiteral("warning"));
        const QJsonObject operatorValue = jsonCheck(base + QStringList{QStringLiteral("--figure"), QStringLiteral("maxBiosAgeYears=10")});
        const QJsonObject bios = itemById(operatorValue, QString(taskid::hw::driversBios));
        QCOMPARE(bios.value(QStringLiteral("found")).toString(), QStringLiteral("pending"));
        QCOMPARE(bios.value(QStringLiteral("threshold")).toString(), QStringLiteral("at most 10 years old"));
        QCOMPARE(bios.value(QStringLiteral("chosenFigures")).toArray().at(0).toObject().value(QStringLiteral("value")).toInt(), 10);
        const Run text = check(base + QStringList{QStringLiteral("--figure"), QStringLiteral("maxBiosAgeYears=10")});
        QVERIFY(QString::fromUtf8(text.out).contains(QStringLiteral("Age of the BIOS from which the check warns: 10 years, as you set it.")));
    }

    void aBadFigureOnTheCommandLineStopsWithOneLine()
    {
        const Run run = check({QStringLiteral("--path"), QStringLiteral("sbs2000-to-sbs2003"), QStringLiteral("--figure"),
                               QStringLiteral("maxBiosAgeYears=500")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(QStringLiteral("--figure maxBiosAgeYears: Age of the BIOS from which the check warns must be a whole number from 1 year to 20 years, not “500”")),
                 qPrintable(run.err));
        QCOMPARE(run.err.count(u'\n'), 1);
    }

    // A session file cannot turn the measured warning into nothing to see by a hostile value.
    void aHostileValueInTheSessionFileIsNotUsed()
    {
        Session session;
        session.pathId = QStringLiteral("sbs2000-to-sbs2003");
        session.formValues.insert(biosKey, QStringLiteral("1000"));
        const QString file = m_dir.filePath(QStringLiteral("hostile.json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(session.toJson()).toJson());
        out.close();
        const QStringList arguments{QStringLiteral("--session"), file, QStringLiteral("--facts"), snapshot(QStringLiteral("2017-11-01"))};
        const QJsonObject bios = itemById(jsonCheck(arguments), QString(taskid::hw::driversBios));
        QCOMPARE(bios.value(QStringLiteral("found")).toString(), QStringLiteral("warning"));
        QCOMPARE(bios.value(QStringLiteral("threshold")).toString(), QStringLiteral("at most 5 years old"));
        QVERIFY(QString::fromUtf8(check(arguments).out).contains(QStringLiteral("The value “1000” kept for it is not one the program accepts")));
    }

    // Seed 000 gives 2 GB for Small Business Server 2000; seed 001 none for Windows Small Business
    // Server 2003. The same server, 1.5 GB free, on both paths.
    void theFreeSpaceFigureIsThePathsDocuments_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("found");
        QTest::addColumn<bool>("figure");
        QTest::newRow("sbs2000-to-sbs2003") << QStringLiteral("sbs2000-to-sbs2003") << QStringLiteral("blocker") << true;
        QTest::newRow("sbs2003-upgrade") << QStringLiteral("sbs2003-upgrade") << QStringLiteral("pending") << false;
    }
    void theFreeSpaceFigureIsThePathsDocuments()
    {
        QFETCH(QString, path);
        QFETCH(QString, found);
        QFETCH(bool, figure);
        const QJsonObject report = jsonCheck({QStringLiteral("--path"), path, QStringLiteral("--facts"), snapshot(QStringLiteral("2024-01-01"))});
        const QJsonObject freeDisk = itemById(report, QString(taskid::hw::freeDisk));
        QCOMPARE(freeDisk.value(QStringLiteral("found")).toString(), found);
        const QString threshold = freeDisk.value(QStringLiteral("threshold")).toString();
        QCOMPARE(!threshold.isEmpty(), figure);
        const QString all = QString::fromUtf8(QJsonDocument(freeDisk).toJson());
        if (figure)
            QVERIFY2(threshold.startsWith(QStringLiteral("at least 2")), qPrintable(threshold));
        else
            QVERIFY2(all.contains(QStringLiteral("documentation")), qPrintable(all));
        QVERIFY(!freeDisk.contains(QStringLiteral("chosenFigures")));
    }

    // In the wizard: the field in the task's panel says it is the program's choice; a new value
    // is kept in the session and the check runs again with it.
    void theFieldInTheWizardChangesTheFigureAndChecksAgain_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("es") << QStringLiteral("es");
    }
    void theFieldInTheWizardChangesTheFigureAndChecksAgain()
    {
        QFETCH(QString, language);
        const QString sessionFile = m_dir.filePath(QStringLiteral("wizard-%1.json").arg(language));
        QFile::remove(sessionFile);
        ProbeSettings probes;
        probes.internetHost = QStringLiteral("127.0.0.1");
        probes.internetPort = 9;
        WizardController controller({sessionFile, language, QStringLiteral("sbs2000-to-sbs2003"), probes,
                                     snapshot(QStringLiteral("2017-11-01"))},
                                    &m_languages);
        PrepWizard *wizard = controller.wizard();
        wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        ChecklistModel *model = controller.model();
        const QString bios = QString(taskid::hw::driversBios);
        QTRY_COMPARE_WITH_TIMEOUT(model->state(bios).finding.status, ItemStatus::Warning, 20000);
        wizard->goToTask(bios);
        QCOMPARE(wizard->currentId(), categoryPageId(Category::Hardware));
        TaskDetailsPanel *details = wizard->categoryPage(Category::Hardware)->details();
        QCOMPARE(details->taskId(), bios);
        auto *field = details->findChild<QSpinBox *>(QStringLiteral("figure-maxBiosAgeYears"));
        QVERIFY(field);
        QVERIFY(field->isVisible());
        QCOMPARE(field->value(), 5);
        QCOMPARE(field->minimum(), 1);
        QCOMPARE(field->maximum(), 20);
        QLabel *label = nullptr;
        for (QLabel *candidate : details->findChildren<QLabel *>()) {
            if (candidate->buddy() == field)
                label = candidate;
        }
        QVERIFY(label);
        QVERIFY2(label->text().contains(language == QLatin1String("es") ? QStringLiteral("elección de este programa")
                                                                        : QStringLiteral("this program's choice")),
                 qPrintable(label->text()));
        auto *body = details->findChild<QLabel *>(QStringLiteral("taskBody"));
        QVERIFY(body->text().contains(language == QLatin1String("es") ? QStringLiteral("Ningún documento da una cifra")
                                                                      : QStringLiteral("No document gives a figure")));

        QSignalSpy changed(wizard, &PrepWizard::figureChanged);
        // Typed as the operator types it: the whole number, then Enter.
        field->setFocus();
        field->selectAll();
        QTest::keyClicks(field, QStringLiteral("10"));
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(model->formValue(biosKey), QStringLiteral("10"));
        QCOMPARE(changed.count(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(model->state(bios).finding.status, ItemStatus::Pending, 20000);
        QVERIFY(model->state(bios).finding.threshold.toString().contains(QStringLiteral("10")));
        // The spin box keeps to the bounds: 500 cannot be typed.
        field->selectAll();
        QTest::keyClicks(field, QStringLiteral("500"));
        QTest::keyClick(field, Qt::Key_Return);
        QVERIFY(field->value() <= 20);
        QVERIFY(ChosenFigures::parse(threshold(taskid::hw::driversBios, "maxBiosAgeYears"), model->formValue(biosKey)));
        wizard->close();
        // Kept in the session.
        Session saved;
        QString reason;
        QVERIFY(Session::fromJson(QJsonDocument::fromJson(readAll(sessionFile)).object(), &saved, &reason));
        QVERIFY(saved.formValues.contains(biosKey));
    }

    // prepwizard --figure KEY=VALUE opens the wizard with that value: in the task's field, in the
    // check, and in the checklist kept, over the value of the session.
    void theWizardStartsWithTheFigureOfTheCommandLine()
    {
        const QString sessionFile = m_dir.filePath(QStringLiteral("wizard-figure.json"));
        QFile::remove(sessionFile);
        const CommandLine line = CommandLine::parse({QStringLiteral("--figure"),
                                                     QStringLiteral("maxBiosAgeYears=12")});
        QVERIFY2(line.error.isEmpty(), qPrintable(line.error));
        ProbeSettings probes;
        probes.internetHost = QStringLiteral("127.0.0.1");
        probes.internetPort = 9;
        WizardController::Options options{sessionFile, QStringLiteral("en"), QStringLiteral("sbs2000-to-sbs2003"),
                                          probes, snapshot(QStringLiteral("2017-11-01"))};
        options.figures = line.figures;
        WizardController controller(options, &m_languages);
        PrepWizard *wizard = controller.wizard();
        wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        ChecklistModel *model = controller.model();
        const QString bios = QString(taskid::hw::driversBios);
        QCOMPARE(model->formValue(biosKey), QStringLiteral("12"));
        // The check's figure is the one given (the verdict on a 2017 BIOS depends on today's date).
        QTRY_VERIFY_WITH_TIMEOUT(model->state(bios).finding.checkedAt.isValid(), 20000);
        QVERIFY2(model->state(bios).finding.threshold.toString().contains(QStringLiteral("12")),
                 qPrintable(model->state(bios).finding.threshold.toString()));
        wizard->goToTask(bios);
        TaskDetailsPanel *details = wizard->categoryPage(Category::Hardware)->details();
        auto *field = details->findChild<QSpinBox *>(QStringLiteral("figure-maxBiosAgeYears"));
        QVERIFY(field);
        QCOMPARE(field->value(), 12);
        wizard->close();
        Session saved;
        QString reason;
        QVERIFY(Session::fromJson(QJsonDocument::fromJson(readAll(sessionFile)).object(), &saved, &reason));
        QCOMPARE(saved.formValues.value(biosKey), QStringLiteral("12"));
    }
};

QTEST_MAIN(ChosenFiguresTest)
#include "tst_chosenfigures.moc"
