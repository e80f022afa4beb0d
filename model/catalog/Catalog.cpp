// SPDX-License-Identifier: GPL-3.0-or-later
#include "Catalog.h"

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
        return catalogText(QT_TRANSLATE_NOOP("Catalog", "The documents say that a direct upgrade is not supported; plan a new installation instead."));
    }
    return QString();
}

// ---- Task --------------------------------------------------------------------------------------

bool Task::appliesTo(const QString &pathId) const
{
    return std::any_of(paths.begin(), paths.end(),
                       [&pathId](const char *path) { return pathId == QLatin1String(path); });
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

QStringList Catalog::pathIds() const
{
    QStringList ids;
    ids.reserve(static_cast<qsizetype>(m_paths.size()));
    for (const UpgradePath &entry : m_paths)
        ids.append(QString::fromLatin1(entry.id));
    return ids;
}

} // namespace prep
