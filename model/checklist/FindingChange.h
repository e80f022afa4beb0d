// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/ItemStatus.h"

#include <QMap>
#include <QString>

#include <array>

namespace prep {

// What a check found compared with the check before it: the wizard's "since the previous check"
// and `prepwizard --compare` both say it with these words.
enum class FindingChange {
    None,    // the same, or nothing to compare
    New,     // a warning or a "Must fix" that the earlier check did not find
    Fixed,   // a warning or a "Must fix" the earlier check found, and this one no longer does
    Worse,   // a warning that became a "Must fix"
    Better,  // a "Must fix" that became a warning
    Changed, // another change: a value measured, or "Could not check" to or from a result
};

inline constexpr std::array<FindingChange, 5> allFindingChanges = {
    FindingChange::New, FindingChange::Fixed, FindingChange::Worse, FindingChange::Better, FindingChange::Changed};

// `before` Pending: there was no earlier result. The measured values count only where the
// status stayed the same.
FindingChange findingChange(ItemStatus before, ItemStatus after, const QString &measuredBefore = {},
                            const QString &measuredAfter = {});
// Stable word for files and scripts: "new", "fixed", "worse", "better", "changed" ("" for None).
QString findingChangeId(FindingChange change);
// The word the operator reads: "New", "Fixed", "Worse", ...
QString findingChangeTitle(FindingChange change);

// How many tasks changed in each way.
struct ChangeCounts
{
    QMap<FindingChange, int> byChange;

    void add(FindingChange change)
    {
        if (change != FindingChange::None)
            ++byChange[change];
    }
    int count(FindingChange change) const { return byChange.value(change); }
    int total() const;
    // "2 new, 1 fixed, 1 worse"; empty when nothing changed.
    QString text() const;
};

} // namespace prep
