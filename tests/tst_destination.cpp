// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 19, the window's side: on a migration path the checklist has a Source and a Destination.
// The real wizard, driven as an operator would: the path page opens the Destination's snapshot,
// the window names both, its checks read it, the session brings it back, and every report names
// both servers with their snapshots' times.

#include "DestinationSnapshot.h"
#include "LanguageSwitcher.h"
#include "PageIds.h"
#include "PathPage.h"
#include "PrepWizard.h"
#include "ReportActions.h"
#include "StepsPanel.h"
#include "SummaryPage.h"
#include "WizardController.h"
#include "catalog/Catalog.h"
#include "catalog/TaskIds.h"
#include "checklist/ChecklistModel.h"
#include "probes/runner/ProbeRunner.h"
#include "report/ReportText.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace prep;

namespace {
const QString migration = QStringLiteral("sbs2003-to-essentials");
const QString sourceSnapshot = QStringLiteral(PREP_FIXTURES "/snapshots/sbs2003-server.json");
} // namespace

class TestDestination : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir dir;
    LanguageSwitcher languages;

    QString sessionFile() const { return dir.filePath(QStringLiteral("session.json")); }

    // The Destination's snapshot, as prepprobe writes it there: a new 64-bit server with room.
    QString writeDestination(const QString &name = QStringLiteral("destination.json")) const
    {
        QJsonObject facts = destinationSnapshot(QStringLiteral("ESS01"), true, 16.0);
        facts.insert(QStringLiteral("collectedAt"), QStringLiteral("2025-11-22T08:15:00Z"));
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(QJsonDocument(facts).toJson());
        return file.fileName();
    }

    // Real probes, every server they might ask on 127.0.0.1 where nothing listens ("unknown", at once).
    std::unique_ptr<WizardController> start()
    {
        ProbeSettings settings;
        settings.ntpHost = settings.internetHost = QStringLiteral("127.0.0.1");
        settings.ntpPort = settings.internetPort = 9;
        auto controller = std::make_unique<WizardController>(
            WizardController::Options{sessionFile(), QStringLiteral("en"), {}, settings}, &languages);
        controller->wizard()->show();
        if (!QTest::qWaitForWindowExposed(controller->wizard()))
            qWarning("window not exposed");
        return controller;
    }

    // The Source from its snapshot, then the path page with the migration chosen.
    static void toMigrationPath(WizardController &controller)
    {
        QString error;
        QVERIFY2(controller.openSnapshot(sourceSnapshot, &error), qPrintable(error));
        PrepWizard *wizard = controller.wizard();
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(PathPageId));
        choosePath(wizard, migration);
    }

    // As the operator does: the path's source, then its target (no other path chosen on the way).
    static void choosePath(PrepWizard *wizard, const QString &pathId)
    {
        auto *source = wizard->pathPage()->findChild<QComboBox *>(QStringLiteral("sourceCombo"));
        auto *target = wizard->pathPage()->findChild<QComboBox *>(QStringLiteral("targetCombo"));
        const UpgradePath *path = Catalog::instance().path(pathId);
        QVERIFY(path);
        const int s = source->findData(QString::fromUtf8(path->source));
        QVERIFY(s >= 0);
        source->setCurrentIndex(s);
        emit source->activated(s);
        const int t = target->findData(pathId);
        QVERIFY(t >= 0);
        target->setCurrentIndex(t);
        emit target->activated(t);
        QCOMPARE(wizard->pathPage()->findChild<QComboBox *>(QStringLiteral("targetCombo"))->currentData().toString(), pathId);
    }

    static bool openDestination(WizardController &controller, const QString &file, QString *error = nullptr)
    {
        QSignalSpy opened(&controller, &WizardController::destinationOpened);
        controller.openDestinationInBackground(file);
        if (!opened.wait(20000))
            return false;
        if (error)
            *error = opened.first().at(1).toString();
        return opened.first().at(0).toBool();
    }

    static void waitForChecks(WizardController &controller)
    {
        QSignalSpy done(controller.probes(), &ProbeRunner::allFinished);
        QVERIFY(controller.probes()->isIdle() || done.wait(20000));
    }

    static QString windowLine(WizardController &controller)
    {
        return controller.wizard()->stepsPanel()->findChild<QLabel *>(QStringLiteral("machineLabel"))->text();
    }

    static QString destinationText(WizardController &controller)
    {
        return controller.wizard()->pathPage()->findChild<QLabel *>(QStringLiteral("destinationText"))->text();
    }

    static QString requirementsEvidence(WizardController &controller)
    {
        return controller.model()
            ->indexOf(QString(taskid::hw::requirements))
            .data(ChecklistModel::EvidenceRole)
            .toStringList()
            .join(u'\n');
    }

    static QString when(const QString &utc)
    {
        return ReportText::dateTimeText(QDateTime::fromString(utc, Qt::ISODate).toLocalTime());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PrepWizardTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_destination"));
        QVERIFY(dir.isValid());
    }

    void init() { QFile::remove(sessionFile()); }

    void theMigrationPathOpensTheDestinationAndTheWindowNamesBoth()
    {
        auto controller = start();
        toMigrationPath(*controller);
        auto *box = controller->wizard()->pathPage()->findChild<QWidget *>(QStringLiteral("destinationBox"));
        QVERIFY(box->isVisible());
        QVERIFY2(destinationText(*controller).startsWith(QStringLiteral("Not opened yet")),
                 qPrintable(destinationText(*controller)));
        QVERIFY2(windowLine(*controller).contains(QStringLiteral("Destination: not opened")), qPrintable(windowLine(*controller)));
        waitForChecks(*controller);
        QVERIFY2(requirementsEvidence(*controller).contains(QStringLiteral("these are the figures of this computer")),
                 qPrintable(requirementsEvidence(*controller)));

        const QString file = writeDestination();
        QString error;
        QVERIFY2(openDestination(*controller, file, &error), qPrintable(error));
        QCOMPARE(windowLine(*controller),
                 QStringLiteral("Source: SRV-SBS (snapshot of %1)\nDestination: ESS01 (snapshot of %2)")
                     .arg(when(QStringLiteral("2025-11-21T09:30:00Z")), when(QStringLiteral("2025-11-22T08:15:00Z"))));
        QVERIFY2(destinationText(*controller).startsWith(QStringLiteral("ESS01, from the snapshot")),
                 qPrintable(destinationText(*controller)));
        QCOMPARE(controller->model()->session().destination.hostName, QStringLiteral("ESS01"));
        // Its checks run again, on the Destination's figures.
        waitForChecks(*controller);
        QVERIFY2(requirementsEvidence(*controller).contains(QStringLiteral("these are the figures of its snapshot, ESS01")),
                 qPrintable(requirementsEvidence(*controller)));
        QCOMPARE(controller->model()->indexOf(QString(taskid::hw::requirements)).data(ChecklistModel::StatusIdRole).toString(),
                 QStringLiteral("passed"));

        // Another path has no Destination: the window is as before.
        choosePath(controller->wizard(), QStringLiteral("sbs2000-to-sbs2003"));
        QVERIFY(!box->isVisible());
        QVERIFY2(windowLine(*controller).startsWith(QStringLiteral("Checking: SRV-SBS")), qPrintable(windowLine(*controller)));
        QVERIFY(!controller->probes()->settings().destinationFacts);

        // Back on the migration, forgotten: its checks say they need it.
        choosePath(controller->wizard(), migration);
        QVERIFY(controller->probes()->settings().destinationFacts);
        auto *forget = controller->wizard()->pathPage()->findChild<QPushButton *>(QStringLiteral("forgetDestinationButton"));
        QVERIFY(forget->isVisible());
        QTest::mouseClick(forget, Qt::LeftButton);
        QVERIFY(controller->model()->session().destination.isEmpty());
        QVERIFY(!controller->probes()->settings().destinationFacts);
        QVERIFY2(windowLine(*controller).contains(QStringLiteral("Destination: not opened")), qPrintable(windowLine(*controller)));
        QVERIFY(!forget->isVisible());
    }

    void aDamagedDestinationIsRefusedAndNothingChanges()
    {
        auto controller = start();
        toMigrationPath(*controller);
        QVERIFY(openDestination(*controller, writeDestination()));
        const SessionMachine before = controller->model()->session().destination;
        const QString line = windowLine(*controller);

        QFile damaged(dir.filePath(QStringLiteral("damaged.json")));
        QVERIFY(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
        damaged.write("{\"schema\": \"prepwizard.facts/1\", \"hostName\": ");
        damaged.close();
        QString error;
        QVERIFY(!openDestination(*controller, damaged.fileName(), &error));
        QVERIFY2(error.contains(QStringLiteral("damaged.json")), qPrintable(error));
        // The Source's own snapshot is not the Destination's.
        QVERIFY(!openDestination(*controller, sourceSnapshot, &error));
        QVERIFY2(error.contains(QStringLiteral("the Source Server")), qPrintable(error));

        QCOMPARE(controller->model()->session().destination, before);
        QCOMPARE(windowLine(*controller), line);
        QVERIFY(controller->probes()->settings().destinationFacts);
    }

    void theSessionRemembersTheDestinationAndReopensIt()
    {
        const QString file = writeDestination(QStringLiteral("kept.json"));
        {
            auto controller = start();
            toMigrationPath(*controller);
            QVERIFY(openDestination(*controller, file));
        }
        {
            // Reopened on a worker while the window shows.
            auto controller = start();
            QTRY_VERIFY_WITH_TIMEOUT(controller->probes()->settings().destinationFacts, 20000);
            QVERIFY2(windowLine(*controller).contains(QStringLiteral("Destination: ESS01 (snapshot of")),
                     qPrintable(windowLine(*controller)));
            QVERIFY(!windowLine(*controller).contains(QStringLiteral("not open")));
        }
        QVERIFY(QFile::remove(file));
        {
            auto controller = start();
            QTest::mouseClick(controller->wizard()->button(QWizard::NextButton), Qt::LeftButton);
            QCOMPARE(controller->wizard()->currentId(), int(PathPageId));
            // Said plainly, and still remembered: nothing is checked on it until it is open.
            QTRY_VERIFY_WITH_TIMEOUT(destinationText(*controller).contains(QStringLiteral("cannot be opened")), 20000);
            QVERIFY2(destinationText(*controller).contains(QStringLiteral("kept.json")), qPrintable(destinationText(*controller)));
            QVERIFY2(windowLine(*controller).contains(QStringLiteral("Destination: ESS01 (snapshot of"))
                         && windowLine(*controller).contains(QStringLiteral("not open")),
                     qPrintable(windowLine(*controller)));
            QCOMPARE(controller->model()->session().destination.hostName, QStringLiteral("ESS01"));
            QVERIFY(!controller->probes()->settings().destinationFacts);
        }
    }

    void everyReportNamesBothWithTheirTimes()
    {
        auto controller = start();
        toMigrationPath(*controller);
        QVERIFY(openDestination(*controller, writeDestination()));
        waitForChecks(*controller);
        auto *actions = controller->wizard()->summaryPage()->findChild<ReportActions *>(QStringLiteral("reportActions"));
        QVERIFY(actions);

        QString error;
        const QString json = dir.filePath(QStringLiteral("report.json"));
        QVERIFY2(actions->save(json, ReportFormat::Json, &error), qPrintable(error));
        QFile jsonFile(json);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        const QJsonObject report = QJsonDocument::fromJson(jsonFile.readAll()).object();
        const QJsonObject machine = report.value(QStringLiteral("machine")).toObject();
        const QJsonObject destination = report.value(QStringLiteral("destination")).toObject();
        QCOMPARE(machine.value(QStringLiteral("hostName")).toString(), QStringLiteral("SRV-SBS"));
        QCOMPARE(destination.value(QStringLiteral("hostName")).toString(), QStringLiteral("ESS01"));
        QCOMPARE(destination.value(QStringLiteral("source")).toString(), QStringLiteral("snapshot"));
        QCOMPARE(QDateTime::fromString(destination.value(QStringLiteral("snapshotTakenAt")).toString(), Qt::ISODate),
                 QDateTime::fromString(QStringLiteral("2025-11-22T08:15:00Z"), Qt::ISODate));

        for (const ReportFormat format : {ReportFormat::Text, ReportFormat::Markdown, ReportFormat::Html}) {
            const QString file = dir.filePath(QStringLiteral("report.") + ReportWriter::fileSuffix(format));
            QVERIFY2(actions->save(file, format, &error), qPrintable(error));
            QFile written(file);
            QVERIFY(written.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(written.readAll());
            for (const QString &expected : {QStringLiteral("SRV-SBS"), QStringLiteral("Destination Server"), QStringLiteral("ESS01"),
                                            when(QStringLiteral("2025-11-21T09:30:00Z")), when(QStringLiteral("2025-11-22T08:15:00Z"))})
                QVERIFY2(text.contains(expected), qPrintable(file + u' ' + expected));
        }

        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        QVERIFY2(actions->save(pdf, ReportFormat::Pdf, &error), qPrintable(error));
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(60000));
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
        for (const QString &expected : {QStringLiteral("SRV-SBS"), QStringLiteral("Destination Server"), QStringLiteral("ESS01"),
                                        when(QStringLiteral("2025-11-21T09:30:00Z")), when(QStringLiteral("2025-11-22T08:15:00Z"))})
            QVERIFY2(text.contains(expected), qPrintable(expected + u'\n' + text.left(800)));
    }
};

QTEST_MAIN(TestDestination)
#include "tst_destination.moc"
