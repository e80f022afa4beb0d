// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Who is logged on, at the console or by Remote Desktop, as Terminal Services lists them.

#include "Facts.h"

#include <string>
#include <vector>

namespace prep::facts::win {

std::vector<SessionFacts> listSessions(std::vector<std::string> &problems);

} // namespace prep::facts::win
