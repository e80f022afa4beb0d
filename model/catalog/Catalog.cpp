// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/Catalog.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <cstring>

namespace prep {

namespace {

QStringList translateAll(const std::vector<const char *> &sources)
{
    QStringList texts;
    texts.reserve(static_cast<qsizetype>(sources.size()));
    for (const char *source : sources)
        texts.append(catalogText(source));
    return texts;
}

int categoryOrder(Category category)
{
    for (std::size_t i = 0; i < allCategories.size(); ++i) {
        if (allCategories[i] == category)
            return static_cast<int>(i);
    }
    return static_cast<int>(allCategories.size());
}

bool contains(const std::vector<const char *> &ids, const char *id)
{
    return std::any_of(ids.begin(), ids.end(), [id](const char *entry) { return std::strcmp(entry, id) == 0; });
}

} // namespace

// A visited set: a cycle anywhere in the chain ends it, not only one back to `path`.
std::vector<const UpgradePath *> laterStagesOf(const UpgradePath &path, const std::vector<UpgradePath> &paths)
{
    std::vector<const UpgradePath *> chain;
    std::vector<const char *> visited{path.id};
    const char *next = path.laterStage;
    while (next && !contains(visited, next)) {
        const auto found = std::find_if(paths.begin(), paths.end(),
                                        [next](const UpgradePath &entry) { return std::strcmp(entry.id, next) == 0; });
        if (found == paths.end())
            break;
        visited.push_back(found->id);
        chain.push_back(&*found);
        next = found->laterStage;
    }
    return chain;
}

namespace {

// A staged path carries what each of its later stages declares: the stage's tasks and the path
// steps meant for it, and its notes after the path's own (each once).
void inheritLaterStages(std::vector<UpgradePath> &paths, std::vector<Task> &tasks)
{
    for (UpgradePath &path : paths) {
        for (const UpgradePath *stage : laterStagesOf(path, paths)) {
            for (Task &task : tasks) {
                if (contains(task.paths, stage->id) && !contains(task.paths, path.id)) {
                    task.paths.push_back(path.id);
                    task.inherited.push_back({path.id, stage->id});
                }
                for (PathStep &step : task.pathSteps) {
                    if (contains(step.paths, stage->id) && !contains(step.paths, path.id))
                        step.paths.push_back(path.id);
                }
            }
            for (const char *note : stage->notes) {
                if (!contains(path.notes, note))
                    path.notes.push_back(note);
            }
        }
    }
}

} // namespace

// ---- Translation -------------------------------------------------------------------------------

QString catalogText(const char *source)
{
    if (!source || !*source)
        return QString();
    return QCoreApplication::translate("Catalog", source);
}

// ---- TaskKind, CautionKind, Verdict ------------------------------------------------------------

QString taskKindId(TaskKind kind)
{
    switch (kind) {
    case TaskKind::Automatic:
        return QStringLiteral("automatic");
    case TaskKind::Assisted:
        return QStringLiteral("assisted");
    case TaskKind::Manual:
        return QStringLiteral("manual");
    }
    return QString();
}

QString taskKindTitle(TaskKind kind)
{
    switch (kind) {
    case TaskKind::Automatic:
        return catalogText(QT_TRANSLATE_NOOP("Catalog", "Automatic check"));
    case TaskKind::Assisted:
        return catalogText(QT_TRANSLATE_NOOP("Catalog", "Assisted check"));
    case TaskKind::Manual:
        return catalogText(QT_TRANSLATE_NOOP("Catalog", "Manual check"));
    }
    return QString();
}

QString cautionLabel(CautionKind kind)
{
    switch (kind) {
    case CautionKind::Warning:
        return catalogText(QT_TRANSLATE_NOOP("Catalog", "Warning:"));
    case CautionKind::Important:
        return catalogText(QT_TRANSLATE_NOOP("Catalog", "Important:"));
    case CautionKind::Note:
        return catalogText(QT_TRANSLATE_NOOP("Catalog", "Note:"));
    }
    return QString();
}

QString verdictId(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Supported:
        return QStringLiteral("supported");
    case Verdict::Staged:
        return QStringLiteral("staged");
    case Verdict::Migration:
        return QStringLiteral("migration");
    case Verdict::Unsupported:
        return QStringLiteral("unsupported");
    }
    return QString();
}

QString verdictTitle(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Supported:
        return catalogText(QT_TRANSLATE_NOOP("Catalog", "Supported"));
    case Verdict::Staged:
        return catalogText(QT_TRANSLATE_NOOP("Catalog", "Supported in stages"));
    case Verdict::Migration:
        return catalogText(QT_TRANSLATE_NOOP("Catalog", "Migration to a new server"));
    case Verdict::Unsupported:
        return catalogText(QT_TRANSLATE_NOOP("Catalog", "Not supported"));
    }
    return QString();
}

QString verdictExplanation(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Supported:
        return catalogText(QT_TRANSLATE_NOOP("Catalog", "The documents describe an in-place upgrade for this path."));
    case Verdict::Staged:
        return catalogText(QT_TRANSLATE_NOOP("Catalog", "The upgrade works only in a required order, or through an intermediate version."));
    case Verdict::Migration:
        return catalogText(QT_TRANSLATE_NOOP("Catalog", "The new system is installed on a new server and the data and settings are moved to it; this is not an in-place upgrade."));
    case Verdict::Unsupported:
        return catalogText(QT_TRANSLATE_NOOP("Catalog", "The documents say that this upgrade is not supported; the steps say what to do instead."));
    }
    return QString();
}

