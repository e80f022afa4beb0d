// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What fuzz_snapshot asks of any bytes given as a facts snapshot, and tst_fuzzregressions of each
// input kept: prep::facts::fromJson returns facts or throws SnapshotError with a reason, nothing
// else; facts it returns, written and read back, are written the same.

#include "FactsJson.h"

#include <string>

namespace prep::fuzz {

// Empty when all is well, else what went wrong. Any other exception is let through.
inline std::string checkSnapshot(const std::string &text)
{
    using namespace prep::facts;
    Facts facts;
    try {
        facts = fromJson(text);
    } catch (const SnapshotError &error) {
        return *error.what() == '\0' ? "a snapshot was refused without a reason" : "";
    }
    const std::string written = toJson(facts, -1);
    try {
        if (toJson(fromJson(written), -1) != written)
            return "a snapshot that was read is not the same once written and read back";
    } catch (const SnapshotError &error) {
        return std::string("a snapshot that was read cannot be read once written: ") + error.what();
    }
    return {};
}

} // namespace prep::fuzz
