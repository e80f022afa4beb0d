// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace prep {

enum class Verdict {
    Supported,   // in-place upgrade works as documented
    Staged,      // supported only in a required order or through an intermediate version
    Migration,   // a new server: not an in-place upgrade
    Unsupported, // the documents say it is not supported
};
QString verdictId(Verdict verdict); // "supported", "staged", "migration", "unsupported"
QString verdictTitle(Verdict verdict);
QString verdictExplanation(Verdict verdict);

// What a path's order of tasks is (CatalogOrders.cpp): the documents give either the order of the
// last days before Setup, the order of an upgrade's stages, or the order of a migration's preparation.
enum class OrderKind { LastDays, Stages, Preparation };

// The sequence the documents give the operator across the checklist's areas, as data: the tasks in
// the documents' order, then the step that follows them (Setup), which is not a task.
struct TaskOrder
{
    OrderKind kind = OrderKind::LastDays;
    std::vector<const char *> tasks = {}; // task ids, in order
    const char *end = nullptr;            // QT_TRANSLATE_NOOP("Catalog", ...): what comes after the tasks
    const char *reference = nullptr;      // QT_TRANSLATE_NOOP("Catalog", ...): the document and where it gives the order

    bool isEmpty() const { return tasks.empty(); }
};

// Whether the server of a path is a Small Business Server (the Windows suite says so).
enum class SbsEdition { Any, Required, Excluded };

// What the server of a path runs, as its facts show it (a prepprobe snapshot): PathMatch compares.
struct PathServer
{
    std::vector<const char *> windows = {};          // the kernel's "major.minor": {"5.0"}
    SbsEdition smallBusinessServer = SbsEdition::Any;
    const char *exchange = nullptr;                  // the Exchange version that must be there ("6.0")
    // An edition the facts do not show (Windows reports no "Foundation" or "Essentials" suite):
    // such a path is never said to match, only not to match when the rest differs.
    const char *edition = nullptr;
};

struct UpgradePath
{
    const char *id;        // "sbs2000-to-sbs2003"
    const char *source;    // product names, QT_TRANSLATE_NOOP("Catalog", ...)
    const char *target;
    Verdict verdict;
    std::vector<const char *> steps; // in order
    std::vector<const char *> notes; // cautions in plain words
    const char *reference;           // source document(s)
    const char *requirementTable = nullptr; // id of a RequirementTable for hw.requirements, if any
    // The sequence the operator follows across the checklist's areas, as the path's document gives
    // it (CatalogOrders.cpp). Empty when the documents give no order of tasks for the path.
    TaskOrder order = {};
    // The server the path starts from (CatalogPathServers.cpp).
    PathServer server = {};
    // A path through an intermediate version goes on as another path of the catalog: its later
    // stage (CatalogPaths.cpp, laterStages). The Catalog gives the path the tasks, path steps and
    // notes of every later stage too, so that each is declared once, on the stage it belongs to.
    // Nothing else is inherited, so a later stage has no requirement table, no order (CatalogOrders.cpp),
    // no Threshold::path and no unconditionalOn of its own (tst_catalogintegrity enforces it).
    const char *laterStage = nullptr;

    QString sourceText() const;
    QString targetText() const;
    QStringList stepTexts() const;
    QStringList noteTexts() const;
    QString referenceText() const;
};

// A hardware requirement table, with the document its figures come from. Absent figures are 0.
struct RequirementTable
{
    const char *id;          // "essentials", "exchange2003"
    const char *name;        // QT_TRANSLATE_NOOP("Catalog", "Windows Server Essentials")
    double minCpuMhzSingleCore;
    double minCpuMhzMultiCore;
    bool requires64Bit;
    double minMemoryBytes;
    double minMemoryBytesVirtual; // 0 when the same as minMemoryBytes
    double recommendedMemoryBytes;
    double minDiskBytes;          // whole disk
    double minSystemVolumeBytes;  // system partition size
    double minFreeSystemBytes;    // free space on the system drive
    const char *reference;
};

} // namespace prep
