// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <array>

namespace prep {

// The states of a checklist item. Each is shown with an icon and a word, never by colour alone.
enum class ItemStatus {
    Pending,       // not checked or not confirmed yet
    Running,       // a probe is checking it now
    Passed,
    Warning,
    Blocker,       // must be fixed before the upgrade
    Unknown,       // could not check: error or time limit, with the reason
    Confirmed,     // the operator marked it done
    Waived,        // the operator accepted the risk of a finding, with a reason
    NotApplicable, // the operator said it does not apply, with a reason (or a check found so)
    NeedsReview,   // the operator's mark was made on another finding than the latest check's
};

inline constexpr std::array<ItemStatus, 10> allStatuses = {
    ItemStatus::Pending,   ItemStatus::Running, ItemStatus::Passed,        ItemStatus::Warning,
    ItemStatus::Blocker,   ItemStatus::Unknown, ItemStatus::Confirmed,     ItemStatus::Waived,
    ItemStatus::NotApplicable, ItemStatus::NeedsReview};

// Stable word for files and scripts ("not-applicable"); the same in every language.
QString statusId(ItemStatus status);
bool statusFromId(const QString &id, ItemStatus *status);
// The word the operator reads, in the current language.
QString statusTitle(ItemStatus status);
// The word for a task's status that keeps what the wizard found visible under an accepted risk:
// "Risk accepted (Warning)". Other statuses read as statusTitle(shown).
QString statusTitle(ItemStatus shown, ItemStatus found);
// A text glyph for printouts and plain text, so status never depends on colour.
QString statusGlyph(ItemStatus status);
// Counts as done for progress: nothing more to do before the upgrade.
bool isSettled(ItemStatus status);
// A finding the wizard made that says something is wrong: only a new check or an accepted risk
// answers it, never "done".
bool isAdverse(ItemStatus status);
// A status a check can end with (passed, warning, must fix, could not check, does not apply).
bool isCheckResult(ItemStatus status);

} // namespace prep
