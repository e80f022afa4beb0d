// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// The documents' order of the tasks, as the operator follows it: the pages stay by area, and the
// Summary page and every report (text, Markdown, HTML, JSON, PDF) list the path's sequence, each
// step with its task: on screen a click opens the task, in print the step names the task and its
// area. Per path: Small Business Server 2000 in seed 000's order (Disk Cleanup before the backup,
// the users gone before the disk utilities are turned off), Windows Small Business Server 2003 in
// seed 001's, Exchange 2000 in seed 002's, the Essentials migrations in seed 004's; BackOffice
// (seed 003) has none.

#include "CategoryPage.h"
#include "LanguageSwitcher.h"
#include "PageIds.h"
#include "PrepWizard.h"
#include "SampleChecklist.h"
#include "SummaryPage.h"
#include "TaskDetailsPanel.h"
#include "WizardController.h"
#include "catalog/Catalog.h"
#include "catalog/TaskIds.h"
#include "checklist/ChecklistModel.h"
#include "report/HtmlReport.h"
#include "report/JsonReport.h"
#include "report/MarkdownReport.h"
#include "report/ReportData.h"
#include "report/ReportText.h"
#include "report/ReportWriter.h"
#include "report/TextReport.h"

#include <QAbstractButton>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QProcess>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace prep;

namespace {

// The titles of the path's order, in the current language.
QStringList orderTitles(const QString &pathId)
{
    QStringList titles;
    for (const Task *task : Catalog::instance().dayOfUpgrade(pathId))
        titles.append(task->titleText());
    return titles;
}

// Where each text is found in `text`, in turn: -1 when one is missing or out of order.
qsizetype inOrder(const QString &text, const QStringList &parts, QString *missing)
{
    qsizetype from = 0;
    for (const QString &part : parts) {
        const qsizetype at = text.indexOf(part, from);
        if (at < 0) {
            *missing = part;
            return -1;
        }
        from = at + part.size();
    }
    return from;
}

QString pdfText(const QString &file)
{
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), file, QStringLiteral("-")});
    if (!pdftotext.waitForFinished(60000))
        return {};
    // One line per step would be too strict: a long title wraps on the page.
    QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    // pdftotext writes some letter pairs as ligatures.
    text.replace(QChar(0xFB00), QStringLiteral("ff")).replace(QChar(0xFB01), QStringLiteral("fi")).replace(QChar(0xFB02), QStringLiteral("fl"));
    return text.simplified();
}

} // namespace

class TaskOrderTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    LanguageSwitcher m_languages;

    std::unique_ptr<WizardController> start(const QString &pathId, const QString &language)
    {
        QFile::remove(m_dir.filePath(QStringLiteral("session.json")));
        auto controller = std::make_unique<WizardController>(
            WizardController::Options{m_dir.filePath(QStringLiteral("session.json")), language, pathId}, &m_languages);
        controller->wizard()->show();
        if (!QTest::qWaitForWindowExposed(controller->wizard()))
            qWarning("window not exposed");
        return controller;
    }

    static void toSummary(PrepWizard *wizard)
    {
        for (int guard = 0; guard < 20 && wizard->currentId() != SummaryPageId; ++guard)
            QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    }

    static void paths()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("language");
        for (const char *path : {"sbs2000-to-sbs2003", "sbs2003-upgrade", "exchange2000-to-exchange2003", "sbs2011-to-essentials"}) {
            for (const char *language : {"en", "es"})
                QTest::addRow("%s %s", path, language) << QString::fromLatin1(path) << QString::fromLatin1(language);
        }
    }

