// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// The catalog agrees with itself and with the code that reads it, one row per task, per upgrade
// path and per probe: ids unique and declared once (TaskIds.h); every probe answers a task of a
// kind that has one, and every automatic task has one; every figure a probe asks for is in its
// task; every path a task, a step or a figure names exists; every task and path has a source;
// every text is translated in translations/prepwizard_es.ts.

#include "catalog/Catalog.h"
#include "catalog/TaskIds.h"
#include "checklist/NoticeCountdown.h"
#include "probes/backup/BackupCheck.h"
#include "probes/runner/ProbeRegistry.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>
#include <cstring>

using namespace prep;

Q_DECLARE_METATYPE(const Task *)
Q_DECLARE_METATYPE(const UpgradePath *)
Q_DECLARE_METATYPE(const RequirementTable *)

namespace {

// The id's part before the dot, by category.
const char *idPrefix(Category category)
{
    switch (category) {
    case Category::BeforeYouStart:
        return "pre";
    case Category::Data:
        return "data";
    case Category::OperatingSystem:
        return "os";
    case Category::Hardware:
        return "hw";
    case Category::Network:
        return "net";
    case Category::Applications:
        return "app";
    case Category::Email:
        return "mail";
    case Category::AfterUpgrade:
        return "post";
    }
    return "";
}

const QStringList units = {QStringLiteral("bytes"), QStringLiteral("seconds"), QStringLiteral("milliseconds"),
                           QStringLiteral("mhz"),   QStringLiteral("years"),   QStringLiteral("count")};

const Probe *probeFor(const QString &taskId)
{
    for (const Probe &probe : ProbeRegistry::all()) {
        if (probe.taskId == taskId)
            return &probe;
    }
    return nullptr;
}

bool hasThreshold(const Task &task, const char *key)
{
    return std::any_of(task.thresholds.cbegin(), task.thresholds.cend(),
                       [key](const Threshold &threshold) { return std::strcmp(threshold.key, key) == 0; });
}

// The finished Spanish translations of context "Catalog": source → translation.
QHash<QString, QString> readCatalogTranslations(QString *error)
{
    QHash<QString, QString> finished;
    QFile file(QStringLiteral(PREP_SOURCE_DIR "/translations/prepwizard_es.ts"));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return finished;
    }
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation") && context == QLatin1String("Catalog")) {
            const bool done = xml.attributes().value(QLatin1String("type")).isEmpty();
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (done && !translation.isEmpty())
                finished.insert(source, translation);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return finished;
}

const QHash<QString, QString> &catalogTranslations()
{
    static QString error;
    static const QHash<QString, QString> translations = readCatalogTranslations(&error);
    if (!error.isEmpty())
        qFatal("prepwizard_es.ts: %s", qPrintable(error));
    return translations;
}

// The texts of the list that have no finished Spanish translation.
QStringList untranslated(const std::vector<const char *> &texts)
{
    QStringList missing;
    for (const char *text : texts) {
        if (!text || !*text)
            missing.append(QStringLiteral("(empty text)"));
        else if (!catalogTranslations().contains(QString::fromUtf8(text)))
            missing.append(QString::fromUtf8(text));
    }
    return missing;
}

void taskRows()
{
    QTest::addColumn<const Task *>("task");
    for (const Task &task : Catalog::instance().tasks())
        QTest::newRow(task.id) << &task;
}

void probeRows()
{
    QTest::addColumn<int>("index");
    const std::vector<Probe> &probes = ProbeRegistry::all();
    for (std::size_t i = 0; i < probes.size(); ++i)
        QTest::newRow(qPrintable(probes[i].taskId)) << int(i);
}

void pathRows()
{
    QTest::addColumn<const UpgradePath *>("path");
    for (const UpgradePath &path : Catalog::instance().paths())
        QTest::newRow(path.id) << &path;
}

void tableRows()
{
    QTest::addColumn<const RequirementTable *>("table");
    for (const RequirementTable &table : Catalog::instance().requirementTables())
        QTest::newRow(table.id) << &table;
}

} // namespace

