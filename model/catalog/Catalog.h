// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/Task.h"
#include "catalog/UpgradePath.h"

#include <vector>

namespace prep {

// Every task and upgrade path of the source documents, once, as data.
class Catalog
{
public:
    static const Catalog &instance();

    const std::vector<Task> &tasks() const { return m_tasks; }
    const std::vector<UpgradePath> &paths() const { return m_paths; }
    const std::vector<RequirementTable> &requirementTables() const { return m_tables; }

    const Task *task(const QString &id) const;
    const UpgradePath *path(const QString &id) const;
    const RequirementTable *requirementTable(const QString &id) const;
    // Tasks that apply to the path, in catalog order (category, then documents' order).
    std::vector<const Task *> tasksFor(const QString &pathId) const;
    QStringList pathIds() const;
    // The path and each later stage it goes on as, in order (UpgradePath::laterStage); empty for
    // an unknown id.
    std::vector<const UpgradePath *> stages(const QString &pathId) const;
    // The path's order as tasks (ids the catalog lacks are left out).
    std::vector<const Task *> dayOfUpgrade(const QString &pathId) const;

private:
    Catalog();
    std::vector<Task> m_tasks;
    std::vector<UpgradePath> m_paths;
    std::vector<RequirementTable> m_tables;
};

// Defined in CatalogTasks.cpp, CatalogPaths.cpp: the data itself.
std::vector<Task> catalogTasks();
std::vector<UpgradePath> catalogPaths();
std::vector<RequirementTable> catalogRequirementTables();
// The later stages of `path` among `paths`, in order (UpgradePath::laterStage): an unknown id
// ends the chain, and so does a stage met before, wherever the cycle closes.
std::vector<const UpgradePath *> laterStagesOf(const UpgradePath &path, const std::vector<UpgradePath> &paths);
// Sets each path's `server` (CatalogPathServers.cpp).
void applyPathServers(std::vector<UpgradePath> &paths);
// Sets each path's `order` (CatalogOrders.cpp).
void applyPathOrders(std::vector<UpgradePath> &paths, const std::vector<Task> &tasks);
// The heading and the introduction of a path's order, translated ("Day of the upgrade").
QString orderKindId(OrderKind kind); // "last-days", "stages", "preparation"
QString orderTitle(OrderKind kind);
QString orderIntro(OrderKind kind);

} // namespace prep
