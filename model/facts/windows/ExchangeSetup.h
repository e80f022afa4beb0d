// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Which Exchange Server is installed, from what its setup left in the registry, and the ports
// RPC over HTTP may reach (Outlook Anywhere on SBS 2003).

#include "Facts.h"

#include <string>
#include <vector>

namespace prep::facts::win {

ExchangeFacts readExchange(std::vector<std::string> &problems);

} // namespace prep::facts::win