class TestCatalogIntegrity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(!Catalog::instance().tasks().empty());
        QVERIFY(!Catalog::instance().paths().empty());
        QVERIFY(!catalogTranslations().isEmpty());
    }

    // ---- Tasks -----------------------------------------------------------------------------

    void theTaskIdIsUniqueAndNamesItsCategory_data() { taskRows(); }
    void theTaskIdIsUniqueAndNamesItsCategory()
    {
        QFETCH(const Task *, task);
        const QString id = QString::fromLatin1(task->id);
        const auto &tasks = Catalog::instance().tasks();
        const auto same = std::count_if(tasks.cbegin(), tasks.cend(),
                                        [&](const Task &other) { return std::strcmp(other.id, task->id) == 0; });
        QCOMPARE(int(same), 1);
        static const QRegularExpression shape(QStringLiteral("^([a-z]+)\\.[a-z0-9]+(-[a-z0-9]+)*$"));
        const QRegularExpressionMatch match = shape.match(id);
        QVERIFY2(match.hasMatch(), qPrintable(id));
        QCOMPARE(match.captured(1), QLatin1String(idPrefix(task->category)));
        QCOMPARE(Catalog::instance().task(id), task);
    }

    // A probe decides an automatic task and collects evidence for an assisted one; a manual task
    // has none. data.verify-backup is checked from its dialog (BackupCheck), with the operator's
    // folders.
    void theTaskHasACheckOfItsKind_data() { taskRows(); }
    void theTaskHasACheckOfItsKind()
    {
        QFETCH(const Task *, task);
        const QString id = QString::fromLatin1(task->id);
        const bool probed = probeFor(id) != nullptr;
        const bool dialog = id == QString(taskid::data::verifyBackup);
        if (task->kind == TaskKind::Automatic)
            QVERIFY2(probed, "an automatic task without a probe is never decided");
        if (task->kind == TaskKind::Manual)
            QVERIFY2(!probed && !dialog, "a manual task has no check");
        QVERIFY2(!(probed && dialog), "one check per task");
        // Only a check finds a "Must fix" for the operator to accept.
        if (task->blockerMayBeAccepted)
            QVERIFY2(probed || dialog, "a blocker that may be accepted on a task nothing checks");
        if (dialog)
            QVERIFY2(BackupCheck::sampleSize() > 0, "the backup check's sample size is a figure of its task");
    }

    // Issue 17: an assisted task shows evidence from the facts (a probe) or offers an action in its
    // panel: the backup comparison (data.verify-backup), the countdown after the message to the
    // users (net.notify-users, NoticeCountdown). Otherwise it is manual.
    void anAssistedTaskShowsEvidenceOrOffersAnAction_data() { taskRows(); }
    void anAssistedTaskShowsEvidenceOrOffersAnAction()
    {
        QFETCH(const Task *, task);
        if (task->kind != TaskKind::Assisted)
            return;
        const QString id = QString::fromLatin1(task->id);
        // Path by path: where the countdown has no wait to count, the task is manual there.
        for (const char *path : task->paths) {
            if (task->kindOn(QLatin1String(path)) != TaskKind::Assisted)
                continue;
            const bool action = id == QString(taskid::data::verifyBackup)
                || (id == QString(taskid::net::notifyUsers) && NoticeCountdown::documentWaitSeconds(QLatin1String(path)) > 0);
            QVERIFY2(probeFor(id) || action, qPrintable(QStringLiteral("on %1: an assisted task that assists nothing").arg(QLatin1String(path))));
        }
        // The wait is seed 000's (the SBS 2000 path); seed 001 (sbs2003-upgrade) gives no figure.
        if (id == QString(taskid::net::notifyUsers)) {
            QVERIFY2(NoticeCountdown::documentWaitSeconds(QStringLiteral("sbs2000-to-sbs2003")) > 0, "the countdown's wait is a figure of its task");
            QCOMPARE(NoticeCountdown::documentWaitSeconds(QStringLiteral("sbs2003-upgrade")), 0);
            QCOMPARE(task->kindOn(QStringLiteral("sbs2003-upgrade")), TaskKind::Manual);
        }
    }

    void theTaskNamesOnlyPathsThatExist_data() { taskRows(); }
    void theTaskNamesOnlyPathsThatExist()
    {
        QFETCH(const Task *, task);
        QVERIFY2(!task->paths.empty(), "a task on no path is never shown");
        QSet<QString> own;
        for (const char *path : task->paths) {
            QVERIFY2(Catalog::instance().path(QLatin1String(path)), path);
            QVERIFY2(!own.contains(QLatin1String(path)), path);
            own.insert(QLatin1String(path));
        }
        for (const PathStep &step : task->pathSteps) {
            QVERIFY2(!step.paths.empty(), step.text);
            for (const char *path : step.paths)
                QVERIFY2(own.contains(QLatin1String(path)), path); // and so exists
        }
        for (const Threshold &threshold : task->thresholds) {
            if (threshold.path)
                QVERIFY2(own.contains(QLatin1String(threshold.path)), threshold.path);
        }
        // Only a conditional task is unconditional somewhere, and only on its own paths.
        QVERIFY(task->unconditionalOn.empty() || task->conditional);
        for (const char *path : task->unconditionalOn)
            QVERIFY2(own.contains(QLatin1String(path)), path);
    }

    void theTaskFiguresAreWellFormed_data() { taskRows(); }
    void theTaskFiguresAreWellFormed()
    {
        QFETCH(const Task *, task);
        QSet<QString> seen;
        for (const Threshold &threshold : task->thresholds) {
            QVERIFY(threshold.key && *threshold.key);
            QVERIFY2(threshold.unit && units.contains(QLatin1String(threshold.unit)), threshold.key);
            QVERIFY2(threshold.value > 0, threshold.key);
            // One figure per key and path.
            const QString where = QStringLiteral("%1 %2").arg(QLatin1String(threshold.key),
                                                              QLatin1String(threshold.path ? threshold.path : "*"));
            QVERIFY2(!seen.contains(where), qPrintable(where));
            seen.insert(where);
        }
    }

    void theTaskHasASource_data() { taskRows(); }
    void theTaskHasASource()
    {
        QFETCH(const Task *, task);
        QVERIFY(task->reference && *task->reference);
        QVERIFY(!task->referenceText().trimmed().isEmpty());
    }

    void theTaskTextsAreTranslated_data() { taskRows(); }
    void theTaskTextsAreTranslated()
    {
        QFETCH(const Task *, task);
        std::vector<const char *> texts = {task->title, task->reference};
        texts.insert(texts.end(), task->steps.cbegin(), task->steps.cend());
        for (const Caution &caution : task->cautions)
            texts.push_back(caution.text);
        for (const PathStep &step : task->pathSteps)
            texts.push_back(step.text);
        const QStringList missing = untranslated(texts);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
    }

    // Every constant of TaskIds.h is a task of the catalog, and every task has its constant.
    void everyTaskIdIsDeclaredOnce()
    {
        QFile header(QStringLiteral(PREP_SOURCE_DIR "/model/catalog/TaskIds.h"));
        QVERIFY2(header.open(QIODevice::ReadOnly), qPrintable(header.errorString()));
        static const QRegularExpression declaration(QStringLiteral("TaskId\\s+\\w+\\{\"([^\"]+)\"\\}"));
        QStringList declared;
        for (const QRegularExpressionMatch &match : declaration.globalMatch(QString::fromUtf8(header.readAll())))
            declared.append(match.captured(1));
        QStringList catalog;
        for (const Task &task : Catalog::instance().tasks())
            catalog.append(QString::fromLatin1(task.id));
        QCOMPARE(declared, catalog); // and in catalog order
    }

    // ---- Probes ----------------------------------------------------------------------------

    void theProbeAnswersATaskOfAKindThatHasOne_data() { probeRows(); }
    void theProbeAnswersATaskOfAKindThatHasOne()
    {
        QFETCH(int, index);
        const Probe &probe = ProbeRegistry::all().at(std::size_t(index));
        QVERIFY(probe.run);
        const Task *task = Catalog::instance().task(probe.taskId);
        QVERIFY2(task, "the probe's task is not in the catalog: it would never run");
        QVERIFY2(task->kind != TaskKind::Manual, "a probe on a manual task");
        QCOMPARE(probeFor(probe.taskId), &probe); // one probe per task
    }

    void theProbeFindsTheFiguresItAsksFor_data() { probeRows(); }
    void theProbeFindsTheFiguresItAsksFor()
    {
        QFETCH(int, index);
        const Probe &probe = ProbeRegistry::all().at(std::size_t(index));
        const Task *task = Catalog::instance().task(probe.taskId);
        QVERIFY(task);
        for (const char *key : probe.thresholds)
            QVERIFY2(hasThreshold(*task, key), key);
    }

    // ---- Upgrade paths ---------------------------------------------------------------------

    void thePathIdIsUnique_data() { pathRows(); }
    void thePathIdIsUnique()
    {
        QFETCH(const UpgradePath *, path);
        const auto &paths = Catalog::instance().paths();
        const auto same = std::count_if(paths.cbegin(), paths.cend(),
                                        [&](const UpgradePath &other) { return std::strcmp(other.id, path->id) == 0; });
        QCOMPARE(int(same), 1);
        static const QRegularExpression shape(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
        QVERIFY2(shape.match(QLatin1String(path->id)).hasMatch(), path->id);
        QCOMPARE(Catalog::instance().path(QLatin1String(path->id)), path);
    }

    void thePathNamesOnlyTasksAndTablesThatExist_data() { pathRows(); }
    void thePathNamesOnlyTasksAndTablesThatExist()
    {
        QFETCH(const UpgradePath *, path);
        const QString id = QLatin1String(path->id);
        QVERIFY2(!Catalog::instance().tasksFor(id).empty(), "a path with no task");
        QSet<QString> seen;
        for (const char *taskId : path->order.tasks) {
            const Task *task = Catalog::instance().task(QLatin1String(taskId));
            QVERIFY2(task, taskId);
            QVERIFY2(task->appliesTo(id), taskId);
            QVERIFY2(!seen.contains(QLatin1String(taskId)), taskId);
            seen.insert(QLatin1String(taskId));
        }
        if (path->requirementTable)
            QVERIFY2(Catalog::instance().requirementTable(QLatin1String(path->requirementTable)),
                     path->requirementTable);
        // A later stage is another path of the catalog, and the chain of stages ends.
        if (path->laterStage) {
            QVERIFY2(Catalog::instance().path(QLatin1String(path->laterStage)), path->laterStage);
            const auto stages = Catalog::instance().stages(id);
            QVERIFY(stages.size() >= 2);
            QSet<QString> ids;
            for (const UpgradePath *stage : stages) {
                QVERIFY2(!ids.contains(QLatin1String(stage->id)), stage->id);
                ids.insert(QLatin1String(stage->id));
            }
            QVERIFY2(!stages.back()->laterStage, "the chain of stages loops");
        }
    }

    // The chain of stages ends, wherever a cycle would close: a → b → c → b stops after c.
    void aCycleOfStagesEndsTheChain()
    {
        std::vector<UpgradePath> paths;
        for (const char *id : {"a", "b", "c"})
            paths.push_back({id, "", "", Verdict::Staged, {}, {}, ""});
        paths[0].laterStage = "b";
        paths[1].laterStage = "c";
        paths[2].laterStage = "b";
        const auto chain = laterStagesOf(paths[0], paths);
        QCOMPARE(chain.size(), std::size_t(2));
        QCOMPARE(chain[0], &paths[1]);
        QCOMPARE(chain[1], &paths[2]);
        paths[2].laterStage = "a";
        QCOMPARE(laterStagesOf(paths[0], paths).size(), std::size_t(2));
        paths[2].laterStage = "z"; // unknown
        QCOMPARE(laterStagesOf(paths[0], paths).size(), std::size_t(2));
    }

    // In the catalog, following laterStage from any path reaches a path with none.
    void theStagesOfTheCatalogHaveNoCycle_data() { pathRows(); }
    void theStagesOfTheCatalogHaveNoCycle()
    {
        QFETCH(const UpgradePath *, path);
        QSet<QString> seen{QLatin1String(path->id)};
        for (const char *next = path->laterStage; next;) {
            QVERIFY2(!seen.contains(QLatin1String(next)), next);
            seen.insert(QLatin1String(next));
            const UpgradePath *stage = Catalog::instance().path(QLatin1String(next));
            QVERIFY2(stage, next);
            next = stage->laterStage;
        }
    }

    // The Catalog gives a staged path its later stages' tasks, path steps and notes only
    // (Catalog::inheritLaterStages). So a later stage declares nothing else that is per path: no
    // threshold for its path, no task unconditional on it, no requirement table and no day-of-
    // upgrade order; such an entry would silently be missing from the paths that go through it.
    void aLaterStageDeclaresNothingItsStagedPathsWouldLack_data()
    {
        QTest::addColumn<const UpgradePath *>("path");
        QSet<QString> stages;
        for (const UpgradePath &path : Catalog::instance().paths()) {
            for (const UpgradePath *stage : laterStagesOf(path, Catalog::instance().paths())) {
                if (!stages.contains(QLatin1String(stage->id)))
                    QTest::newRow(stage->id) << stage;
                stages.insert(QLatin1String(stage->id));
            }
        }
        QVERIFY(!stages.isEmpty());
    }
    void aLaterStageDeclaresNothingItsStagedPathsWouldLack()
    {
        QFETCH(const UpgradePath *, path);
        const Catalog &catalog = Catalog::instance();
        QVERIFY2(!path->requirementTable, path->requirementTable);
        QVERIFY(path->order.isEmpty());
        for (const Task &task : catalog.tasks()) {
            for (const Threshold &threshold : task.thresholds)
                QVERIFY2(!threshold.path || std::strcmp(threshold.path, path->id) != 0, task.id);
            for (const char *on : task.unconditionalOn)
                QVERIFY2(std::strcmp(on, path->id) != 0, task.id);
        }
    }

    void thePathHasASource_data() { pathRows(); }
    void thePathHasASource()
    {
        QFETCH(const UpgradePath *, path);
        QVERIFY(path->reference && *path->reference);
        QVERIFY(!path->referenceText().trimmed().isEmpty());
    }

    void thePathTextsAreTranslated_data() { pathRows(); }
    void thePathTextsAreTranslated()
    {
        QFETCH(const UpgradePath *, path);
        std::vector<const char *> texts = {path->source, path->target, path->reference};
        texts.insert(texts.end(), path->steps.cbegin(), path->steps.cend());
        texts.insert(texts.end(), path->notes.cbegin(), path->notes.cend());
        const QStringList missing = untranslated(texts);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
    }

    // ---- Requirement tables ----------------------------------------------------------------

    void theTableHasASourceAndIsTranslated_data() { tableRows(); }
    void theTableHasASourceAndIsTranslated()
    {
        QFETCH(const RequirementTable *, table);
        const auto &tables = Catalog::instance().requirementTables();
        const auto same = std::count_if(tables.cbegin(), tables.cend(), [&](const RequirementTable &other) {
            return std::strcmp(other.id, table->id) == 0;
        });
        QCOMPARE(int(same), 1);
        QVERIFY(table->reference && *table->reference);
        const QStringList missing = untranslated({table->name, table->reference});
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestCatalogIntegrity)
#include "tst_catalogintegrity.moc"
