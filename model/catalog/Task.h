// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/Category.h"
#include "catalog/SystemTool.h"

#include <QString>

#include <vector>

namespace prep {

// How a task is checked: by a probe alone, by a probe and the operator, or by the operator alone.
enum class TaskKind {
    Automatic, // a probe decides; the operator may re-check or accept a warning
    Assisted,  // a probe collects evidence; the operator confirms
    Manual,    // only the operator's confirmation
};
QString taskKindId(TaskKind kind); // "automatic", "assisted", "manual"
QString taskKindTitle(TaskKind kind);

// The documents set some sentences apart in a box; the wizard and the printout do the same.
enum class CautionKind { Warning, Important, Note };
QString cautionLabel(CautionKind kind); // "Warning:" / "Precaución:", ...

struct Caution
{
    CautionKind kind;
    const char *text; // QT_TRANSLATE_NOOP("Catalog", ...)
};

// A figure a rule compares against. The value is in the unit named by `unit`
// ("bytes", "seconds", "mhz", "years", "count"). Rules look thresholds up by key; code never
// repeats the number.
struct Threshold
{
    const char *key;
    double value;
    const char *unit;
    // The one upgrade path whose document gives the figure; nullptr: every path of the task. A
    // path without a figure gets none: the check reports what it measured and decides nothing.
    const char *path = nullptr;
    // A figure that no document gives and this program had to choose: the screen and every report
    // say so, and the operator may change it, to a whole number from `minimum` to `maximum`, in
    // the wizard and with --figure KEY=VALUE (ChosenFigures).
    bool chosen = false;
    double minimum = 0;
    double maximum = 0;
};

// A step that only some upgrade paths have: the guide of that path, its own tool.
struct PathStep
{
    std::vector<const char *> paths; // upgrade path ids
    const char *text;                // QT_TRANSLATE_NOOP("Catalog", ...)
};

// Where a fact comes from: `reference` names the document and its section in words.
struct Task
{
    const char *id;   // "data.verify-backup": the category's prefix, a dot, a name (TaskIds.h)
    Category category;
    TaskKind kind;
    std::vector<const char *> paths;   // upgrade path ids the task applies to
    const char *title;                 // QT_TRANSLATE_NOOP("Catalog", ...)
    std::vector<const char *> steps;   // QT_TRANSLATE_NOOP("Catalog", ...) each
    std::vector<Caution> cautions;
    std::vector<Threshold> thresholds;
    const char *reference;             // QT_TRANSLATE_NOOP("Catalog", "Before Upgrading SBS 2000, step 4")
    bool externalOnly = false;         // true when no seed document has the task (catalog ○ rows)
    // What the operator may answer besides "done" (each entry of CatalogTasks.cpp; TaskActions applies it):
    bool conditional = false;          // the documents' sentence starts with a condition ("If you…"):
                                       // "does not apply", with a reason
    bool blockerMayBeAccepted = false; // a "Must fix" finding may be accepted as a risk, with a reason
    std::vector<PathStep> pathSteps = {}; // after `steps`, each only on its paths
    std::vector<SystemTool> tools = {};    // the Windows tools its document tells the operator to open
    // The paths on which a conditional task's sentence holds without its condition (the document of
    // that path gives none, or the path is the condition): "does not apply" is not offered there.
    std::vector<const char *> unconditionalOn = {};
    // The paths on which an assisted task has nothing to show or offer (its document gives neither
    // the fact nor the action): there it is manual.
    std::vector<const char *> manualOn = {};
    // The staged paths the Catalog gave the task from a later stage (UpgradePath::laterStage):
    // on `path` the task belongs to `stage`, whose server the first stage's facts do not show.
    struct Inherited
    {
        const char *path = nullptr;
        const char *stage = nullptr;
    };
    std::vector<Inherited> inherited = {};

    bool appliesTo(const QString &pathId) const;
    // Its kind on that path: `kind`, or manual on the paths of `manualOn`.
    TaskKind kindOn(const QString &pathId) const;
    // Whether the operator may say the task does not apply on that path (an empty path id: on
    // some path).
    bool isConditionalOn(const QString &pathId) const;
    // The later stage the task comes from on that path; nullptr where the path declares it.
    const char *inheritedStage(const QString &pathId) const;
    const Threshold *threshold(const char *key) const;
    // The figure for that path: one given for the path itself, or one for every path.
    const Threshold *threshold(const char *key, const QString &pathId) const;
    // Translated texts, for display.
    QString titleText() const;
    // The steps of the task on that path; an empty path id: every step of every path.
    QStringList stepTexts(const QString &pathId) const;
    QString referenceText() const;
};

// Translates a catalog text (context "Catalog") into the current language.
QString catalogText(const char *source);

} // namespace prep
