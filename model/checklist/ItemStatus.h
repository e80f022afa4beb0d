// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <array>

namespace prep {

// The states of a checklist item (DESIGN.md "Item states").
enum class ItemStatus {
    Pending,       // not checked or not confirmed yet
    Running,       // a probe is checking it now
    Passed,
    Warning,
    Blocker,       // must be fixed before the upgrade
    Unknown,       // could not check: error or time limit, with the reason
    Confirmed,     // the operator marked it done
    Waived,        // the operator accepted a warning, with a reason
    NotApplicable,
};

inline constexpr std::array<ItemStatus, 9> allStatuses = {
    ItemStatus::Pending, ItemStatus::Running,   ItemStatus::Passed,
    ItemStatus::Warning, ItemStatus::Blocker,   ItemStatus::Unknown,
    ItemStatus::Confirmed, ItemStatus::Waived,  ItemStatus::NotApplicable};

// Stable word for files and scripts ("not-applicable"); the same in every language.
QString statusId(ItemStatus status);
bool statusFromId(const QString &id, ItemStatus *status);
// The word the operator reads, in the current language.
QString statusTitle(ItemStatus status);
// A text glyph for printouts and plain text, so status never depends on colour.
QString statusGlyph(ItemStatus status);
// Counts as done for progress: nothing more to do before the upgrade.
bool isSettled(ItemStatus status);

} // namespace prep