// ---- Task --------------------------------------------------------------------------------------

bool Task::appliesTo(const QString &pathId) const
{
    return std::any_of(paths.begin(), paths.end(),
                       [&pathId](const char *path) { return pathId == QLatin1String(path); });
}

TaskKind Task::kindOn(const QString &pathId) const
{
    const bool manual = std::any_of(manualOn.begin(), manualOn.end(),
                                    [&pathId](const char *path) { return pathId == QLatin1String(path); });
    return manual ? TaskKind::Manual : kind;
}

bool Task::isConditionalOn(const QString &pathId) const
{
    if (!conditional)
        return false;
    return pathId.isEmpty()
        || std::none_of(unconditionalOn.begin(), unconditionalOn.end(),
                        [&pathId](const char *path) { return pathId == QLatin1String(path); });
}

const char *Task::inheritedStage(const QString &pathId) const
{
    for (const Inherited &entry : inherited) {
        if (pathId == QLatin1String(entry.path))
            return entry.stage;
    }
    return nullptr;
}

const Threshold *Task::threshold(const char *key) const
{
    if (!key)
        return nullptr;
    for (const Threshold &entry : thresholds) {
        if (std::strcmp(entry.key, key) == 0)
            return &entry;
    }
    return nullptr;
}

const Threshold *Task::threshold(const char *key, const QString &pathId) const
{
    if (!key)
        return nullptr;
    for (const Threshold &entry : thresholds) {
        if (std::strcmp(entry.key, key) == 0 && (!entry.path || pathId == QLatin1String(entry.path)))
            return &entry;
    }
    return nullptr;
}

QString Task::titleText() const
{
    return catalogText(title);
}

QStringList Task::stepTexts(const QString &pathId) const
{
    QStringList texts = translateAll(steps);
    for (const PathStep &step : pathSteps) {
        const bool onPath = std::any_of(step.paths.begin(), step.paths.end(),
                                        [&](const char *path) { return pathId == QLatin1String(path); });
        if (pathId.isEmpty() || onPath)
            texts.append(catalogText(step.text));
    }
    return texts;
}

QString Task::referenceText() const
{
    return catalogText(reference);
}

// ---- UpgradePath -------------------------------------------------------------------------------

QString UpgradePath::sourceText() const
{
    return catalogText(source);
}

QString UpgradePath::targetText() const
{
    return catalogText(target);
}

QStringList UpgradePath::stepTexts() const
{
    return translateAll(steps);
}

QStringList UpgradePath::noteTexts() const
{
    return translateAll(notes);
}

QString UpgradePath::referenceText() const
{
    return catalogText(reference);
}

// ---- Catalog -----------------------------------------------------------------------------------

Catalog::Catalog()
    : m_tasks(catalogTasks())
    , m_paths(catalogPaths())
    , m_tables(catalogRequirementTables())
{
    applyPathServers(m_paths);
    inheritLaterStages(m_paths, m_tasks);
    applyPathOrders(m_paths, m_tasks);
}

const Catalog &Catalog::instance()
{
    static const Catalog catalog;
    return catalog;
}

const Task *Catalog::task(const QString &id) const
{
    for (const Task &entry : m_tasks) {
        if (id == QLatin1String(entry.id))
            return &entry;
    }
    return nullptr;
}

const UpgradePath *Catalog::path(const QString &id) const
{
    for (const UpgradePath &entry : m_paths) {
        if (id == QLatin1String(entry.id))
            return &entry;
    }
    return nullptr;
}

const RequirementTable *Catalog::requirementTable(const QString &id) const
{
    for (const RequirementTable &entry : m_tables) {
        if (id == QLatin1String(entry.id))
            return &entry;
    }
    return nullptr;
}

std::vector<const Task *> Catalog::tasksFor(const QString &pathId) const
{
    std::vector<const Task *> result;
    for (const Task &entry : m_tasks) {
        if (entry.appliesTo(pathId))
            result.push_back(&entry);
    }
    // The data is written in category order; sort anyway so that a task added out of place still
    // lands on its page. Stable: the documents' order within a category is kept.
    std::stable_sort(result.begin(), result.end(), [](const Task *a, const Task *b) {
        return categoryOrder(a->category) < categoryOrder(b->category);
    });
    return result;
}

std::vector<const Task *> Catalog::dayOfUpgrade(const QString &pathId) const
{
    std::vector<const Task *> result;
    const UpgradePath *found = path(pathId);
    if (!found)
        return result;
    for (const char *id : found->order.tasks) {
        if (const Task *entry = task(QLatin1String(id)))
            result.push_back(entry);
    }
    return result;
}

std::vector<const UpgradePath *> Catalog::stages(const QString &pathId) const
{
    const UpgradePath *first = path(pathId);
    if (!first)
        return {};
    std::vector<const UpgradePath *> result{first};
    const std::vector<const UpgradePath *> later = laterStagesOf(*first, m_paths);
    result.insert(result.end(), later.begin(), later.end());
    return result;
}

QStringList Catalog::pathIds() const
{
    QStringList ids;
    ids.reserve(static_cast<qsizetype>(m_paths.size()));
    for (const UpgradePath &entry : m_paths)
        ids.append(QString::fromLatin1(entry.id));
    return ids;
}

} // namespace prep
