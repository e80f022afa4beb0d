// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Facts.h"
#include "checklist/Finding.h"

namespace prep {

struct UpgradePath;

// pre.path-check: what the facts say the server runs (Windows, its suite, Exchange) and whether the
// chosen path starts from it (PathMatch). Supported or not, and the intermediate steps, the
// operator reads in the path's advice: a match is evidence, never a pass; a mismatch is a warning.
class PathEvidenceRule
{
public:
    static Finding evaluate(const facts::Facts &facts, const UpgradePath *path);
};

} // namespace prep