private slots:
    // Seed 004 numbers its steps for every source server it names: each migration path has them.
    void everyMigrationToEssentialsHasItsDocumentsOrder()
    {
        int paths = 0;
        for (const UpgradePath &path : Catalog::instance().paths()) {
            if (!QByteArray(path.id).endsWith("-to-essentials"))
                continue;
            ++paths;
            QVERIFY2(!path.order.isEmpty(), path.id);
        }
        QCOMPARE(paths, 8);
    }

    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void cleanup() { QVERIFY(m_languages.setLanguage(QStringLiteral("en"))); }

    // The Summary page lists the path's order, step by step, with the step after the tasks last.
    void theSummaryListsThePathsOrder_data() { paths(); }
    void theSummaryListsThePathsOrder()
    {
        QFETCH(QString, path);
        QFETCH(QString, language);
        auto controller = start(path, language);
        PrepWizard *wizard = controller->wizard();
        toSummary(wizard);
        QCOMPARE(wizard->currentId(), int(SummaryPageId));
        auto *tabs = wizard->summaryPage()->findChild<QTabWidget *>(QStringLiteral("summaryTabs"));
        QVERIFY(tabs);
        const UpgradePath *entry = Catalog::instance().path(path);
        QVERIFY(tabs->isTabVisible(1));
        QCOMPARE(tabs->tabText(1), orderTitle(entry->order.kind));
        if (entry->order.kind == OrderKind::LastDays)
            QCOMPARE(tabs->tabText(1), language == QLatin1String("es") ? QStringLiteral("Día de la actualización")
                                                                       : QStringLiteral("Day of the upgrade"));
        tabs->setCurrentIndex(1);
        QListWidget *list = wizard->summaryPage()->orderList();
        QVERIFY(list->isVisible());
        const QStringList titles = orderTitles(path);
        const int ends = entry->order.end ? 1 : 0;
        QCOMPARE(list->count(), int(titles.size()) + ends);
        for (int i = 0; i < titles.size(); ++i) {
            QVERIFY2(list->item(i)->text().startsWith(QStringLiteral("%1. %2").arg(i + 1).arg(titles.at(i))),
                     qPrintable(list->item(i)->text()));
            QCOMPARE(list->item(i)->data(Qt::UserRole).toString(), QLatin1String(entry->order.tasks.at(std::size_t(i))));
        }
        if (ends)
            QCOMPARE(list->item(list->count() - 1)->text(),
                     QStringLiteral("%1. %2").arg(list->count()).arg(catalogText(entry->order.end)));
    }

    // A click on a step opens its task on its own page; back on the Summary, the next one too.
    void clickingAStepOpensItsTask_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("sbs2000-to-sbs2003") << QStringLiteral("sbs2000-to-sbs2003");
        QTest::newRow("sbs2003-upgrade") << QStringLiteral("sbs2003-upgrade");
    }
    void clickingAStepOpensItsTask()
    {
        QFETCH(QString, path);
        auto controller = start(path, QStringLiteral("en"));
        PrepWizard *wizard = controller->wizard();
        const std::vector<const Task *> order = Catalog::instance().dayOfUpgrade(path);
        for (std::size_t step = 0; step < order.size(); ++step) {
            toSummary(wizard);
            auto *tabs = wizard->summaryPage()->findChild<QTabWidget *>(QStringLiteral("summaryTabs"));
            tabs->setCurrentIndex(1);
            QListWidget *list = wizard->summaryPage()->orderList();
            QListWidgetItem *item = list->item(int(step));
            list->scrollToItem(item);
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
            const Task *task = order.at(step);
            QCOMPARE(wizard->currentId(), categoryPageId(task->category));
            CategoryPage *page = wizard->categoryPage(task->category);
            QCOMPARE(page->details()->taskId(), QLatin1String(task->id));
            QCOMPARE(page->taskList()->currentIndex().data(ChecklistModel::IdRole).toString(), QLatin1String(task->id));
        }
    }

    // The status beside each step follows the checklist.
    void aStepShowsItsTasksStatus()
    {
        auto controller = start(QStringLiteral("sbs2000-to-sbs2003"), QStringLiteral("en"));
        PrepWizard *wizard = controller->wizard();
        toSummary(wizard);
        controller->model()->confirm(QString(taskid::hw::diskCleanupDefrag), QStringLiteral("done Monday"));
        QListWidget *list = wizard->summaryPage()->orderList();
        QTRY_COMPARE(list->item(0)->data(Qt::AccessibleDescriptionRole).toString(),
                     controller->model()->indexOf(QString(taskid::hw::diskCleanupDefrag))
                         .data(ChecklistModel::StatusTitleRole)
                         .toString());
        QCOMPARE(list->item(0)->data(Qt::AccessibleDescriptionRole).toString(), statusTitle(ItemStatus::Confirmed));
    }

    // BackOffice (seed 003) gives only the order of its stages: no order tab.
    void aPathWithoutAnOrderShowsNone()
    {
        auto controller = start(QStringLiteral("bo45-to-ws2003"), QStringLiteral("en"));
        PrepWizard *wizard = controller->wizard();
        toSummary(wizard);
        auto *tabs = wizard->summaryPage()->findChild<QTabWidget *>(QStringLiteral("summaryTabs"));
        QVERIFY(!tabs->isTabVisible(1));
        QCOMPARE(wizard->summaryPage()->orderList()->count(), 0);
        ChecklistModel model;
        model.setPath(QStringLiteral("bo45-to-ws2003"));
        const ReportData data = ReportData::from(model, sample::machine(), sample::generated());
        QVERIFY(data.order.isEmpty());
        QVERIFY(!JsonReport::toJson(data).value(QStringLiteral("path")).toObject().contains(QStringLiteral("order")));
    }

    // Every report lists the order with each step's task and area, in the path's order.
    void everyReportListsThePathsOrder_data() { paths(); }
    void everyReportListsThePathsOrder()
    {
        QFETCH(QString, path);
        QFETCH(QString, language);
        QVERIFY(m_languages.setLanguage(language));
        ChecklistModel model;
        model.setLanguage(language);
        model.setPath(path);
        const ReportData data = ReportData::from(model, sample::machine(), sample::generated());
        const UpgradePath *entry = Catalog::instance().path(path);
        QVERIFY(!data.order.isEmpty());
        QCOMPARE(data.order.title, orderTitle(entry->order.kind));

        QStringList steps;
        const std::vector<const Task *> tasks = Catalog::instance().dayOfUpgrade(path);
        for (std::size_t i = 0; i < tasks.size(); ++i)
            steps.append(QStringLiteral("%1. %2 (%3)").arg(i + 1).arg(tasks.at(i)->titleText(), categoryTitle(tasks.at(i)->category)));
        if (entry->order.end)
            steps.append(QStringLiteral("%1. %2").arg(tasks.size() + 1).arg(catalogText(entry->order.end)));
        const QStringList expected = QStringList{data.order.title} + steps;

        QString missing;
        const QString text = TextReport::render(data);
        QVERIFY2(inOrder(text, expected, &missing) >= 0, qPrintable(missing));
        // The order comes before the areas' tasks, so that it is read first.
        const qsizetype firstArea = text.indexOf(QStringLiteral("\n%1 (").arg(data.sections.first().title));
        QVERIFY(firstArea > 0);
        QVERIFY(text.indexOf(data.order.title) < firstArea);
        QVERIFY(text.contains(ReportText::orderSourceText(catalogText(entry->order.reference))));

        QStringList markdownSteps;
        for (const QString &step : expected)
            markdownSteps.append(MarkdownReport::escaped(step));
        QVERIFY2(inOrder(MarkdownReport::render(data), markdownSteps, &missing) >= 0, qPrintable(missing));

        QStringList htmlSteps;
        for (const QString &step : expected)
            htmlSteps.append(step.toHtmlEscaped());
        const QString html = HtmlReport::render(data);
        QVERIFY2(inOrder(html, htmlSteps, &missing) >= 0, qPrintable(missing));
        // Each step links to its task's row.
        for (const Task *task : tasks) {
            QVERIFY(html.contains(QStringLiteral("href=\"#task-%1\"").arg(QLatin1String(task->id))));
            QVERIFY(html.contains(QStringLiteral("name=\"task-%1\"").arg(QLatin1String(task->id))));
        }

        const QJsonObject order = JsonReport::toJson(data).value(QStringLiteral("path")).toObject().value(QStringLiteral("order")).toObject();
        QCOMPARE(order.value(QStringLiteral("kind")).toString(), orderKindId(entry->order.kind));
        const QJsonArray jsonSteps = order.value(QStringLiteral("steps")).toArray();
        QCOMPARE(jsonSteps.size(), qsizetype(tasks.size()));
        for (std::size_t i = 0; i < tasks.size(); ++i) {
            QCOMPARE(jsonSteps.at(qsizetype(i)).toObject().value(QStringLiteral("id")).toString(), QLatin1String(tasks.at(i)->id));
            QCOMPARE(jsonSteps.at(qsizetype(i)).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
        }
        if (entry->order.end)
            QCOMPARE(order.value(QStringLiteral("then")).toString(), catalogText(entry->order.end));
    }

    // The printout, read back from the PDF: the steps in order, on the SBS 2000 and 2003 paths.
    void thePdfListsThePathsOrder_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("language");
        QTest::newRow("sbs2000-to-sbs2003 en") << QStringLiteral("sbs2000-to-sbs2003") << QStringLiteral("en");
        QTest::newRow("sbs2003-upgrade es") << QStringLiteral("sbs2003-upgrade") << QStringLiteral("es");
    }
    void thePdfListsThePathsOrder()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QFAIL("pdftotext (poppler-utils) is needed: installer/dependencies.sh installs it for the tests");
        QFETCH(QString, path);
        QFETCH(QString, language);
        QVERIFY(m_languages.setLanguage(language));
        ChecklistModel model;
        model.setLanguage(language);
        model.setPath(path);
        const ReportData data = ReportData::from(model, sample::machine(), sample::generated());
        const QString file = m_dir.filePath(QStringLiteral("order-%1.pdf").arg(path));
        QString error;
        QVERIFY2(ReportWriter(ReportFormat::Pdf).save(data, file, &error), qPrintable(error));
        const QString text = pdfText(file);
        QVERIFY(!text.isEmpty());
        QStringList expected{data.order.title};
        const std::vector<const Task *> tasks = Catalog::instance().dayOfUpgrade(path);
        for (std::size_t i = 0; i < tasks.size(); ++i)
            expected.append(QStringLiteral("%1. %2").arg(i + 1).arg(tasks.at(i)->titleText()).simplified());
        QString missing;
        QVERIFY2(inOrder(text, expected, &missing) >= 0, qPrintable(missing + QStringLiteral(" | ") + text.left(3000)));
    }
};

QTEST_MAIN(TaskOrderTest)
#include "tst_taskorder.moc"
