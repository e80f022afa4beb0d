// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The running processes, by a Toolhelp snapshot, with the user each runs as where Windows lets
// this program see it.

#include "Facts.h"

#include <string>
#include <vector>

namespace prep::facts::win {

std::vector<ProcessFacts> listProcesses(std::vector<std::string> &problems);

} // namespace prep::facts::win
