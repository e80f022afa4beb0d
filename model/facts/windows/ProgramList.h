// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The installed programs, as "Add or Remove Programs" lists them: the Uninstall entries of
// HKLM, both the 64-bit and the 32-bit ones on 64-bit Windows.

#include "Facts.h"

#include <string>
#include <vector>

namespace prep::facts::win {

std::vector<ProgramFacts> listPrograms(std::vector<std::string> &problems);

} // namespace prep::facts::win
